package org.retailerdesk.visits;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.retailerdesk.store.VisitQueries;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.VisitQueries.DayCount;

/**
 * Each visitor's visits by week (weeks start on Monday, as a Chinese work calendar does): the
 * store counts per visitor and day, this folds the days into weeks.
 */
public final class WeeklyVisits {

    private final List<LocalDate> weeks;
    private final Map<Long, long[]> counts;

    private WeeklyVisits(List<LocalDate> weeks, Map<Long, long[]> counts) {
        this.weeks = weeks;
        this.counts = counts;
    }

    /** The Monday of the date's week. */
    public static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Reads the counts of the weeks from {@code from}'s week to {@code to}'s week.
     *
     * @param districtId null, or only visits to retailers of that district
     */
    public static WeeklyVisits read(Store store, LocalDate from, LocalDate to, Long districtId) {
        LocalDate first = weekOf(from);
        LocalDate last = weekOf(to);
        return of(first, last, store.role(VisitQueries.class).countVisitsByDay(first, last.plusDays(6), districtId));
    }

    /** Folds day counts into the weeks from {@code first}'s week to {@code last}'s; days outside are left out. */
    public static WeeklyVisits of(LocalDate first, LocalDate last, List<DayCount> days) {
        LocalDate start = weekOf(first);
        int n = (int) ChronoUnit.WEEKS.between(start, weekOf(last)) + 1;
        List<LocalDate> weeks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            weeks.add(start.plusWeeks(i));
        }
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (DayCount d : days) {
            long week = ChronoUnit.WEEKS.between(start, weekOf(d.date()));
            if (week >= 0 && week < n) {
                counts.computeIfAbsent(d.visitorId(), k -> new long[n])[(int) week] += d.visits();
            }
        }
        return new WeeklyVisits(Collections.unmodifiableList(weeks), counts);
    }

    /** The Mondays of the weeks, oldest first. */
    public List<LocalDate> weeks() {
        return weeks;
    }

    /** The ids of the visitors with at least one visit in these weeks, in the store's order. */
    public List<Long> visitors() {
        return List.copyOf(counts.keySet());
    }

    /** The visitor's visits in the week (index into {@link #weeks()}). */
    public long count(long visitorId, int week) {
        long[] c = counts.get(visitorId);
        return c == null ? 0 : c[week];
    }

    /** The visitor's visits in all these weeks. */
    public long total(long visitorId) {
        long[] c = counts.get(visitorId);
        return c == null ? 0 : java.util.Arrays.stream(c).sum();
    }
}
