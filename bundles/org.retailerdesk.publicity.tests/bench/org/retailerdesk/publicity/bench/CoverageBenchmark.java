package org.retailerdesk.publicity.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.retailerdesk.bench.support.BenchFolder;
import org.retailerdesk.bench.support.BenchResults;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PolicyCategory;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.publicity.Coverage;
import org.retailerdesk.publicity.CoverageFilter;
import org.retailerdesk.publicity.CoverageMatrix;
import org.retailerdesk.publicity.Policies;
import org.retailerdesk.publicity.PublicityRecords;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * The coverage benchmark behind {@code ./bench publicity}: a centre of N retailers (default 500 000:
 * a copy of the view benchmark's database when {@code -Dretailerdesk.bench.source} names it, else a
 * demo centre written, both in a store of its own folder: {@code retailerdesk.bench.dir}, kept in
 * target/, else a new temporary folder), a policy concerning every retailer, told by a group
 * meeting to the district's retailers of grade 8 and above, then the coverage matrix of that district
 * opened as the Coverage Matrix view opens it: the grouped counts, the first page of retailers
 * concerned and their latest records. Printed with a raw baseline from the same run, a plain count
 * of the district's retailers, and the ratio; the goal is 1 s.
 */
public class CoverageBenchmark {

    private static final double GOAL_SECONDS = 1;
    private static final int RUNS = 5;
    private static final int PAGE = RetailerQuery.DEFAULT_PAGE_SIZE;
    private static final String POLICY_CODE = "BENCH-ALL"; //$NON-NLS-1$

