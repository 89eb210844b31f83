package org.retailerdesk.allocation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    /**
     * The overrides to save over this round when it is newer than the one an editor loaded: its
     * own overrides, with the editor's changes on top (overrides added, changed or taken back
     * since {@code loaded}). What someone else saved for the lines the editor left alone is kept.
     *
     * @param loaded the overrides of the round as the editor loaded it
     * @param mine   the editor's overrides now
     */
    public Map<Long, LineOverride> overridesOver(Map<Long, LineOverride> loaded, Map<Long, LineOverride> mine) {
        Map<Long, LineOverride> out = overrides();
        Set<Long> retailers = new HashSet<>(loaded.keySet());
        retailers.addAll(mine.keySet());
        for (Long id : retailers) {
            LineOverride o = mine.get(id);
            if (!Objects.equals(o, loaded.get(id))) {
                if (o == null) {
                    out.remove(id);
                } else {
                    out.put(id, o);
                }
            }
        }
        return out;
    }

    /** @return the cartons of all lines, overrides included */
    public long total() {
        return lines.stream().mapToLong(AllocationLine::getQuantity).sum();
    }
}
