package org.retailerdesk.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AllocationRule;
import org.retailerdesk.model.RoundStatus;

/**
 * A round read back from the store: the round, its rules in order, its lines by id, and the
 * specification the rules describe (so the round can be computed again).
 */
public record StoredRound(AllocationRound round, RoundSpec spec, List<AllocationRule> rules, List<AllocationLine> lines) {

    public StoredRound {
        rules = List.copyOf(rules);
        lines = List.copyOf(lines);
    }

    public boolean published() {
        return round.getStatus() == RoundStatus.PUBLISHED;
    }

    /** @return the overrides stored in the lines, by retailer id */
    public Map<Long, LineOverride> overrides() {
        Map<Long, LineOverride> out = new HashMap<>();
        for (AllocationLine l : lines) {
            if (l.isOverridden()) {
                out.put(l.getRetailer().getId(), new LineOverride(l.getQuantity(), l.getOverrideReason(), l.getOverriddenBy()));
            }
        }
        return out;
    }

    /** @return the cartons of all lines, overrides included */
    public long total() {
        return lines.stream().mapToLong(AllocationLine::getQuantity).sum();
    }
}
