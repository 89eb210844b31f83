package org.retailerdesk.publicity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.publicity.Coverage;
import org.retailerdesk.publicity.CoverageExport;
import org.retailerdesk.publicity.CoverageFilter;
import org.retailerdesk.publicity.CoverageMatrix;
import org.retailerdesk.publicity.PublicityException;
import org.retailerdesk.publicity.PublicityRecords;
import org.retailerdesk.publicity.internal.Messages;
import org.retailerdesk.retailers.Licences;

/**
 * Coverage matrices against a brute-force count over every retailer and record, for policies with
 * and without a scope and under several filters; the XLSX export holds the same figures.
 */
public class CoverageTest extends PublicityTestBase {

    @TempDir
    Path dir;

    /**
     * Policies with random records: a policy for everyone, one for grades 10–30, one for a district;
     * each told to random retailers on random dates, some more than once, by visits and meetings.
     */
    private List<Policy> policiesWithRandomRecords(Random random) {
        List<Retailer> all = allRetailers();
        District d = store.findAll(District.class).get(1);
        List<Policy> policies = List.of(savedPolicy(""), savedPolicy("grade=10-30"), //$NON-NLS-1$ //$NON-NLS-2$
                savedPolicy("district=" + d.getName())); //$NON-NLS-1$
        for (Policy p : policies) {
            List<Retailer> told = new ArrayList<>();
            for (Retailer r : all) {
                if (random.nextInt(10) < 4) {
                    told.add(r);
                }
            }
            for (Retailer r : told.subList(0, told.size() / 2)) {
                // odd days back, the meeting's even: retailer, policy and date identify a record
                PublicityRecord rec = newRecord(r, p, TODAY.minusDays(1 + 2 * random.nextInt(150)));
                rec.setAcknowledgement(Acknowledgement.VALUES.get(random.nextInt(3)));
                PublicityRecords.record(store, rec);
            }
            PublicityRecords.recordMeeting(store, newRecord(null, p, TODAY.minusDays(2 * random.nextInt(150))),
                    told.subList(told.size() / 3, told.size()), new NullProgressMonitor());
        }
        return policies;
    }

    @Test
    public void theMatrixMatchesABruteForceCount() {
        Random random = new Random(6);
        List<Policy> policies = policiesWithRandomRecords(random);
        List<Retailer> all = allRetailers();
        List<PublicityRecord> records = store.findAll(PublicityRecord.class);
        List<District> districts = store.findAll(District.class);
        long manager = all.stream().filter(r -> r.getCustomerManager() != null
                && r.getDistrict().getId() == districts.get(1).getId()).findFirst().orElseThrow().getCustomerManager().getId();
        List<CoverageFilter> filters = List.of(CoverageFilter.NONE,
                new CoverageFilter(districts.get(0).getId(), null, null, null),
                new CoverageFilter(districts.get(1).getId(), null, TODAY.minusDays(200), null),
                new CoverageFilter(districts.get(1).getId(), manager, null, TODAY.minusDays(50)),
                new CoverageFilter(null, manager, TODAY.minusDays(250), TODAY.minusDays(20)),
                new CoverageFilter(null, null, TODAY.minusDays(100), TODAY.minusDays(100)));
        int checked = 0;
        for (Policy p : policies) {
            for (CoverageFilter f : filters) {
                CoverageMatrix m = Coverage.compute(store, p, f);
                List<Retailer> concerned = all.stream().filter(r -> concerns(p, r, districts) && matches(f, r)).toList();
                List<Retailer> told = concerned.stream().filter(r -> !told(records, p, f, r.getId()).isEmpty()).toList();
                String what = p.getScope() + " " + f; //$NON-NLS-1$
                assertEquals(concerned.size(), m.retailers(), "concerned " + what); //$NON-NLS-1$
                assertEquals(told.size(), m.told(), "told " + what); //$NON-NLS-1$
                assertEquals(shares(concerned, told, r -> r.getDistrict().getId()), shares(m.byDistrict()), what);
                assertEquals(shares(concerned, told, r -> r.getCustomerManager() == null ? null : r.getCustomerManager().getId()),
                        shares(m.byManager()), what);
                if (m.concerned() != null) {
                    assertEquals(concerned.size() - told.size(), store.retailers().count(m.untoldQuery()), "untold " + what); //$NON-NLS-1$
                    Map<Long, PublicityRecord> latest = Coverage.latest(store, m,
                            concerned.stream().map(Entity::getId).toList());
                    for (Retailer r : concerned) {
                        PublicityRecord want = told(records, p, f, r.getId()).stream()
                                .max(Comparator.comparing(PublicityRecord::getDate).thenComparingLong(Entity::getId))
                                .orElse(null);
                        assertEquals(want == null ? null : want.getId(), idOf(latest.get(r.getId())), "latest " + what);
                    }
                }
                checked += m.told() > 0 && m.untold() > 0 ? 1 : 0;
            }
        }
        assertTrue(checked >= 10, "most matrices mix told and untold: " + checked); //$NON-NLS-1$

        // a district filter outside a district-scoped policy: nobody is concerned
        Policy inDistrict1 = policies.get(2);
        CoverageMatrix none = Coverage.compute(store, inDistrict1, new CoverageFilter(districts.get(0).getId(), null, null, null));
        assertEquals(0, none.retailers());
        assertNull(none.untoldQuery());
    }

