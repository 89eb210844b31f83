package org.retailerdesk.allocation;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.internal.RoundMessages;
import org.retailerdesk.model.Staff;

/**
 * A manual override of one retailer's line (人工调整): the cartons it gets instead of the computed
 * quantity, why, and who decided. All three are required, so every override can be traced.
 *
 * @param quantity the cartons, 0 or more
 * @param reason   why, as the user gave it; not blank
 * @param by       the member of staff who decided
 */
public record LineOverride(int quantity, String reason, Staff by) {

    /** The longest reason the store keeps. */
    public static final int MAX_REASON = 500;

    /** @throws AllocationException (localised) when the quantity is negative, the reason blank or too long, or nobody is named */
    public LineOverride {
        if (quantity < 0) {
            throw new AllocationException(NLS.bind(RoundMessages.Override_negative, quantity));
        }
        if (reason == null || reason.isBlank()) {
            throw new AllocationException(RoundMessages.Override_noReason);
        }
        reason = reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new AllocationException(NLS.bind(RoundMessages.Override_reasonTooLong, reason.length(), MAX_REASON));
        }
        if (by == null) {
            throw new AllocationException(RoundMessages.Override_noStaff);
        }
    }
}
