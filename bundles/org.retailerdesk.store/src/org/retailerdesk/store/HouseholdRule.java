package org.retailerdesk.store;

import java.time.LocalDate;

import org.retailerdesk.model.PriorityHousehold;

/**
 * Which priority-household records a query counts, as values a store turns into its WHERE clause:
 * a record matches when its active flag is {@code active}, its evidence is dated on or before
 * {@code evidenceBy}, and its expiry date is empty or on or after both {@code notExpiredBefore} and
 * the evidence date (evidence that expires before it is dated is valid on no day). The
 * product's rule ("an active priority household") is made in one place,
 * {@code org.retailerdesk.households.ActiveHouseholds}; stores only apply it.
 *
 * @param active            the value of the record's active flag that counts
 * @param evidenceBy        last day on which the evidence may be dated
 * @param notExpiredBefore  first day on which the evidence must still be valid (the expiry day is valid)
 */
public record HouseholdRule(boolean active, LocalDate evidenceBy, LocalDate notExpiredBefore) {

    public HouseholdRule {
        if (evidenceBy == null || notExpiredBefore == null) {
            throw new IllegalArgumentException("a household rule needs both days"); //$NON-NLS-1$
        }
    }

    /** @return whether the record matches, as a store's query selects it */
    public boolean matches(PriorityHousehold h) {
        return h.isActive() == active && h.getEvidenceDate() != null && !h.getEvidenceDate().isAfter(evidenceBy)
                && (h.getExpiryDate() == null || !h.getExpiryDate().isBefore(notExpiredBefore)
                        && !h.getExpiryDate().isBefore(h.getEvidenceDate()));
    }
}
