package org.retailerdesk.retailers;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.store.RetailerQuery;

/**
 * The one definition of a retailer in business (在营): its status is {@link RetailerStatus#ACTIVE}.
 * A suspended (停业) or cancelled (注销) retailer is not: allocation rounds give it nothing,
 * publicity coverage does not count it, and the retailer list leaves it out unless asked for its
 * status. Views, reports and engines ask here; store queries take {@link #STATUSES} as their status
 * filter ({@link #only}).
 */
public final class InBusiness {

    /** The statuses of a retailer in business. */
    public static final Set<RetailerStatus> STATUSES = Collections.unmodifiableSet(EnumSet.of(RetailerStatus.ACTIVE));

    private InBusiness() {
    }

    /** @return whether the retailer is in business */
    public static boolean is(Retailer retailer) {
        return STATUSES.contains(retailer.getStatus());
    }

    /** @return the query narrowed to the retailers in business (its other filters kept) */
    public static RetailerQuery only(RetailerQuery query) {
        return query.withStatuses(STATUSES);
    }
}
