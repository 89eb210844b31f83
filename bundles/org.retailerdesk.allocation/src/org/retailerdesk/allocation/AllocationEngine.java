package org.retailerdesk.allocation;

import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.store.Store;

/**
 * The scarce-supply allocation engine (紧俏货源投放), an OSGi service. It computes a plan in
 * memory — exact per-grade quantities whose total is provably the closest possible to the supply
 * (see the implementation's class comment for the method and its proof) — and stores a plan as an
 * {@link AllocationRound} with its rules and lines, all or nothing. Headless; safe to call from
 * several threads.
 */
public interface AllocationEngine {

    /**
     * Computes a round. Deterministic: the same specification and the same retailers (in any order)
     * give the same quantities per retailer.
     *
     * @param retailers the retailers the round may serve (those of grades below the cut-off get 0)
     * @throws AllocationException when the specification is invalid (supply not positive, no
     *         eligible retailer, weights summing to 0, a cut-off above every grade, ...); the message
     *         says what, in the user's language
     */
    AllocationPlan compute(RoundSpec spec, RetailerSet retailers);

    /**
     * Stores the plan: the round (status CALCULATED), one rule per setting, and one line per
     * retailer, in one transaction: all of it or, on any failure, nothing.
     *
     * @return the stored round
     * @throws AllocationException when the brand is unknown or a retailer has no store id; nothing is stored
     */
    AllocationRound store(Store store, AllocationPlan plan);
}
