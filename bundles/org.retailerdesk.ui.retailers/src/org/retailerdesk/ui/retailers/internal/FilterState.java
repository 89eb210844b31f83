package org.retailerdesk.ui.retailers.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.store.RetailerQuery;

/**
 * What the filter bar is set to, as plain values: what a saved filter keeps. References are kept by
 * id, so a renamed district still matches; a filter naming something deleted since falls back to
 * "any" for that field. Encoded as {@code key=value&...} (URL-encoded values), which tolerates keys
 * added or dropped by later versions.
 */
public record FilterState(String text, int minGrade, int maxGrade, Long districtId, Long departmentId, Long managerId,
        Long routeId, BusinessFormat format, MarketType marketType, boolean householdsOnly, StatusChoice status) {

    public static final int MIN_GRADE = 1;
    public static final int MAX_GRADE = 30;
    /** No filter at all: every retailer, whatever its status. */
    public static final FilterState NONE = new FilterState("", MIN_GRADE, MAX_GRADE, null, null, null, null, null, null, //$NON-NLS-1$
            false, StatusChoice.ALL);
    /** What the list shows until the user filters: every retailer in business. */
    public static final FilterState DEFAULT = NONE.withStatus(StatusChoice.IN_BUSINESS);

    public FilterState {
        text = text == null ? "" : text; //$NON-NLS-1$
        status = status == null ? StatusChoice.IN_BUSINESS : status;
        minGrade = Math.clamp(minGrade, MIN_GRADE, MAX_GRADE);
        maxGrade = Math.clamp(maxGrade, MIN_GRADE, MAX_GRADE);
    }

    /** Shorter search text is not searched for: one character matches most of the centre and costs a full scan. */
    public static final int MIN_SEARCH_LENGTH = 2;

    /** True when text is typed but too short to search for yet. */
    boolean textTooShort() {
        int length = text.strip().length();
        return length > 0 && length < MIN_SEARCH_LENGTH;
    }

    /** The filters of a query that the filter bar shows; the query's other conditions are left out. */
    public static FilterState of(RetailerQuery q) {
        return new FilterState(q.text(), q.minGrade() == null ? MIN_GRADE : q.minGrade(),
                q.maxGrade() == null ? MAX_GRADE : q.maxGrade(), q.districtId(), q.marketDepartmentId(),
                q.customerManagerId(), q.deliveryRouteId(), q.businessFormat(), q.marketType(),
                Boolean.TRUE.equals(q.priorityHousehold()), StatusChoice.of(q.statuses()));
    }

    public FilterState withStatus(StatusChoice choice) {
        return new FilterState(text, minGrade, maxGrade, districtId, departmentId, managerId, routeId, format, marketType,
                householdsOnly, choice);
    }

    public RetailerQuery apply(RetailerQuery query) {
        return query.withText(textTooShort() ? null : text)
                .withGrades(minGrade == MIN_GRADE ? null : minGrade, maxGrade == MAX_GRADE ? null : maxGrade)
                .withDistrict(districtId).withMarketDepartment(departmentId).withCustomerManager(managerId)
                .withDeliveryRoute(routeId).withBusinessFormat(format).withMarketType(marketType)
                .withPriorityHousehold(householdsOnly ? Boolean.TRUE : null, ActiveHouseholds.in(LocalDate.now(), LocalDate.now()))
                .withStatuses(status.statuses());
    }

    public String encode() {
        StringJoiner out = new StringJoiner("&"); //$NON-NLS-1$
        put(out, "text", text); //$NON-NLS-1$
        put(out, "min", minGrade); //$NON-NLS-1$
        put(out, "max", maxGrade); //$NON-NLS-1$
        put(out, "district", districtId); //$NON-NLS-1$
        put(out, "department", departmentId); //$NON-NLS-1$
        put(out, "manager", managerId); //$NON-NLS-1$
        put(out, "route", routeId); //$NON-NLS-1$
        put(out, "format", format == null ? null : format.getName()); //$NON-NLS-1$
        put(out, "market", marketType == null ? null : marketType.getName()); //$NON-NLS-1$
        put(out, "households", householdsOnly); //$NON-NLS-1$
        put(out, "status", status.name()); //$NON-NLS-1$
        return out.toString();
    }

    private static void put(StringJoiner out, String key, Object value) {
        if (value != null) {
            out.add(key + '=' + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Reads what {@link #encode} wrote; values it cannot read mean "any", but for the status, whose
     * default is the list's (in business), as for filters saved before the status could be chosen.
     */
    public static FilterState decode(String encoded) {
        Map<String, String> values = new HashMap<>();
        for (String pair : encoded.split("&")) { //$NON-NLS-1$
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return new FilterState(values.get("text"), integer(values.get("min"), MIN_GRADE), //$NON-NLS-1$ //$NON-NLS-2$
                integer(values.get("max"), MAX_GRADE), id(values.get("district")), id(values.get("department")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                id(values.get("manager")), id(values.get("route")), //$NON-NLS-1$ //$NON-NLS-2$
                BusinessFormat.getByName(values.get("format")), MarketType.getByName(values.get("market")), //$NON-NLS-1$ //$NON-NLS-2$
                Boolean.parseBoolean(values.get("households")), status(values.get("status"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static StatusChoice status(String value) {
        try {
            return value == null ? StatusChoice.IN_BUSINESS : StatusChoice.valueOf(value);
        } catch (IllegalArgumentException e) {
            return StatusChoice.IN_BUSINESS;
        }
    }

    private static int integer(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
