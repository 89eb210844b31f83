package org.retailerdesk.store;

import org.retailerdesk.model.AssistanceCategory;

/**
 * What the lines of some allocation rounds gave a group of one district's retailers, as summed by
 * {@link AllocationQueries#allocationTotals}: every retailer with a line, the priority households among them,
 * or the households of one category.
 *
 * @param districtId the id of the retailers' district (the district in their file now: a line does
 *                   not keep one)
 * @param households false: every retailer of the district with a line; true: only priority households
 * @param category   with {@code households}: the households of this category, or null for those of
 *                   any category (a retailer with records of two categories is counted once)
 * @param retailers  how many distinct retailers the group has
 * @param quantity   the sum of their lines' quantities (cartons), as stored: an overridden line
 *                   counts with its overridden quantity
 */
public record AllocationTotals(long districtId, boolean households, AssistanceCategory category, long retailers,
        long quantity) {

    public AllocationTotals {
        if (category != null && !households) {
            throw new IllegalArgumentException("a category is a group of households"); //$NON-NLS-1$
        }
    }
}
