package org.retailerdesk.households;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.store.HouseholdRule;

/**
 * The one definition of an active priority household (重点帮扶户): a record counts on a day when it
 * is active (not withdrawn from the register) and its evidence is valid that day, i.e. dated on or
 * before it and not expired before it (the expiry date is the evidence's last valid day; no expiry
 * date, valid for good; expiring before it is dated, valid on no day). In a window of days it counts when it does on at least one of them:
 * evidence dated by the last day, not expired before the first. Views, reports and the allocation
 * engine ask here; store queries take {@link #in} as their parameter.
 */
public final class ActiveHouseholds {

    private ActiveHouseholds() {
    }

    /**
     * The rule for the window {@code from}..{@code to} (inclusive), for store queries.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static HouseholdRule in(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends " + to + " before it starts " + from); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new HouseholdRule(true, to, from);
    }

    /** @return whether the record counts on at least one day of {@code from}..{@code to} */
    public static boolean activeIn(PriorityHousehold h, LocalDate from, LocalDate to) {
        return in(from, to).matches(h);
    }

    /** @return whether the record counts on {@code day} */
    public static boolean activeOn(PriorityHousehold h, LocalDate day) {
        return activeIn(h, day, day);
    }

    /**
     * @return whether the record is active in the register but its evidence is valid no later than
     *         {@code day} (expired, or expiring that day): the evidence to renew now
     */
    public static boolean evidenceLapsesBy(PriorityHousehold h, LocalDate day) {
        return h.isActive() && h.getExpiryDate() != null && !h.getExpiryDate().isAfter(day);
    }

    /** @return the ids of the retailers with a record that counts on {@code day} */
    public static Set<Long> retailersOn(Collection<PriorityHousehold> households, LocalDate day) {
        Set<Long> ids = new HashSet<>();
        for (PriorityHousehold h : households) {
            if (activeOn(h, day)) {
                ids.add(h.getRetailer().getId());
            }
        }
        return ids;
    }
}
