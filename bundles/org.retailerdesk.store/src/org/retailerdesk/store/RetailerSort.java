package org.retailerdesk.store;

/** What a retailer list can be sorted by; ties are always broken by id, in the same direction. */
public enum RetailerSort {
    GRADE,
    CUSTOMER_CODE,
    SHOP_NAME,
    /** by the district's name */
    DISTRICT
}
