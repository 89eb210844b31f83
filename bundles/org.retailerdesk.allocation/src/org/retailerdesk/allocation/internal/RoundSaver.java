package org.retailerdesk.allocation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.AllocationRounds;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AllocationRule;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.store.Store;

/**
 * Saves a plan with its overrides: a new round through {@link RoundWriter}, or an existing
 * round in place. In place, the rules are replaced (a handful of rows) and each line is updated
 * only where it changed, so the audit trail shows each retailer's changed quantity, not a
 * deletion and re-insertion of every line.
 */
public final class RoundSaver {

    private static final String ROUND = "round"; //$NON-NLS-1$

    private final Store store;

    public RoundSaver(Store store) {
        this.store = store;
    }

    public AllocationRound save(Long roundId, AllocationPlan plan, Map<Long, LineOverride> overrides) {
        Set<Long> inPlan = new HashSet<>();
        for (int i = 0; i < plan.retailers().size(); i++) {
            inPlan.add(plan.retailers().id(i));
        }
        for (Long id : overrides.keySet()) {
            if (!inPlan.contains(id)) {
                throw new AllocationException(NLS.bind(RoundMessages.Override_notInPlan, id));
            }
        }
        if (roundId == null) {
            return new RoundWriter(store).write(plan, overrides);
        }
        Brand brand = RoundWriter.brand(store, plan);
        // read before the transaction: the round's version, checked by the updates, refuses a stale read
        List<AllocationRule> oldRules = store.findByReference(AllocationRule.class, ROUND, roundId);
        Map<Long, AllocationLine> oldLines = new HashMap<>();
        for (AllocationLine l : store.findByReference(AllocationLine.class, ROUND, roundId)) {
            oldLines.put(l.getRetailer().getId(), l);
        }
        return store.write(tx -> {
            AllocationRound round = AllocationRounds.editable(tx, roundId);
            RoundWriter.describe(round, plan.spec(), brand);
            round.setStatus(RoundStatus.CALCULATED);
            tx.update(round);
            for (AllocationRule r : oldRules) {
                tx.delete(r);
            }
            int position = 0;
            for (AllocationRule r : RoundWriter.rules(plan.spec())) {
                r.setRound(round);
                r.setPosition(position++);
                tx.insert(r);
            }
            for (int i = 0; i < plan.retailers().size(); i++) {
                AllocationPlan.Line l = plan.line(i);
                AllocationLine line = oldLines.remove(l.retailerId());
                if (line == null) {
                    line = RetailerdeskFactory.eINSTANCE.createAllocationLine();
                    Retailer retailer = RetailerdeskFactory.eINSTANCE.createRetailer();
                    retailer.setId(l.retailerId());
                    line.setRound(round);
                    line.setRetailer(retailer);
                    RoundWriter.fill(line, l, overrides.get(l.retailerId()));
                    tx.insert(line);
                } else {
                    RoundWriter.fill(line, l, overrides.get(l.retailerId()));
                    tx.update(line);
                }
            }
            // retailers no longer in business since the last computation
            for (AllocationLine gone : oldLines.values()) {
                tx.delete(gone);
            }
            return round;
        });
    }
}
