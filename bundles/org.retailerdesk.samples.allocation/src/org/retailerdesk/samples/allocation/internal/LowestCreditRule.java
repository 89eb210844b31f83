package org.retailerdesk.samples.allocation.internal;

import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.EligibilityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;

/**
 * Retailers of the lowest credit level (B) get no scarce supply; everyone else is allocated as
 * usual. Reads only what the round's {@link RetailerSet} carries, so it costs nothing per retailer.
 */
public class LowestCreditRule implements EligibilityRule {

    /** The credit level excluded, as {@link Dimension#CREDIT_LEVEL} keys it (the model's literal). */
    static final String LOWEST = "B"; //$NON-NLS-1$

    @Override
    public boolean eligible(RoundSpec spec, RetailerSet retailers, int i) {
        return !LOWEST.equals(retailers.key(Dimension.CREDIT_LEVEL, i));
    }
}
