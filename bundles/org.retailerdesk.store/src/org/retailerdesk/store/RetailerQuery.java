package org.retailerdesk.store;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.RetailerStatus;

/**
 * What a retailer list shows: filters, sort and page. Immutable; every {@code with...} returns a
 * changed copy, so a view can keep its query and derive the next page from it. A null filter
 * value means "any".
 * <p>
 * Text matches a retailer when its shop name or address contains it (ignoring case), or its
 * customer code or licence number starts with it. Text of two or more characters is answered
 * from a search index; a single character makes the store scan all rows.
 *
 * @param text               trimmed search text, or null
 * @param minGrade           lowest grade, inclusive
 * @param maxGrade           highest grade, inclusive
 * @param districtId         id of the retailer's district
 * @param marketDepartmentId id of the retailer's market department
 * @param customerManagerId  id of the retailer's customer manager
 * @param deliveryRouteId    id of the retailer's delivery route
 * @param businessFormat     the retailer's business format
 * @param marketType         the retailer's market type
 * @param priorityHousehold  true: only retailers with a priority-household record the household rule
 *                           matches; false: only those without
 * @param householdRule      which household records count, with {@code priorityHousehold} (the
 *                           product's rule, {@code ActiveHouseholds}, made into values)
 * @param notTold            only retailers without a publicity record of that policy (in its date range)
 * @param statuses           only retailers whose status is one of these (not empty; all of them is null); the product's rule
 *                           of who is in business is {@code org.retailerdesk.retailers.InBusiness}
 * @param sort               sort key; ties broken by id in the same direction
 * @param ascending          sort direction
 * @param offset             index of the first row of the page
 * @param size               rows per page, at least 1
 */
public record RetailerQuery(String text, Integer minGrade, Integer maxGrade, Long districtId, Long marketDepartmentId,
        Long customerManagerId, Long deliveryRouteId, BusinessFormat businessFormat, MarketType marketType,
                Boolean priorityHousehold, HouseholdRule householdRule, NotTold notTold, Set<RetailerStatus> statuses,
        RetailerSort sort, boolean ascending, int offset, int size) {

    public static final int DEFAULT_PAGE_SIZE = 100;

    public RetailerQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (sort == null) {
            throw new IllegalArgumentException("sort"); //$NON-NLS-1$
        }
        if (priorityHousehold == null) {
            householdRule = null;
        } else if (householdRule == null) {
            throw new IllegalArgumentException("a household filter needs its rule"); //$NON-NLS-1$
        }
        if (statuses != null) {
            if (statuses.isEmpty()) {
                throw new IllegalArgumentException("a status filter needs a status"); //$NON-NLS-1$
            }
            // a copy that cannot change under the query, iterated in the enum's order; every status is no filter
            statuses = statuses.containsAll(RetailerStatus.VALUES) ? null
                    : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
        }
        if (offset < 0 || size < 1) {
            throw new IllegalArgumentException("offset " + offset + ", size " + size); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Every retailer, highest grade first, first page. */
    public static RetailerQuery all() {
        return new RetailerQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, RetailerSort.GRADE,
                false, 0,
                DEFAULT_PAGE_SIZE);
    }

    public RetailerQuery withText(String t) {
        return new RetailerQuery(t, minGrade, maxGrade, districtId, marketDepartmentId, customerManagerId,
                deliveryRouteId, businessFormat, marketType, priorityHousehold, householdRule, notTold, statuses, sort, ascending, offset, size);
    }

    public RetailerQuery withGrades(Integer min, Integer max) {
        return new RetailerQuery(text, min, max, districtId, marketDepartmentId, customerManagerId,
                deliveryRouteId, businessFormat, marketType, priorityHousehold, householdRule, notTold, statuses, sort, ascending, offset, size);
    }

    public RetailerQuery withDistrict(Long id) {
        return new RetailerQuery(text, minGrade, maxGrade, id, marketDepartmentId, customerManagerId,
                deliveryRouteId, businessFormat, marketType, priorityHousehold, householdRule, notTold, statuses, sort, ascending, offset, size);
    }

    public RetailerQuery withMarketDepartment(Long id) {
        return new RetailerQuery(text, minGrade, maxGrade, districtId, id, customerManagerId, deliveryRouteId,
                businessFormat, marketType, priorityHousehold, householdRule, notTold, statuses, sort, ascending, offset, size);
    }

    public RetailerQuery withCustomerManager(Long id) {
        return new RetailerQuery(text, minGrade, maxGrade, districtId, marketDepartmentId, id, deliveryRouteId,
                businessFormat, marketType, priorityHousehold, householdRule, notTold, statuses, sort, ascending, offset, size);
    }

    public RetailerQuery withDeliveryRoute(Long id) {
        return new RetailerQuery(text, minGrade, maxGrade, districtId, marketDepartmentId, customerManagerId, id,
                businessFormat, marketType, priorityHousehold, householdRule, notTold, statuses, sort, ascending, offset, size);
    }

    public RetailerQuery withBusinessFormat(BusinessFormat f) {
        return new RetailerQuery(text, minGrade, maxGrade, districtId, marketDepartmentId, customerManagerId,
                deliveryRouteId, f, marketType, priorityHousehold, householdRule, notTold, statuses, sort, ascending, offset, size);
    }

    public RetailerQuery withMarketType(MarketType t) {
        return new RetailerQuery(text, minGrade, maxGrade, districtId, marketDepartmentId, customerManagerId,
                deliveryRouteId, businessFormat, t, priorityHousehold, householdRule, notTold, statuses, sort, ascending, offset, size);
    }

    /** @param flag null: no household filter; else with the rule of which records count */
    public RetailerQuery withPriorityHousehold(Boolean flag, HouseholdRule rule) {
        return new RetailerQuery(text, minGrade, maxGrade, districtId, marketDepartmentId, customerManagerId,
                deliveryRouteId, businessFormat, marketType, flag, rule, notTold, statuses, sort, ascending, offset, size);
    }

    /** @param s null: any status; else only retailers with one of these */
    public RetailerQuery withStatuses(Set<RetailerStatus> s) {
        return new RetailerQuery(text, minGrade, maxGrade, districtId, marketDepartmentId, customerManagerId,
                deliveryRouteId, businessFormat, marketType, priorityHousehold, householdRule, notTold, s, sort, ascending, offset, size);
    }

    public RetailerQuery withNotTold(NotTold n) {
        return new RetailerQuery(text, minGrade, maxGrade, districtId, marketDepartmentId, customerManagerId,
                deliveryRouteId, businessFormat, marketType, priorityHousehold, householdRule, n, statuses, sort, ascending, offset, size);
    }

    /**
     * The retailers not yet told of a policy: those with no publicity record of it dated within
     * {@code from}..{@code to} (inclusive; a null bound is open), what a coverage matrix calls untold.
     */
    public record NotTold(long policyId, java.time.LocalDate from, java.time.LocalDate to) {
    }

    public RetailerQuery sortedBy(RetailerSort key, boolean asc) {
        return new RetailerQuery(text, minGrade, maxGrade, districtId, marketDepartmentId, customerManagerId,
                deliveryRouteId, businessFormat, marketType, priorityHousehold, householdRule, notTold, statuses, key, asc, offset, size);
    }

    public RetailerQuery page(int firstRow, int rows) {
        return new RetailerQuery(text, minGrade, maxGrade, districtId, marketDepartmentId, customerManagerId,
                deliveryRouteId, businessFormat, marketType, priorityHousehold, householdRule, notTold, statuses, sort, ascending, firstRow, rows);
    }
}
