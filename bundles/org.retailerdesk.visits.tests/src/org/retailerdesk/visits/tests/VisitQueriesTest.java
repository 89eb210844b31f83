package org.retailerdesk.visits.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Visit;
import org.retailerdesk.store.VisitQueries;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.VisitQueries.DayCount;
import org.retailerdesk.store.VisitQueries.LastVisit;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;
import org.retailerdesk.visits.WeeklyVisits;

/**
 * The store's visit questions (per-day counts, one visitor's visits, retailers not visited for N
 * days) and the weekly matrix, each against a brute-force answer from every stored visit of a
 * demo centre.
 */
public class VisitQueriesTest {

    private static final LocalDate TODAY = FixedClock.TODAY;

    private static TempStore temp;
    private static Store store;
    private static List<Visit> visits;
    private static List<Retailer> retailers;

    @BeforeAll
    static void load() {
        temp = TempStore.withDemoCentre(1500, 7);
        store = temp.store();
        visits = store.findAll(Visit.class);
        retailers = new ArrayList<>();
        for (int offset = 0;; offset += 500) {
            List<Retailer> page = store.retailers().findRetailerRows(RetailerQuery.all().page(offset, 500));
            retailers.addAll(page);
            if (page.size() < 500) {
                break;
            }
        }
        assertTrue(visits.size() > 300, "the demo centre has visits: " + visits.size());
        assertEquals(1500, retailers.size());
    }

    @AfterAll
    static void close() {
        temp.close();
    }

    private static LocalDate earliest() {
        return visits.stream().map(Visit::getDate).min(Comparator.naturalOrder()).orElseThrow();
    }

