package org.retailerdesk.allocation.outcome;

import java.util.OptionalDouble;

import org.retailerdesk.model.AssistanceCategory;

/**
 * One line of an outcome report: a group of retailers, the priority households among them, and
 * the cartons each got.
 *
 * @param label            the category's or district's name in the default locale, or "all"
 * @param category         the households counted are of this category; null: of any category
 * @param districtCode     the retailers are those of this district; null: of every district
 * @param retailers        retailers of the group (see {@link OutcomeReports} for which count)
 * @param households       how many of them are priority households (of {@code category})
 * @param householdCartons cartons the rounds gave those households
 * @param cartons          cartons the rounds gave the whole group
 */
public record OutcomeRow(String label, AssistanceCategory category, String districtCode, long retailers,
        long households, long householdCartons, long cartons) {

    /** Households / retailers; empty when the group has no retailers. */
    public OptionalDouble shareOfRetailers() {
        return retailers == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) households / retailers);
    }

    /** Household cartons / cartons; empty when the group got no cartons. */
    public OptionalDouble shareOfSupply() {
        return cartons == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) householdCartons / cartons);
    }

    /**
     * Share of supply / share of retailers: 1 when the households got exactly their head-count share,
     * above 1 when they got more (what a preference rule aims at). Empty when either share is
     * undefined or there are no households.
     */
    public OptionalDouble ratio() {
        OptionalDouble supply = shareOfSupply();
        OptionalDouble heads = shareOfRetailers();
        if (supply.isEmpty() || heads.isEmpty() || households == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(supply.getAsDouble() / heads.getAsDouble());
    }
}
