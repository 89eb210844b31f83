package org.retailerdesk.allocation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RetailerSets;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.allocation.internal.DefaultAllocationEngine;
import org.retailerdesk.allocation.outcome.OutcomeQuery;
import org.retailerdesk.allocation.outcome.OutcomeReport;
import org.retailerdesk.allocation.outcome.OutcomeReports;
import org.retailerdesk.allocation.outcome.OutcomeRow;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.model.Staff;
import org.retailerdesk.store.AllocationQueries;
import org.retailerdesk.store.AllocationTotals;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;
import org.retailerdesk.testsupport.TestHouseholds;

/**
 * The outcome report against a brute-force count over every line, household and retailer read
 * from a store holding a demo centre, extra households (two categories, renewals, inactive,
 * expiring) and rounds of several brands, months and statuses computed by the engine.
 */
public class OutcomeReportTest {

    private static final LocalDate TODAY = FixedClock.TODAY;
    private static final int RETAILERS = 500;
    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;

    static TempStore temp;
    static Store store;
    static List<String> brands;
    static Map<Long, String> districtOf = new HashMap<>();
    static Staff verifier;

    @BeforeAll
    static void fill() {
        temp = TempStore.withDemoCentre(RETAILERS, 5);
        store = temp.store();
        for (Retailer r : store.retailers().findRetailers(RetailerQuery.all().page(0, RETAILERS)).rows()) {
            districtOf.put(r.getId(), r.getDistrict().getCode());
        }
        verifier = store.findAll(Staff.class).get(0);
        brands = store.findAll(Brand.class).stream().map(Brand::getCode).limit(3).toList();
        Random random = new Random(42);
        List<Long> ids = new ArrayList<>(districtOf.keySet());
        // more households than the demo's 2 %, with every kind of validity the report must judge
        for (int i = 0; i < 60; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            LocalDate evidence = LocalDate.of(2026, 6, 1).plusDays(random.nextInt(200));
            LocalDate expiry = random.nextInt(3) == 0 ? null : evidence.plusDays(random.nextInt(240));
            household(id, AssistanceCategory.get(random.nextInt(AssistanceCategory.VALUES.size())), evidence, expiry,
                    random.nextInt(8) != 0);
        }
        DefaultAllocationEngine engine = new DefaultAllocationEngine();
        RetailerSet retailers = RetailerSets.fromStore(store, TODAY, new NullProgressMonitor());
        RoundStatus[] statuses = RoundStatus.VALUES.toArray(RoundStatus[]::new);
        for (int i = 0; i < 9; i++) {
            RoundSpec spec = RoundSpec.builder(brands.get(i % brands.size()), 300 + random.nextInt(900))
                    .period(YearMonth.of(2026, 9 + i % 4)).cutoffGrade(1 + random.nextInt(5))
                    .priority(i % 2 == 0 ? PriorityRule.minimum(2) : PriorityRule.uplift(new java.math.BigDecimal("1.5"))) //$NON-NLS-1$
                    .build();
            AllocationRound round = engine.store(store, engine.compute(spec, retailers));
            setStatus(round.getId(), i < 3 ? RoundStatus.PUBLISHED : statuses[i % 3]);
        }
    }

    @AfterAll
    static void close() {
        temp.close();
    }

    private static PriorityHousehold household(long retailerId, AssistanceCategory category, LocalDate evidence,
            LocalDate expiry, boolean active) {
        Retailer retailer = F.createRetailer();
        retailer.setId(retailerId);
        return store.insert(TestHouseholds.of(retailer, category, evidence, expiry, active, verifier));
    }

    private static void setStatus(long roundId, RoundStatus status) {
        AllocationRound r = store.get(AllocationRound.class, roundId);
        r.setStatus(status);
        store.update(r);
    }

