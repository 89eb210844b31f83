package org.retailerdesk.store;

import java.time.LocalDate;
import java.util.List;

import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Visit;

/**
 * The store's questions about visits, answered by the database on its visit indexes
 * ({@code (VISITOR, DATE)} and {@code (RETAILER, DATE)}) rather than by reading every visit:
 * the visit log asks them at a centre of 500 000 retailers. A role of the {@link Store}.
 */
public interface VisitQueries {

    /**
     * How many visits one visitor made on one day.
     *
     * @param visitorId the staff member's id
     * @param date      the day
     * @param visits    at least 1
     */
    record DayCount(long visitorId, LocalDate date, long visits) {
    }

    /**
     * A retailer with the day of its latest visit.
     *
     * @param retailer  the retailer, fully read
     * @param lastVisit its latest visit's date, or null if it was never visited
     */
    record LastVisit(Retailer retailer, LocalDate lastVisit) {
    }

    /**
     * The visits per visitor and day from {@code from} to {@code to} (both inclusive), by visitor
     * and day; days without visits are left out.
     *
     * @param districtId null, or only visits to retailers of that district
     */
    List<DayCount> countVisitsByDay(LocalDate from, LocalDate to, Long districtId);

    /** One visitor's visits from {@code from} to {@code to} (inclusive), by date then id; retailers as proxies. */
    List<Visit> findVisits(long visitorId, LocalDate from, LocalDate to);

    /**
     * The retailers matching the query's district, market department and customer manager (its other
     * filters, sort and text are ignored) that have no visit on or after {@code since}: those never
     * visited first, then the longest unvisited, ties by id; the query's page of them, with the
     * total.
     */
    Page<LastVisit> findRetailersNotVisitedSince(RetailerQuery query, LocalDate since);
}
