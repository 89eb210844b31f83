package org.retailerdesk.allocation.outcome;

import java.util.List;

import org.retailerdesk.model.AllocationRound;

/**
 * The outcome of the allocation rounds of a period for priority households, computed by
 * {@link OutcomeReports#compute}. Immutable.
 *
 * @param rounds                the rounds counted, by period start and code
 * @param overall               every retailer and every household (of any category)
 * @param byCategory            one row per {@link org.retailerdesk.model.AssistanceCategory}, in the
 *                              model's order, each over every retailer
 * @param byDistrict            one row per district with retailers in the rounds, by district code;
 *                              households of any category
 * @param byDistrictAndCategory for each district of {@code byDistrict}, one row per category
 */
public record OutcomeReport(OutcomeQuery query, List<AllocationRound> rounds, OutcomeRow overall,
        List<OutcomeRow> byCategory, List<OutcomeRow> byDistrict, List<OutcomeRow> byDistrictAndCategory) {

    public OutcomeReport {
        rounds = List.copyOf(rounds);
        byCategory = List.copyOf(byCategory);
        byDistrict = List.copyOf(byDistrict);
        byDistrictAndCategory = List.copyOf(byDistrictAndCategory);
    }
}
