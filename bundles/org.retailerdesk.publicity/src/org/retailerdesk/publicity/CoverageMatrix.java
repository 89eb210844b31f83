package org.retailerdesk.publicity;

import java.util.List;

import org.retailerdesk.model.Policy;
import org.retailerdesk.store.RetailerQuery;

/**
 * Who has been told of a policy: the retailers it concerns (its scope narrowed by the filter), how
 * many of them were told, per district and per customer manager.
 *
 * @param policy     the policy
 * @param filter     what the matrix is narrowed to
 * @param concerned  the retailers concerned, or null when the filter and the policy's scope exclude
 *                   each other (another district, say): then nobody is concerned
 * @param byDistrict one share per district with retailers concerned, by name
 * @param byManager  one share per customer manager with retailers concerned, by name; retailers
 *                   without a manager form one share with a null id
 * @param retailers  how many retailers are concerned
 * @param told       how many of them were told
 */
public record CoverageMatrix(Policy policy, CoverageFilter filter, RetailerQuery concerned, List<Share> byDistrict,
        List<Share> byManager, long retailers, long told) {

    /** One group's figures: its retailers concerned and how many were told. */
    public record Share(Long id, String name, long retailers, long told) {

        public long untold() {
            return retailers - told;
        }

        /** Told in percent of the retailers concerned; 0 when none are. */
        public double percent() {
            return CoverageMatrix.percent(told, retailers);
        }
    }

    public long untold() {
        return retailers - told;
    }

    public double percent() {
        return percent(told, retailers);
    }

    /**
     * The retailers concerned who were not told (in the filter's date range), as a query a
     * retailer list can show; null when nobody is concerned.
     */
    public RetailerQuery untoldQuery() {
        return concerned == null ? null
                : concerned.withNotTold(new RetailerQuery.NotTold(policy.getId(), filter.from(), filter.to()));
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
