package org.retailerdesk.allocation;

/**
 * A rule that decides which retailers may get anything in a round, contributed by a plug-in
 * through the extension point {@value AllocationRules#EXTENSION_POINT} and chosen per round with
 * {@link RoundSpec.Builder#rule(String)}. A retailer the rule excludes gets 0 cartons, as one below
 * the cut-off grade does; the others are allocated exactly as without the rule.
 * <p>
 * Rules only filter. They cannot change what an eligible retailer gets, because the engine's proof
 * that its per-grade quantities are optimal relies on every retailer's cartons being a
 * non-decreasing step function of its grade's quantity; excluding a retailer keeps that property
 * (its cartons are constantly 0), changing quantities in arbitrary ways would not.
 * <p>
 * The class needs a public no-argument constructor; the engine makes one instance per round and
 * calls it from the computing thread (not the UI thread). It must be deterministic: the same
 * specification and retailers give the same answer.
 */
public interface EligibilityRule {

    /**
     * @param spec      the round being computed
     * @param retailers the retailers the round may serve
     * @param i         the index of one of them
     * @return whether retailer {@code i} may get cartons in this round
     */
    boolean eligible(RoundSpec spec, RetailerSet retailers, int i);
}
