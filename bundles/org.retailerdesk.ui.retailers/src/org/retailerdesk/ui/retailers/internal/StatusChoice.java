package org.retailerdesk.ui.retailers.internal;

import java.util.EnumSet;
import java.util.Set;

import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.retailers.InBusiness;

/**
 * The status filter of the retailer list: the retailers in business (the default, {@link InBusiness}),
 * the suspended, the cancelled, both of those, or all.
 */
public enum StatusChoice {
    IN_BUSINESS(InBusiness.STATUSES),
    SUSPENDED(EnumSet.of(RetailerStatus.SUSPENDED)),
    CANCELLED(EnumSet.of(RetailerStatus.CLOSED)),
    OUT_OF_BUSINESS(EnumSet.complementOf(EnumSet.copyOf(InBusiness.STATUSES))),
    ALL(null);

    private final Set<RetailerStatus> statuses;

    StatusChoice(Set<RetailerStatus> statuses) {
        this.statuses = statuses;
    }

    /** The query's status filter: null for all. */
    public Set<RetailerStatus> statuses() {
        return statuses;
    }

    /** The choice for a query's status filter; one the list offers no choice for shows as all. */
    public static StatusChoice of(Set<RetailerStatus> statuses) {
        for (StatusChoice c : values()) {
            if (c.statuses == null ? statuses == null : c.statuses.equals(statuses)) {
                return c;
            }
        }
        return ALL;
    }

    String label() {
        return switch (this) {
            case IN_BUSINESS -> Messages.Retailers_inBusiness;
            case SUSPENDED -> Messages.Retailers_suspended;
            case CANCELLED -> Messages.Retailers_cancelled;
            case OUT_OF_BUSINESS -> Messages.Retailers_outOfBusiness;
            case ALL -> Messages.Retailers_allStatuses;
        };
    }
}
