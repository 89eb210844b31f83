package org.retailerdesk.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.retailerdesk.model.PublicityRecord;

/** The store's questions about policy publicity, counted by the database (the coverage matrix). */
public interface PublicityQueries {

    /**
     * Publicity coverage of one policy, counted by the database: the retailers matching the query
     * (its sort and page are ignored), per district and customer manager, and how many of them have
     * a publicity record of the policy dated within {@code from}..{@code to} (inclusive; a null bound
     * is open). Cells without retailers are left out. Together with
     * {@link RetailerQuery#withNotTold} it gives a coverage matrix: the untold of a cell are its
     * retailers minus its told.
     */
    List<CoverageCount> publicityCoverage(RetailerQuery retailers, long policyId, LocalDate from, LocalDate to);

    /**
     * The latest publicity record of a policy for each of the given retailers, dated within
     * {@code from}..{@code to} (inclusive, null bounds open); the latest is the one with the last date,
     * on the same date the one written last. Retailers without one are not in the map. Meant for a
     * page of retailers at a time.
     */
    Map<Long, PublicityRecord> latestPublicity(long policyId, Collection<Long> retailerIds, LocalDate from,
            LocalDate to);
}