    /** The report as counted by hand from every line, household and retailer. */
    private static Map<String, long[]> bruteForce(OutcomeQuery q) {
        Set<Long> rounds = new HashSet<>();
        for (AllocationRound r : store.findAll(AllocationRound.class)) {
            boolean status = r.getStatus() == RoundStatus.PUBLISHED
                    || q.includeCalculated() && r.getStatus() == RoundStatus.CALCULATED;
            boolean overlaps = !r.getPeriodStart().isAfter(q.to()) && !r.getPeriodEnd().isBefore(q.from());
            if (status && overlaps && (q.brandCode() == null || q.brandCode().equals(r.getBrand().getCode()))) {
                rounds.add(r.getId());
            }
        }
        Map<Long, Long> cartons = new HashMap<>();
        for (AllocationLine l : store.findAll(AllocationLine.class)) {
            if (rounds.contains(l.getRound().getId())) {
                cartons.merge(l.getRetailer().getId(), (long) l.getQuantity(), Long::sum);
            }
        }
        Map<Long, Set<AssistanceCategory>> categories = new HashMap<>();
        for (PriorityHousehold h : store.findAll(PriorityHousehold.class)) {
            if (h.isActive() && !h.getEvidenceDate().isAfter(q.to())
                    && (h.getExpiryDate() == null || !h.getExpiryDate().isBefore(q.from()))) {
                categories.computeIfAbsent(h.getRetailer().getId(), k -> EnumSet.noneOf(AssistanceCategory.class))
                        .add(h.getCategory());
            }
        }
        // key → retailers, households, household cartons, cartons
        Map<String, long[]> out = new HashMap<>();
        cartons.forEach((id, qty) -> {
            Set<AssistanceCategory> cs = categories.getOrDefault(id, Set.of());
            String d = districtOf.get(id);
            for (String key : List.of("all", "district " + d)) { //$NON-NLS-1$ //$NON-NLS-2$
                add(out, key, qty, !cs.isEmpty());
            }
            for (AssistanceCategory c : AssistanceCategory.VALUES) {
                add(out, "category " + c, qty, cs.contains(c)); //$NON-NLS-1$
                add(out, "district " + d + " " + c, qty, cs.contains(c)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        return out;
    }

    private static void add(Map<String, long[]> out, String key, long qty, boolean household) {
        long[] v = out.computeIfAbsent(key, k -> new long[4]);
        v[0]++;
        v[3] += qty;
        if (household) {
            v[1]++;
            v[2] += qty;
        }
    }

    private static void assertRow(Map<String, long[]> expected, String key, OutcomeRow row) {
        long[] v = expected.getOrDefault(key, new long[4]);
        assertEquals(v[0], row.retailers(), key + " retailers"); //$NON-NLS-1$
        assertEquals(v[1], row.households(), key + " households"); //$NON-NLS-1$
        assertEquals(v[2], row.householdCartons(), key + " household cartons"); //$NON-NLS-1$
        assertEquals(v[3], row.cartons(), key + " cartons"); //$NON-NLS-1$
        if (v[0] > 0 && v[3] > 0 && v[1] > 0) {
            double ratio = ((double) v[2] / v[3]) / ((double) v[1] / v[0]);
            assertEquals(ratio, row.ratio().getAsDouble(), 1e-9, key);
        } else {
            assertTrue(row.ratio().isEmpty(), key);
        }
    }

    private static void assertMatchesBruteForce(OutcomeQuery q) {
        OutcomeReport report = OutcomeReports.compute(store, q, new NullProgressMonitor());
        Map<String, long[]> expected = bruteForce(q);
        String what = q.toString();
        assertRow(expected, "all", report.overall()); //$NON-NLS-1$
        assertEquals(AssistanceCategory.VALUES.size(), report.byCategory().size(), what);
        for (OutcomeRow row : report.byCategory()) {
            assertEquals(null, row.districtCode());
            assertRow(expected, "category " + row.category(), row); //$NON-NLS-1$
        }
        long districts = expected.keySet().stream().filter(k -> k.matches("district \\S+")).count(); //$NON-NLS-1$
        assertEquals(districts, report.byDistrict().size(), what);
        for (OutcomeRow row : report.byDistrict()) {
            assertRow(expected, "district " + row.districtCode(), row); //$NON-NLS-1$
        }
        assertEquals(districts * AssistanceCategory.VALUES.size(), report.byDistrictAndCategory().size(), what);
        for (OutcomeRow row : report.byDistrictAndCategory()) {
            assertRow(expected, "district " + row.districtCode() + " " + row.category(), row); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    public void randomPeriodsBrandsAndStatusesMatchABruteForceCount() {
        Random random = new Random(7);
        int checked = 0;
        for (int i = 0; i < 40; i++) {
            LocalDate from = LocalDate.of(2026, 8, 15).plusDays(random.nextInt(120));
            LocalDate to = from.plusDays(random.nextInt(90));
            OutcomeQuery q = OutcomeQuery.of(from, to).withCalculated(random.nextBoolean())
                    .withBrand(random.nextInt(3) == 0 ? null : brands.get(random.nextInt(brands.size())));
            try {
                assertMatchesBruteForce(q);
                checked++;
            } catch (AllocationException e) {
                assertTrue(bruteForce(q).isEmpty(), q + ": " + e.getMessage()); //$NON-NLS-1$
            }
        }
        assertTrue(checked >= 20, "too few periods with rounds: " + checked); //$NON-NLS-1$
        // the whole autumn, every status: every household kind and category in play
        OutcomeQuery all = OutcomeQuery.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)).withCalculated(true);
        assertMatchesBruteForce(all);
        OutcomeReport report = OutcomeReports.compute(store, all, new NullProgressMonitor());
        assertTrue(report.overall().households() > 20, report.overall().toString());
        assertEquals(7, report.rounds().size(), "published and calculated rounds, drafts left out"); //$NON-NLS-1$
        assertTrue(report.rounds().stream().noneMatch(r -> r.getStatus() == RoundStatus.DRAFT));
    }

    @Test
    public void theStoreSumsMatchTheReportsRowsAndRefuseABackwardWindow() {
        List<Long> rounds = store.findAll(AllocationRound.class).stream().map(AllocationRound::getId).toList();
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        List<AllocationTotals> totals = store.role(AllocationQueries.class).allocationTotals(rounds, ActiveHouseholds.in(from, to));
        long lines = store.findAll(AllocationLine.class).stream().mapToLong(AllocationLine::getQuantity).sum();
        assertEquals(lines, totals.stream().filter(t -> !t.households()).mapToLong(AllocationTotals::quantity).sum());
        assertEquals(districtOf.values().stream().distinct().count(),
                totals.stream().filter(t -> !t.households()).count());
        assertTrue(store.role(AllocationQueries.class).allocationTotals(List.of(), ActiveHouseholds.in(from, to)).isEmpty());
        assertTrue(store.role(AllocationQueries.class).allocationTotals(List.of(-1L), ActiveHouseholds.in(from, to)).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ActiveHouseholds.in(to, from));
    }

    @Test
    public void aHouseholdCountsWhenItsEvidenceIsValidOnSomeDayOfThePeriod() {
        OutcomeQuery q = OutcomeQuery.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).withCalculated(true);
        OutcomeReport before = OutcomeReports.compute(store, q, new NullProgressMonitor());
        Set<Long> withRecords = new HashSet<>();
        store.findAll(PriorityHousehold.class).forEach(h -> withRecords.add(h.getRetailer().getId()));
        List<Long> plain = districtOf.keySet().stream().filter(id -> !withRecords.contains(id)).sorted().limit(5).toList();
        List<PriorityHousehold> added = new ArrayList<>();
        try {
            AssistanceCategory c = AssistanceCategory.ELDERLY_ALONE;
            // expires mid-period: counts, with every carton of the period
            added.add(household(plain.get(0), c, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 12, 15), true));
            // expired the day before the period: does not count
            added.add(household(plain.get(1), c, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 11, 30), true));
            // evidence dated after the period: does not count
            added.add(household(plain.get(2), c, LocalDate.of(2027, 1, 1), null, true));
            // deactivated: does not count
            added.add(household(plain.get(3), c, LocalDate.of(2025, 3, 1), null, false));
            // valid on the last day only: counts
            added.add(household(plain.get(4), c, LocalDate.of(2026, 12, 31), null, true));
            OutcomeReport after = OutcomeReports.compute(store, q, new NullProgressMonitor());
            long cartons = cartonsIn(after, plain.get(0)) + cartonsIn(after, plain.get(4));
            OutcomeRow b = row(before.byCategory(), c);
            OutcomeRow a = row(after.byCategory(), c);
            assertEquals(b.households() + 2, a.households());
            assertEquals(b.householdCartons() + cartons, a.householdCartons());
            assertEquals(before.overall().households() + 2, after.overall().households());
            assertEquals(before.overall().cartons(), after.overall().cartons());
            assertMatchesBruteForce(q);
        } finally {
            added.forEach(h -> store.delete(h));
        }
    }

    @Test
    public void anOverriddenLineCountsWithItsOverriddenQuantity() {
        OutcomeQuery q = OutcomeQuery.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)).withCalculated(true);
        OutcomeReport before = OutcomeReports.compute(store, q, new NullProgressMonitor());
        Set<Long> roundIds = new HashSet<>();
        // a calculated round: the store refuses to change a published one
        before.rounds().stream().filter(r -> r.getStatus() == RoundStatus.CALCULATED).forEach(r -> roundIds.add(r.getId()));
        Set<Long> households = new HashSet<>();
        store.findAll(PriorityHousehold.class).stream().filter(h -> h.isActive()
                && !h.getEvidenceDate().isAfter(q.to()) && (h.getExpiryDate() == null || !h.getExpiryDate().isBefore(q.from())))
                .forEach(h -> households.add(h.getRetailer().getId()));
        AllocationLine line = store.findAll(AllocationLine.class).stream()
                .filter(l -> roundIds.contains(l.getRound().getId()) && households.contains(l.getRetailer().getId()))
                .findFirst().orElseThrow();
        int original = line.getQuantity();
        line.setQuantity(original + 7);
        line.setOverridden(true);
        line.setOverrideReason("补足保障量"); //$NON-NLS-1$
        line.setOverriddenBy(verifier);
        AllocationLine saved = store.update(line);
        try {
            OutcomeReport after = OutcomeReports.compute(store, q, new NullProgressMonitor());
            assertEquals(before.overall().householdCartons() + 7, after.overall().householdCartons());
            assertEquals(before.overall().cartons() + 7, after.overall().cartons());
            assertEquals(before.overall().households(), after.overall().households());
            assertMatchesBruteForce(q);
        } finally {
            saved.setQuantity(original);
            saved.setOverridden(false);
            saved.setOverrideReason(null);
            saved.setOverriddenBy(null);
            store.update(saved);
        }
    }

    @Test
    public void aPeriodWithoutHouseholdsGivesZeroSharesAndNoRatio() {
        // households' evidence is dated 2022 and later: none was valid in 2020
        RetailerSet retailers = RetailerSets.fromStore(store, TODAY, new NullProgressMonitor());
        DefaultAllocationEngine engine = new DefaultAllocationEngine();
        AllocationRound round = engine.store(store, 
                engine.compute(RoundSpec.builder(brands.get(0), 800).period(YearMonth.of(2020, 3)).build(), retailers));
        setStatus(round.getId(), RoundStatus.PUBLISHED);
        OutcomeReport report = OutcomeReports.compute(store,
                OutcomeQuery.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31)), new NullProgressMonitor());
        assertEquals(1, report.rounds().size());
        assertEquals(0, report.overall().households());
        assertEquals(0, report.overall().householdCartons());
        assertTrue(report.overall().cartons() > 0);
        assertEquals(0.0, report.overall().shareOfRetailers().getAsDouble());
        assertEquals(0.0, report.overall().shareOfSupply().getAsDouble());
        assertTrue(report.overall().ratio().isEmpty());
        report.byCategory().forEach(r -> assertEquals(0, r.households()));
        report.byDistrict().forEach(r -> assertTrue(r.ratio().isEmpty()));
    }

    @Test
    public void badInputIsRefusedClearlyAndWritesNothing() {
        List<Integer> before = snapshot();
        LocalDate d1 = LocalDate.of(2026, 10, 10);
        LocalDate d2 = LocalDate.of(2026, 10, 9);
        AllocationException backwards = assertThrows(AllocationException.class,
                () -> OutcomeReports.compute(store, OutcomeQuery.of(d1, d2), new NullProgressMonitor()));
        assertTrue(backwards.getMessage().contains("2026-10-10") && backwards.getMessage().contains("2026-10-09"), //$NON-NLS-1$ //$NON-NLS-2$
                backwards.getMessage());
        AllocationException none = assertThrows(AllocationException.class, () -> OutcomeReports.compute(store,
                OutcomeQuery.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)), new NullProgressMonitor()));
        assertTrue(none.getMessage().contains("2019-01-01"), none.getMessage()); //$NON-NLS-1$
        AllocationException brand = assertThrows(AllocationException.class, () -> OutcomeReports.compute(store,
                OutcomeQuery.of(d2, d1).withBrand("NO-SUCH"), new NullProgressMonitor())); //$NON-NLS-1$
        assertTrue(brand.getMessage().contains("NO-SUCH"), brand.getMessage()); //$NON-NLS-1$
        assertThrows(AllocationException.class,
                () -> OutcomeReports.compute(store, OutcomeQuery.of(null, d1), new NullProgressMonitor()));
        assertEquals(before, snapshot());
    }

    @Test
    public void everyMessageHasItsChineseText() throws IOException {
        Properties en = messages("messages.properties"); //$NON-NLS-1$
        Properties zh = messages("messages_zh.properties"); //$NON-NLS-1$
        assertEquals(en.keySet(), zh.keySet());
        assertFalse(en.isEmpty());
        zh.values().forEach(v -> assertTrue(((String) v).codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff), v.toString()));
    }

    private static Properties messages(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = org.retailerdesk.allocation.outcome.internal.Messages.class.getResourceAsStream(name)) {
            p.load(in);
        }
        return p;
    }

    /** How many rounds, lines and households the store holds. */
    private static List<Integer> snapshot() {
        return List.of(store.findAll(AllocationRound.class).size(), store.findAll(AllocationLine.class).size(),
                store.findAll(PriorityHousehold.class).size());
    }

    private static OutcomeRow row(List<OutcomeRow> rows, AssistanceCategory c) {
        return rows.stream().filter(r -> r.category() == c).findFirst().orElseThrow();
    }

    /** The retailer's cartons in the report's rounds. */
    private static long cartonsIn(OutcomeReport report, long retailerId) {
        Set<Long> rounds = new HashSet<>();
        report.rounds().forEach(r -> rounds.add(r.getId()));
        return store.findBy(AllocationLine.class, retailerId).stream().filter(l -> rounds.contains(l.getRound().getId()))
                .mapToLong(AllocationLine::getQuantity).sum();
    }
}
