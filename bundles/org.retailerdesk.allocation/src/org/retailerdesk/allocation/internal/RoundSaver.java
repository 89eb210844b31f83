package org.retailerdesk.allocation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.AllocationRounds;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.allocation.StoredRound;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AllocationRule;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.Store;

/**
 * Saves a plan with its overrides: a new round through {@link RoundWriter}, or an existing
 * round in place. In place, the rules are replaced (a handful of rows) and each line is updated
 * only where it changed, so the audit trail shows each retailer's changed quantity, not a
 * deletion and re-insertion of every line. In place is against the round as it was loaded: the
 * round and every line keep the versions read then, so a save from another workstation since
 * (a new computation, an override) is refused with a ConflictException instead of overwritten.
 */
public final class RoundSaver {

    private static final String ROUND = "round"; //$NON-NLS-1$

    private final Store store;

    public RoundSaver(Store store) {
        this.store = store;
    }

    /**
     * @param base the round as the editor loaded it (null: a new round); its version and each of
     *             its lines' versions are checked, so nothing saved since is overwritten
     */
    public AllocationRound save(StoredRound base, AllocationPlan plan, Map<Long, LineOverride> overrides) {
        Set<Long> inPlan = new HashSet<>();
        for (int i = 0; i < plan.retailers().size(); i++) {
            inPlan.add(plan.retailers().id(i));
        }
        for (Long id : overrides.keySet()) {
            if (!inPlan.contains(id)) {
                throw new AllocationException(NLS.bind(RoundMessages.Override_notInPlan, id));
            }
        }
        if (base == null) {
            return new RoundWriter(store).write(plan, overrides);
        }
        long roundId = base.round().getId();
        Brand brand = RoundWriter.brand(store, plan);
        // copies: a refused save leaves the caller's base as it was loaded
        Map<Long, AllocationLine> oldLines = new HashMap<>();
        for (AllocationLine l : base.lines()) {
            oldLines.put(l.getRetailer().getId(), EcoreUtil.copy(l));
        }
        return store.write(tx -> {
            AllocationRounds.editable(tx, roundId);
            AllocationRound round = EcoreUtil.copy(base.round());
            RoundWriter.describe(round, plan.spec(), brand);
            round.setStatus(RoundStatus.CALCULATED);
            // refused (ConflictException) when the round was saved since the base was read, also when nothing of it changes
            tx.update(round);
            for (AllocationRule r : base.rules()) {
                tx.delete(r);
            }
            int position = 0;
            for (AllocationRule r : RoundWriter.rules(plan.spec())) {
                r.setRound(round);
                r.setPosition(position++);
                tx.insert(r);
            }
            refuseLinesAddedSince(base);
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
                    line.setRound(round);
                    RoundWriter.fill(line, l, overrides.get(l.retailerId()));
                    // refused when someone saved the line since the base was read
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

    /**
     * A line stored since the base was read (another workstation computed the round again with a
     * retailer new in business) would be duplicated or dropped: refused like a changed line.
     */
    private void refuseLinesAddedSince(StoredRound base) {
        Set<Long> known = new HashSet<>();
        base.lines().forEach(l -> known.add(l.getId()));
        for (AllocationLine l : store.findByReference(AllocationLine.class, ROUND, base.round().getId())) {
            if (!known.contains(l.getId())) {
                throw new ConflictException(l.eClass().getName(), l.getId(), ConflictException.DELETED, l.getVersion());
            }
        }
    }
}
