package org.retailerdesk.households.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;

/** The rule against its plain meaning, day by day, over every placement of the dates around a window. */
public class ActiveHouseholdsTest {

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;
    private static final LocalDate BASE = LocalDate.of(2026, 3, 1);

    static PriorityHousehold household(boolean active, LocalDate evidence, LocalDate expiry) {
        PriorityHousehold h = F.createPriorityHousehold();
        h.setActive(active);
        h.setEvidenceDate(evidence);
        h.setExpiryDate(expiry);
        return h;
    }

    /** Valid on the day, as a person reads the register: active, evidence in hand, not yet lapsed. */
    private static boolean validOn(PriorityHousehold h, LocalDate day) {
        return h.isActive() && h.getEvidenceDate() != null && h.getEvidenceDate().compareTo(day) <= 0
                && (h.getExpiryDate() == null || day.compareTo(h.getExpiryDate()) <= 0);
    }

    /** Valid on at least one day of the window, found by trying every day. */
    private static boolean validOnSomeDay(PriorityHousehold h, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (validOn(h, d)) {
                return true;
            }
        }
        return false;
    }

    /** Days from BASE - 2 to BASE + 8: before, on the bounds of and inside every window below. */
    private static List<LocalDate> days() {
        List<LocalDate> out = new ArrayList<>();
        for (int i = -2; i <= 8; i++) {
            out.add(BASE.plusDays(i));
        }
        return out;
    }

    @Test
    public void aWindowCountsARecordValidOnAnyOfItsDays() {
        List<LocalDate> days = days();
        List<LocalDate> expiries = new ArrayList<>(days);
        expiries.add(null);
        int cases = 0;
        int counted = 0;
        for (int from = 0; from < days.size(); from++) {
            for (int to = from; to < days.size(); to++) {
                for (LocalDate evidence : days) {
                    for (LocalDate expiry : expiries) {
                        for (boolean active : new boolean[] { true, false }) {
                            PriorityHousehold h = household(active, evidence, expiry);
                            boolean expected = validOnSomeDay(h, days.get(from), days.get(to));
                            assertEquals(expected, ActiveHouseholds.activeIn(h, days.get(from), days.get(to)),
                                    () -> "active=" + active + " evidence " + evidence + " expiry " + expiry);
                            cases++;
                            counted += expected ? 1 : 0;
                        }
                    }
                }
            }
        }
        // the cases are not all one way
        assertTrue(counted > cases / 10 && counted < cases / 2, counted + " of " + cases);
    }

    @Test
    public void aDayIsAWindowOfOneDay() {
        for (LocalDate day : days()) {
            for (LocalDate evidence : days()) {
                for (LocalDate expiry : Arrays.asList(null, day.minusDays(1), day, day.plusDays(1))) {
                    PriorityHousehold h = household(true, evidence, expiry);
                    assertEquals(validOn(h, day), ActiveHouseholds.activeOn(h, day), evidence + " " + expiry);
                }
            }
        }
    }

    @Test
    public void theExpiryDayIsTheLastValidDay() {
        LocalDate day = BASE;
        assertTrue(ActiveHouseholds.activeOn(household(true, day.minusDays(10), day), day));
        assertTrue(!ActiveHouseholds.activeOn(household(true, day.minusDays(10), day.minusDays(1)), day));
        assertTrue(!ActiveHouseholds.activeOn(household(true, day.plusDays(1), null), day), "evidence of tomorrow");
        assertTrue(!ActiveHouseholds.activeOn(household(false, day.minusDays(10), null), day), "withdrawn");
        assertTrue(!ActiveHouseholds.activeOn(household(true, null, null), day), "no evidence date");
    }

    @Test
    public void evidenceLapsesWhenItIsNotValidTheNextDay() {
        for (LocalDate day : days()) {
            for (LocalDate expiry : Arrays.asList(null, day.minusDays(1), day, day.plusDays(1))) {
                for (boolean active : new boolean[] { true, false }) {
                    PriorityHousehold h = household(active, BASE.minusYears(1), expiry);
                    boolean expected = active && expiry != null && !validOnSomeDay(h, day.plusDays(1), day.plusDays(30));
                    assertEquals(expected, ActiveHouseholds.evidenceLapsesBy(h, day), active + " " + expiry);
                }
            }
        }
    }

    @Test
    public void retailersOnADayAreThoseWithARecordActiveThatDay() {
        Retailer a = F.createRetailer();
        a.setId(1);
        Retailer b = F.createRetailer();
        b.setId(2);
        PriorityHousehold renewed = household(true, BASE.minusYears(1), BASE.minusDays(1));
        renewed.setRetailer(a);
        PriorityHousehold current = household(true, BASE, null);
        current.setRetailer(a);
        PriorityHousehold lapsed = household(true, BASE.minusYears(1), BASE.minusDays(1));
        lapsed.setRetailer(b);
        assertEquals(Set.of(1L), ActiveHouseholds.retailersOn(List.of(renewed, current, lapsed), BASE));
    }

    @Test
    public void aBackwardWindowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ActiveHouseholds.in(BASE, BASE.minusDays(1)));
    }
}
