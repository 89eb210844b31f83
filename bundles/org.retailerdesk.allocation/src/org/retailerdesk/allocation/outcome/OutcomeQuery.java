package org.retailerdesk.allocation.outcome;

import java.time.LocalDate;

/**
 * What an outcome report covers: the allocation rounds whose period overlaps {@code from}–{@code to}
 * (both days included), published ones only unless {@code includeCalculated}, of one brand or of
 * all. The record accepts anything; {@link OutcomeReports#compute} checks it.
 *
 * @param brandCode the brand's code (卷烟编码), or null for every brand
 */
public record OutcomeQuery(LocalDate from, LocalDate to, String brandCode, boolean includeCalculated) {

    /** Published rounds of every brand. */
    public static OutcomeQuery of(LocalDate from, LocalDate to) {
        return new OutcomeQuery(from, to, null, false);
    }

    public OutcomeQuery withBrand(String code) {
        return new OutcomeQuery(from, to, code, includeCalculated);
    }

    public OutcomeQuery withCalculated(boolean include) {
        return new OutcomeQuery(from, to, brandCode, include);
    }
}
