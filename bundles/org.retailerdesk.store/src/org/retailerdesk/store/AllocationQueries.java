package org.retailerdesk.store;

import java.util.Collection;
import java.util.List;

/** The store's sums over allocation rounds, for reports that would otherwise read every line. */
public interface AllocationQueries {

    /**
     * Sums the lines of allocation rounds in the database (a round has one per retailer). Per
     * district of the retailers, it gives: every retailer with a line in any of the rounds; the
     * priority households among them; and the households of each category. A retailer counts once
     * per group however many lines it has; its quantities are summed over the rounds. A retailer is a
     * priority household of a category when it has a {@link org.retailerdesk.model.PriorityHousehold}
     * record of that category that the rule {@linkplain HouseholdRule#matches matches}. Groups
     * without retailers are left out.
     *
     * @param roundIds   ids of {@link org.retailerdesk.model.AllocationRound}s (unknown ids add nothing)
     * @param households which household records count
     */
    List<AllocationTotals> allocationTotals(Collection<Long> roundIds, HouseholdRule households);
}