    @Test
    public void run() throws Exception {
        BenchResults results = BenchResults.start("publicity"); //$NON-NLS-1$
        int n = Integer.getInteger("retailerdesk.bench.retailers", 500_000); //$NON-NLS-1$
        Store store = store(n);
        try {
            District district = largestDistrict(store);
            RetailerQuery inDistrict = RetailerQuery.all().withDistrict(district.getId());
            Policy policy = policy(store, inDistrict);
            CoverageFilter filter = new CoverageFilter(district.getId(), null, null, null);
            out(""); //$NON-NLS-1$
            out("RetailerDesk coverage benchmark: %,d retailers, district %s (%,d retailers), policy %s (scope: all), %d cores", //$NON-NLS-1$
                    store.retailers().count(RetailerQuery.all()), district.getName(), store.retailers().count(inDistrict), policy.getCode(),
                    Runtime.getRuntime().availableProcessors());
            long[] matrix = new long[RUNS];
            long[] count = new long[RUNS];
            CoverageMatrix last = null;
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                last = open(store, policy, filter);
                matrix[i] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                long plain = store.retailers().count(inDistrict);
                count[i] = System.nanoTime() - t1;
                if (plain != last.retailers()) {
                    throw new AssertionError("matrix counts " + last.retailers() + ", plain count " + plain); //$NON-NLS-1$
                }
            }
            out("matrix: %,d concerned, %,d told (%.1f %%), %d managers", last.retailers(), last.told(), //$NON-NLS-1$
                    last.percent(), last.byManager().size());
            out("%-60s %9s %9s", "", "first s", "median s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            out("%-60s %9.3f %9.3f", "coverage matrix of the district (counts + first page + latest)", //$NON-NLS-1$ //$NON-NLS-2$
                    matrix[0] / 1e9, median(matrix) / 1e9);
            out("%-60s %9.3f %9.3f", "raw: plain count of the district's retailers", count[0] / 1e9, //$NON-NLS-1$ //$NON-NLS-2$
                    median(count) / 1e9);
            out("ratio matrix / plain count (medians): %.1f", (double) median(matrix) / Math.max(1, median(count))); //$NON-NLS-1$
            out("goal <= %.0f s: first %.3f s, median %.3f s, %s", GOAL_SECONDS, matrix[0] / 1e9, median(matrix) / 1e9, //$NON-NLS-1$
                    matrix[0] / 1e9 <= GOAL_SECONDS ? "met" : "NOT MET"); //$NON-NLS-1$ //$NON-NLS-2$
            results.atMost("coverage matrix of a district, first opening, vs a plain count", matrix[0] / 1e9, //$NON-NLS-1$
                    count[0] / 1e9, "s", GOAL_SECONDS); //$NON-NLS-1$
            out(""); //$NON-NLS-1$
        } finally {
            store.close();
        }
    }

    /** What the Coverage Matrix view reads when it opens: the matrix, the first page of retailers and their records. */
    private static CoverageMatrix open(Store store, Policy policy, CoverageFilter filter) {
        CoverageMatrix m = Coverage.compute(store, policy, filter);
        List<Retailer> page = store.retailers().findRetailerRows(m.concerned().page(0, PAGE));
        Map<Long, PublicityRecord> latest = Coverage.latest(store, m, page.stream().map(Retailer::getId).toList());
        if (page.isEmpty() || latest.isEmpty() && m.told() > 0 && m.told() == m.retailers()) {
            throw new AssertionError("nothing read"); //$NON-NLS-1$
        }
        return m;
    }

    /** The benchmark's policy; the first run creates it and records a meeting for the district's grades 8 and up (timed once). */
    private static Policy policy(Store store, RetailerQuery inDistrict) {
        for (Policy p : store.findAll(Policy.class)) {
            if (POLICY_CODE.equals(p.getCode())) {
                return p;
            }
        }
        RetailerdeskFactory f = RetailerdeskFactory.eINSTANCE;
        Policy p = f.createPolicy();
        p.setCode(POLICY_CODE);
        p.setTitle("全体零售户适用的宣传（基准测试）"); //$NON-NLS-1$
        p.setCategory(PolicyCategory.COMPANY_STRATEGY);
        p.setScope(""); //$NON-NLS-1$
        Policy saved = Policies.save(store, p);
        PublicityRecord meeting = f.createPublicityRecord();
        meeting.setPolicy(saved);
        meeting.setDate(LocalDate.now().minusDays(7));
        meeting.setChannel(PublicityChannel.GROUP_MEETING);
        meeting.setDeliveredBy(store.findAll(Staff.class).get(0));
        meeting.setAcknowledgement(Acknowledgement.SIGNED);
        long t0 = System.nanoTime();
        long stored = PublicityRecords.recordMeeting(store, meeting, inDistrict.withGrades(8, null),
                new NullProgressMonitor());
        out("group meeting recorded for %,d retailers in one transaction: %.1f s (once; kept for the next run)", stored, //$NON-NLS-1$
                (System.nanoTime() - t0) / 1e9);
        return saved;
    }

    private static District largestDistrict(Store store) {
        return store.findAll(District.class).stream()
                .max(Comparator.comparingLong(d -> store.retailers().count(RetailerQuery.all().withDistrict(d.getId())))).orElseThrow();
    }

    /** A store on the benchmark's own folder with a centre of n retailers: copied, kept from a former run, or written. */
    private static Store store(int n) throws Exception {
        BenchFolder folder = BenchFolder.of("retailerdesk.bench.dir", "retailerdesk-publicity-bench"); //$NON-NLS-1$ //$NON-NLS-2$
        Path home = folder.path();
        String source = System.getProperty("retailerdesk.bench.source", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (!source.isBlank() && !Files.exists(home.resolve("db"))) { //$NON-NLS-1$
            long t0 = System.nanoTime();
            copyTree(Path.of(source).resolve("db"), home.resolve("db")); //$NON-NLS-1$ //$NON-NLS-2$
            out("copied %s in %.0f s (not timed below; kept for the next run)", source, (System.nanoTime() - t0) / 1e9); //$NON-NLS-1$
        }
        Store store = new DerbyStore(home);
        store.open();
        TempStore.signInAdministrator(store);
        if (store.retailers().count(RetailerQuery.all()) != n) {
            store.close();
            folder.clear();
            store.open();
            TempStore.signInAdministrator(store);
            long t0 = System.nanoTime();
            DemoData.load(store, n, DemoData.DEFAULT_SEED, LocalDate.now(), new NullProgressMonitor());
            out("loaded a demo centre of %,d retailers in %.0f s (not timed below; kept for the next run)", n, //$NON-NLS-1$
                    (System.nanoTime() - t0) / 1e9);
        }
        store.bulk().awaitSearchIndex(1, TimeUnit.HOURS);
        return store;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lck")) { //$NON-NLS-1$
                    // the lock files say who has the source open; the copy is ours alone
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
