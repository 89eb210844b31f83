package org.retailerdesk.ui.households.internal;

import java.time.LocalDate;

import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.PriorityHousehold;

/** Which households the register shows. */
public enum HouseholdFilter {
    ALL,
    /** active on the day ({@link ActiveHouseholds#activeOn}) */
    ACTIVE,
    /** active, with a review date at most the chosen number of days ahead (overdue reviews included) */
    DUE_FOR_REVIEW,
    /** active in the register, whose evidence is valid today at most ({@link ActiveHouseholds#evidenceLapsesBy}) */
    EVIDENCE_EXPIRED;

    /**
     * Whether the filter lets a household through on {@code today}; {@code days} only matters
     * for {@link #DUE_FOR_REVIEW}. Inactive households need neither review nor new evidence.
     */
    public boolean matches(PriorityHousehold h, LocalDate today, int days) {
        return switch (this) {
        case ALL -> true;
        case ACTIVE -> ActiveHouseholds.activeOn(h, today);
        case DUE_FOR_REVIEW -> h.isActive() && h.getReviewDate() != null
                && !h.getReviewDate().isAfter(today.plusDays(days));
        case EVIDENCE_EXPIRED -> ActiveHouseholds.evidenceLapsesBy(h, today);
        };
    }

    public String label() {
        return switch (this) {
        case ALL -> Messages.Filter_all;
        case ACTIVE -> Messages.Filter_active;
        case DUE_FOR_REVIEW -> Messages.Filter_due;
        case EVIDENCE_EXPIRED -> Messages.Filter_expired;
        };
    }
}
