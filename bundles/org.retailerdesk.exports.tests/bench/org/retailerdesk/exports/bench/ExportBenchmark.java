package org.retailerdesk.exports.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.retailerdesk.bench.support.BenchFolder;
import org.retailerdesk.bench.support.BenchResults;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportResult;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.exports.RetailerExport;
import org.retailerdesk.exports.internal.QueryPages;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * The export benchmark behind {@code ./bench export}: a demo centre of N retailers (default
 * 500 000) in a store of its own folder ({@code retailerdesk.bench.dir}, kept in target/ and reused
 * by the next run, else a new temporary folder), then every retailer exported as CSV and
 * as XLSX in the JVM's heap (256 MB, set by the pom), against two raw baselines measured in the
 * same run: paging through the same query reading every row without writing, and writing the same
 * rows' values with a plain Writer (no quoting, no checks). Prints every figure with its goal.
 */
public class ExportBenchmark {

    private static final double CSV_GOAL_SECONDS = 3;
    private static final double XLSX_GOAL_SECONDS = 15;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private final List<ExportColumn> columns = ExportColumn.all();
    private final RetailerQuery query = RetailerQuery.all();

    @Test
    public void run() throws Exception {
        BenchResults results = BenchResults.start("export");
        int n = Integer.getInteger("retailerdesk.bench.retailers", 500_000);
        Path out = BenchFolder.of("retailerdesk.bench.out", "retailerdesk-export-out").path();
        Store store = store(n);
        try {
            out("");
            out("RetailerDesk export benchmark: %,d retailers x %d columns, %d cores, Java %s, max heap %.0f MB",
                    store.retailers().count(query), columns.size(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1e6);
            // one untimed pass so that every measurement below finds Derby's caches and the JIT alike
            long rows = readAll(store);
            out("warm-up: paged through %,d retailers (not timed)", rows);
            out("");
            out("%-52s %8s %12s %9s %9s", "all retailers, pages of " + QueryPages.SIZE + ", grade order", "seconds",
                    "rows/s", "/ read", "/ writer");
            resetPeak();
            long read = time(() -> readAll(store));
            long writer = time(() -> plainWriter(store, out.resolve("plain.txt")));
            report("raw: page through the query, read every row", rows, read, read, writer);
            report("raw: same rows' values with a plain Writer", rows, writer, read, writer);

            long csv = export(store, "csv", out.resolve("retailers.csv"), rows);
            report("CSV export (UTF-8, BOM, quoting, formula check)", rows, csv, read, writer);
            long xlsx = export(store, "xlsx", out.resolve("retailers.xlsx"), rows);
            report("XLSX export (streamed)", rows, xlsx, read, writer);
            out("");
            out("goal CSV  <= %.0f s: %.1f s, %s", CSV_GOAL_SECONDS, csv / 1e9, verdict(csv / 1e9 <= CSV_GOAL_SECONDS));
            out("goal XLSX <= %.0f s with a %.0f MB heap: %.1f s, %s", XLSX_GOAL_SECONDS,
                    Runtime.getRuntime().maxMemory() / 1e6, xlsx / 1e9, verdict(xlsx / 1e9 <= XLSX_GOAL_SECONDS));
            results.atMost("CSV export of all retailers vs raw paging", csv / 1e9, read / 1e9, "s", CSV_GOAL_SECONDS);
            results.atMost(String.format(Locale.ROOT, "XLSX export in a %.0f MB heap vs raw paging",
                    Runtime.getRuntime().maxMemory() / 1e6), xlsx / 1e9, read / 1e9, "s", XLSX_GOAL_SECONDS);
            out("old generation peak over the raw passes and both exports: %.0f MB; files: CSV %.0f MB, XLSX %.0f MB",
                    peakOldGeneration() / 1e6, Files.size(out.resolve("retailers.csv")) / 1e6,
                    Files.size(out.resolve("retailers.xlsx")) / 1e6);
        } finally {
            store.close();
        }
    }

    /** A store on the benchmark's own folder, holding a demo centre of exactly n retailers. */
    private static Store store(int n) throws Exception {
        BenchFolder home = BenchFolder.of("retailerdesk.bench.dir", "retailerdesk-export-bench");
        Store store = new DerbyStore(home.path());
        store.open();
        TempStore.signInAdministrator(store);
        if (store.retailers().count(RetailerQuery.all()) != n) {
            store.close();
            home.clear();
            store.open();
            TempStore.signInAdministrator(store);
            long t0 = System.nanoTime();
            DemoData.load(store, n, DemoData.DEFAULT_SEED, TODAY, new NullProgressMonitor());
            store.bulk().awaitSearchIndex(1, TimeUnit.HOURS);
            out("loaded a demo centre of %,d retailers in %.0f s (not timed below; kept for the next run)", n,
                    (System.nanoTime() - t0) / 1e9);
        }
        return store;
    }

    /** Baseline 1: the store's pages of the query as the export reads them, every row touched, nothing written. */
    private long readAll(Store store) throws IOException {
        long[] rows = { 0, 0 };
        QueryPages.forEach(store, query, r -> {
            rows[1] += r.getShopName().length();
            rows[0]++;
        });
        blackhole = rows[1];
        return rows[0];
    }

    private static long blackhole;

    /** Baseline 2: the same pages, every column's value as text, comma-joined into a plain Writer. */
    private long plainWriter(Store store, Path file) throws IOException {
        long[] rows = { 0 };
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            QueryPages.forEach(store, query, r -> {
                for (ExportColumn c : columns) {
                    w.write(c.text(r, Locale.CHINESE));
                    w.write(',');
                }
                w.write('\n');
                rows[0]++;
            });
        }
        return rows[0];
    }

    private long export(Store store, String format, Path file, long expected) {
        long start = System.nanoTime();
        ExportResult result = RetailerExport.run(store, ExportFormats.get(format),
                ExportRequest.of(new ExportScope.Filter(query)), file, new NullProgressMonitor());
        long nanos = System.nanoTime() - start;
        if (result.rows() != expected) {
            throw new AssertionError(format + " wrote " + result.rows() + " rows, expected " + expected);
        }
        return nanos;
    }

    private static void report(String what, long rows, long nanos, long read, long writer) {
        out("%-52s %8.2f %,12.0f %9.2f %9.2f", what, nanos / 1e9, rows / (nanos / 1e9), (double) nanos / read,
                (double) nanos / writer);
    }

    @FunctionalInterface
    private interface Timed {
        long run() throws Exception;
    }

    private static long time(Timed work) throws Exception {
        long s = System.nanoTime();
        work.run();
        return System.nanoTime() - s;
    }

    private static void resetPeak() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The old generation's peak since {@link #resetPeak()}: what stayed alive long enough to be
     * promoted, so what grows if an export keeps rows (the young pools fill to their size regardless).
     */
    private static long peakOldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured")))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