    @Test
    public void dayCountsMatchEveryVisitCountedByHand() {
        LocalDate from = TODAY.minusDays(120);
        LocalDate to = TODAY.minusDays(10);
        Map<String, Long> expected = new TreeMap<>();
        for (Visit v : visits) {
            if (!v.getDate().isBefore(from) && !v.getDate().isAfter(to)) {
                expected.merge(v.getVisitor().getId() + "/" + v.getDate(), 1L, Long::sum);
            }
        }
        Map<String, Long> actual = new TreeMap<>();
        for (DayCount d : store.role(VisitQueries.class).countVisitsByDay(from, to, null)) {
            assertTrue(d.visits() > 0);
            actual.put(d.visitorId() + "/" + d.date(), d.visits());
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
    }

    @Test
    public void dayCountsOfOneDistrictCountOnlyItsRetailers() {
        District district = store.findAll(District.class).get(1);
        Map<Long, Long> districtOf = new HashMap<>();
        retailers.forEach(r -> districtOf.put(r.getId(), r.getDistrict().getId()));
        long expected = visits.stream().filter(v -> districtOf.get(v.getRetailer().getId()) == district.getId()).count();
        long actual = store.role(VisitQueries.class).countVisitsByDay(earliest(), TODAY, district.getId()).stream()
                .mapToLong(DayCount::visits).sum();
        assertTrue(expected > 0);
        assertEquals(expected, actual);
    }

    @Test
    public void weeklyCountsMatchVisitsFoldedIntoMondayWeeksByHand() {
        LocalDate from = TODAY.minusWeeks(12);
        WeeklyVisits weekly = WeeklyVisits.read(store, from, TODAY, null);
        LocalDate firstMonday = weekly.weeks().get(0);
        assertEquals(java.time.DayOfWeek.MONDAY, firstMonday.getDayOfWeek());
        assertFalse(firstMonday.isAfter(from));
        assertTrue(firstMonday.plusDays(7).isAfter(from));
        assertEquals(13, weekly.weeks().size(), weekly.weeks().toString());
        Map<Long, long[]> expected = new HashMap<>();
        for (Visit v : visits) {
            LocalDate d = v.getDate();
            for (int w = 0; w < weekly.weeks().size(); w++) {
                LocalDate monday = weekly.weeks().get(w);
                if (!d.isBefore(monday) && d.isBefore(monday.plusDays(7))) {
                    expected.computeIfAbsent(v.getVisitor().getId(), k -> new long[weekly.weeks().size()])[w]++;
                }
            }
        }
        assertEquals(expected.keySet(), new java.util.HashSet<>(weekly.visitors()));
        for (Map.Entry<Long, long[]> e : expected.entrySet()) {
            long total = 0;
            for (int w = 0; w < weekly.weeks().size(); w++) {
                assertEquals(e.getValue()[w], weekly.count(e.getKey(), w), "visitor " + e.getKey() + " week " + w);
                total += e.getValue()[w];
            }
            assertEquals(total, weekly.total(e.getKey()));
        }
    }

    @Test
    public void oneVisitorsVisitsAreExactlyHisInTheRangeByDate() {
        Visit any = visits.get(visits.size() / 2);
        long visitor = any.getVisitor().getId();
        LocalDate from = any.getDate().minusDays(20);
        LocalDate to = any.getDate().plusDays(20);
        List<Long> expected = visits.stream()
                .filter(v -> v.getVisitor().getId() == visitor && !v.getDate().isBefore(from) && !v.getDate().isAfter(to))
                .sorted(Comparator.comparing(Visit::getDate).thenComparingLong(Visit::getId)).map(Visit::getId).toList();
        List<Long> actual = store.role(VisitQueries.class).findVisits(visitor, from, to).stream().map(Visit::getId).toList();
        assertTrue(expected.contains(any.getId()));
        assertEquals(expected, actual);
    }

    /** Brute force: every retailer of the filter without a visit on or after the day, with its latest visit. */
    private static List<LastVisit> notVisitedByHand(LocalDate since, Long districtId, Long managerId) {
        Map<Long, LocalDate> last = new HashMap<>();
        for (Visit v : visits) {
            last.merge(v.getRetailer().getId(), v.getDate(), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<LastVisit> out = new ArrayList<>();
        for (Retailer r : retailers) {
            LocalDate l = last.get(r.getId());
            if ((districtId == null || r.getDistrict().getId() == districtId)
                    && (managerId == null || r.getCustomerManager() != null && r.getCustomerManager().getId() == managerId)
                    && (l == null || l.isBefore(since))) {
                out.add(new LastVisit(r, l));
            }
        }
        out.sort(Comparator.comparing(LastVisit::lastVisit, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(x -> x.retailer().getId()));
        return out;
    }

    private static void assertSameAnswer(List<LastVisit> expected, RetailerQuery query, LocalDate since) {
        List<LastVisit> actual = new ArrayList<>();
        long total = -1;
        for (int offset = 0;; offset += 97) {
            Page<LastVisit> page = store.role(VisitQueries.class).findRetailersNotVisitedSince(query.page(offset, 97), since);
            total = page.total();
            actual.addAll(page.rows());
            if (!page.hasMore()) {
                break;
            }
        }
        assertEquals(expected.size(), total);
        assertEquals(expected.stream().map(x -> x.retailer().getId()).toList(),
                actual.stream().map(x -> x.retailer().getId()).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).lastVisit(), actual.get(i).lastVisit());
            assertEquals(expected.get(i).retailer().getCustomerCode(), actual.get(i).retailer().getCustomerCode());
        }
    }

    @Test
    public void retailersNotVisitedForNDaysMatchBruteForceInTheCentreADistrictAndForAManager() {
        LocalDate since = TODAY.minusDays(90);
        List<LastVisit> all = notVisitedByHand(since, null, null);
        assertTrue(all.size() > 100 && all.size() < retailers.size(), "some, not all: " + all.size());
        assertTrue(all.stream().anyMatch(x -> x.lastVisit() == null), "some never visited");
        assertTrue(all.stream().anyMatch(x -> x.lastVisit() != null), "some visited long ago");
        assertSameAnswer(all, RetailerQuery.all(), since);

        District district = store.findAll(District.class).get(0);
        assertSameAnswer(notVisitedByHand(since, district.getId(), null), RetailerQuery.all().withDistrict(district.getId()),
                since);

        Staff manager = retailers.get(7).getCustomerManager();
        assertNotNull(manager);
        List<LastVisit> his = notVisitedByHand(TODAY.minusDays(30), null, manager.getId());
        assertFalse(his.isEmpty());
        assertSameAnswer(his, RetailerQuery.all().withCustomerManager(manager.getId()), TODAY.minusDays(30));
    }

    @Test
    public void aVisitOnTheCutOffDayCountsAsVisited() {
        Visit v = visits.get(0);
        LocalDate day = v.getDate();
        List<LastVisit> expected = notVisitedByHand(day, null, null);
        assertFalse(expected.stream().anyMatch(x -> x.retailer().getId() == v.getRetailer().getId()));
        List<LastVisit> dayAfter = notVisitedByHand(day.plusDays(1), null, null);
        assertTrue(dayAfter.stream().anyMatch(x -> x.retailer().getId() == v.getRetailer().getId())
                || visits.stream().anyMatch(o -> o.getRetailer().getId() == v.getRetailer().getId()
                        && o.getDate().isAfter(day)));
        assertSameAnswer(expected, RetailerQuery.all(), day);
    }
}