    @Test
    public void aRetailerOutOfBusinessIsNotConcerned() {
        Policy p = savedPolicy(""); //$NON-NLS-1$
        List<Retailer> active = allRetailers().stream().filter(r -> r.getStatus() == RetailerStatus.ACTIVE).toList();
        Retailer told = active.get(7);
        Retailer untold = active.get(8);
        PublicityRecords.record(store, newRecord(told, p, TODAY.minusDays(1)));
        CoverageMatrix before = Coverage.compute(store, p, CoverageFilter.NONE);
        assertTrue(untoldIds(before).contains(untold.getId()));
        Licences licences = new Licences(store);
        licences.suspend(told.getId(), TODAY, null);
        licences.cancel(untold.getId(), TODAY, null);
        try {
            CoverageMatrix after = Coverage.compute(store, p, CoverageFilter.NONE);
            assertEquals(before.retailers() - 2, after.retailers());
            assertEquals(before.told() - 1, after.told());
            assertEquals(before.untold() - 1, after.untold());
            assertFalse(untoldIds(after).contains(untold.getId()), "the cancelled are not listed as untold"); //$NON-NLS-1$
        } finally {
            // the other tests share the demo centre: both back in business (the history stays)
            for (Retailer r : List.of(told, untold)) {
                Retailer stored = store.get(Retailer.class, r.getId());
                stored.setStatus(RetailerStatus.ACTIVE);
                store.update(stored);
            }
        }
    }

    private static List<Long> untoldIds(CoverageMatrix m) {
        return store.retailers().findRetailerRows(m.untoldQuery().page(0, 100_000)).stream().map(Entity::getId).toList();
    }

    @Test
    public void aDateRangeThatEndsBeforeItStartsIsRefused() {
        PublicityException e = assertThrows(PublicityException.class,
                () -> new CoverageFilter(null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)));
        assertTrue(e.getMessage().contains("2026-02-01") && e.getMessage().contains("2026-03-01"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    public void theExportHoldsTheMatrixAndEveryRetailerConcerned() throws Exception {
        Policy policy = policiesWithRandomRecords(new Random(11)).get(1);
        CoverageMatrix m = Coverage.compute(store, policy, CoverageFilter.NONE);
        Path file = dir.resolve("coverage.xlsx"); //$NON-NLS-1$
        assertEquals(m.retailers(), CoverageExport.writeXlsx(store, m, file, new NullProgressMonitor()));
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Row> summary = wb.getSheets().toList().get(0).read();
            Row total = summary.stream().filter(r -> Messages.Export_total.equals(r.getCellText(0))).findFirst().orElseThrow();
            assertEquals(m.retailers(), Long.parseLong(total.getCellText(2)));
            assertEquals(m.told(), Long.parseLong(total.getCellText(3)));
            assertEquals(m.byDistrict().size() + m.byManager().size() + 1,
                    summary.stream().filter(r -> r.getRowNum() > 4).count());
            List<Row> rows = wb.getSheets().toList().get(1).read();
            assertEquals(m.retailers() + 1, rows.size());
            assertEquals(m.told(), rows.stream().skip(1).filter(r -> Messages.Export_yes.equals(r.getCellText(4))).count());
        }

        // a cancelled export leaves the earlier file as it was and no part file
        long size = Files.size(file);
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> CoverageExport.writeXlsx(store, m, file, cancelled));
        assertEquals(size, Files.size(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    private static Long idOf(PublicityRecord r) {
        return r == null ? null : r.getId();
    }

    /** The scopes these tests write: empty, grade=10-30, district=<name>. */
    private static boolean concerns(Policy p, Retailer r, List<District> districts) {
        if (r.getStatus() != RetailerStatus.ACTIVE) {
            return false; // out of business: not told
        }
        String scope = p.getScope() == null ? "" : p.getScope(); //$NON-NLS-1$
        if (scope.isEmpty()) {
            return true;
        }
        if (scope.equals("grade=10-30")) { //$NON-NLS-1$
            return r.getGrade() >= 10 && r.getGrade() <= 30;
        }
        String name = scope.substring("district=".length()); //$NON-NLS-1$
        assertFalse(districts.stream().filter(d -> d.getName().equals(name)).toList().isEmpty(), scope);
        return r.getDistrict().getName().equals(name);
    }

    private static boolean matches(CoverageFilter f, Retailer r) {
        return (f.districtId() == null || r.getDistrict().getId() == f.districtId())
                && (f.customerManagerId() == null
                        || r.getCustomerManager() != null && r.getCustomerManager().getId() == f.customerManagerId());
    }

    private static List<PublicityRecord> told(List<PublicityRecord> records, Policy p, CoverageFilter f, long retailer) {
        return records.stream().filter(x -> x.getRetailer().getId() == retailer && x.getPolicy().getId() == p.getId()
                && (f.from() == null || !x.getDate().isBefore(f.from())) && (f.to() == null || !x.getDate().isAfter(f.to())))
                .toList();
    }

    /** group id → [concerned, told] */
    private static Map<Long, List<Long>> shares(List<Retailer> concerned, List<Retailer> told, Function<Retailer, Long> group) {
        Map<Long, List<Long>> out = new HashMap<>();
        for (Retailer r : concerned) {
            out.merge(group.apply(r), List.of(1L, told.contains(r) ? 1L : 0L),
                    (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1)));
        }
        return out;
    }

    private static Map<Long, List<Long>> shares(List<CoverageMatrix.Share> shares) {
        Map<Long, List<Long>> out = new HashMap<>();
        shares.forEach(s -> assertNull(out.put(s.id(), List.of(s.retailers(), s.told())), "one share per group"));
        return out;
    }

}
