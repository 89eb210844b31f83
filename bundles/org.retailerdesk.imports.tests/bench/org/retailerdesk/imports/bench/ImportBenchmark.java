package org.retailerdesk.imports.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.retailerdesk.bench.support.BenchFolder;
import org.retailerdesk.bench.support.BenchResults;
import org.retailerdesk.demodata.internal.DemoCentre;
import org.retailerdesk.demodata.internal.RetailerGenerator;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.FilePreview;
import org.retailerdesk.imports.ImportField;
import org.retailerdesk.imports.tests.CompanyExport;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.ImportResult;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * The import benchmark behind {@code ./bench import [ROWS]}: writes a CSV of N demo retailers
 * (default 100 000) with the Chinese headers an export has, then times the import's dry run and
 * commit into an empty store. Raw baselines measured in the same run: parsing the same CSV with
 * Commons CSV alone, and {@code Store.bulkInsert} of the same retailers already built in memory,
 * into a second empty store. Goal: dry run + commit of 100 000 rows within 10 s.
 * <p>
 * Then a company's own 15 000-row export ({@link CompanyExport}: GBK, English headers, grades in
 * Chinese numerals, no shop names, a service network the database lacks) into a third store that
 * holds only its service centre, with "create missing references": goals dry run ≤ 5 s, commit
 * ≤ 10 s; baseline: parsing the same file with Commons CSV alone.
 */
public class ImportBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final long SEED = 13;
    private static final double GOAL_SECONDS_PER_100K = 10.0;
    private static final int COMPANY_ROWS = 15_000;
    private static final double COMPANY_DRY_RUN_GOAL = 5.0;
    private static final double COMPANY_COMMIT_GOAL = 10.0;

    @Test
    public void run() throws Exception {
        BenchResults results = BenchResults.start("import");
        int n = Integer.getInteger("retailerdesk.bench.rows", 100_000);
        Path dir = BenchFolder.of("retailerdesk.bench.dir", "retailerdesk-import-bench").clear().path();
        out("RetailerDesk import benchmark: %,d rows, %d cores, Java %s, in %s", n,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), dir);

        DerbyStore raw = new DerbyStore(dir.resolve("raw"));
        DerbyStore store = new DerbyStore(dir.resolve("import"));
        try {
            raw.open();
            TempStore.signInAdministrator(raw);
            store.open();
            TempStore.signInAdministrator(store);
            // same seed and insertion order: both stores give the reference data the same ids
            new DemoCentre(n, SEED, TODAY).writeReference(raw);
            DemoCentre centre = new DemoCentre(n, SEED, TODAY);
            centre.writeReference(store);
            RetailerGenerator generator = new RetailerGenerator(centre, SEED, TODAY);
            List<Retailer> retailers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                retailers.add(generator.next());
            }
            Path csv = dir.resolve("retailers.csv");
            writeCsv(csv, retailers);
            out("wrote %s: %,d rows, %.1f MB, headers as zh labels (not timed)", csv.getFileName(), n,
                    Files.size(csv) / 1e6);

            // baseline 1: reading the file with Commons CSV, nothing else
            long p0 = System.nanoTime();
            long cells = parseOnly(csv, StandardCharsets.UTF_8);
            long parseNanos = System.nanoTime() - p0;

            // the import: dry run, then commit, into the empty store
            long d0 = System.nanoTime();
            FilePreview preview = RetailerImport.preview(csv, ImportOptions.defaults());
            RetailerImport importer = new RetailerImport(store);
            DryRun run = importer.dryRun(csv, ImportOptions.defaults(), preview.mapping(), new NullProgressMonitor());
            long dryNanos = System.nanoTime() - d0;
            if (run.count(RowStatus.NEW) != n) {
                throw new AssertionError("dry run: " + run.count(RowStatus.NEW) + " new of " + n + ", first rejections "
                        + run.rejections().stream().limit(5).toList());
            }
            store.pauseSearchIndexing(true); // the indexer runs after either load; keep it out of both timings
            long c0 = System.nanoTime();
            ImportResult result = importer.commit(run, false, new NullProgressMonitor());
            long commitNanos = System.nanoTime() - c0;
            if (result.inserted() != n || store.retailers().count(RetailerQuery.all()) != n) {
                throw new AssertionError("commit inserted " + result.inserted());
            }

            // baseline 2: the store's own bulk insert of the same retailers, already built
            raw.pauseSearchIndexing(true);
            long b0 = System.nanoTime();
            long bulk = raw.bulk().bulkInsert(Retailer.class, retailers);
            long bulkNanos = System.nanoTime() - b0;
            if (bulk != n) {
                throw new AssertionError("bulk insert stored " + bulk);
            }

            long importNanos = dryNanos + commitNanos;
            out("");
            out("%-52s %9s %12s", "", "seconds", "rows/s");
            out("%-52s %9.2f %,12.0f", "parse the CSV alone, Commons CSV (baseline 1)", parseNanos / 1e9, n / (parseNanos / 1e9));
            out("%-52s %9.2f %,12.0f", "store bulkInsert of built retailers (baseline 2)", bulkNanos / 1e9, n / (bulkNanos / 1e9));
            out("%-52s %9.2f %,12.0f", "import dry run (decode, parse, map, validate, match)", dryNanos / 1e9, n / (dryNanos / 1e9));
            out("%-52s %9.2f %,12.0f", "import commit (one transaction)", commitNanos / 1e9, n / (commitNanos / 1e9));
            out("%-52s %9.2f %,12.0f", "import total", importNanos / 1e9, n / (importNanos / 1e9));
            out("  (%,d cells parsed in baseline 1)", cells);
            out("ratio dry run / parse alone: %.1f", (double) dryNanos / parseNanos);
            out("ratio commit / bulkInsert:   %.2f", (double) commitNanos / bulkNanos);
            out("ratio import / (parse + bulkInsert): %.2f", (double) importNanos / (parseNanos + bulkNanos));
            double goal = GOAL_SECONDS_PER_100K * n / 100_000;
            out("goal: import of %,d rows <= %.1f s: %s", n, goal, importNanos / 1e9 <= goal ? "MET" : "NOT MET");
            results.atMost(String.format(Locale.ROOT, "import of %,d rows (dry run + commit) vs parse + bulkInsert", n),
                    importNanos / 1e9, (parseNanos + bulkNanos) / 1e9, "s", goal);
        } finally {
            store.close();
            raw.close();
        }
        companyExport(results, dir);
    }

    /** The company's export into an empty centre, creating its service network and staff. */
    private static void companyExport(BenchResults results, Path dir) throws Exception {
        DerbyStore store = new DerbyStore(dir.resolve("company"));
        try {
            store.open();
            TempStore.signInAdministrator(store);
            ServiceCentre centre = RetailerdeskFactory.eINSTANCE.createServiceCentre();
            centre.setCode("SC6201");
            centre.setName("兰州市烟草公司客户服务中心");
            store.insert(centre);
            Path file = CompanyExport.write(dir.resolve("company.csv"), COMPANY_ROWS);
            out("");
            out("company export: %,d rows, %.1f MB GBK, English headers, grades 九档/第9档, no shop names, "
                    + "an empty centre (not timed)", COMPANY_ROWS, Files.size(file) / 1e6);
            long p0 = System.nanoTime();
            long cells = parseOnly(file, CompanyExport.GBK);
            long parseNanos = System.nanoTime() - p0;

            ImportOptions options = ImportOptions.defaults().withCreateMissing(true);
            long d0 = System.nanoTime();
            RetailerImport importer = new RetailerImport(store);
            DryRun run = importer.dryRun(file, options, RetailerImport.preview(file, options).mapping(),
                    new NullProgressMonitor());
            long dryNanos = System.nanoTime() - d0;
            if (run.count(RowStatus.NEW) != COMPANY_ROWS) {
                throw new AssertionError("company dry run: " + run.count(RowStatus.NEW) + " new, first rejections "
                        + run.rejections().stream().limit(5).toList());
            }
            store.pauseSearchIndexing(true);
            long c0 = System.nanoTime();
            importer.commit(run, false, new NullProgressMonitor());
            long commitNanos = System.nanoTime() - c0;
            if (store.retailers().count(RetailerQuery.all()) != COMPANY_ROWS) {
                throw new AssertionError("company commit");
            }
            out("%-52s %9s %12s", "", "seconds", "rows/s");
            out("%-52s %9.2f %,12.0f", "parse the company file alone (baseline)", parseNanos / 1e9,
                    COMPANY_ROWS / (parseNanos / 1e9));
            out("%-52s %9.2f %,12.0f", "dry run, creating the missing references", dryNanos / 1e9,
                    COMPANY_ROWS / (dryNanos / 1e9));
            out("%-52s %9.2f %,12.0f", "commit: " + run.created().size() + " entries, then the retailers",
                    commitNanos / 1e9, COMPANY_ROWS / (commitNanos / 1e9));
            out("  (%,d cells parsed in the baseline; %,d warnings; %s)", cells, run.warnings().size(),
                    String.join("; ", run.createdSummary().stream().map(l -> l.replaceAll("[:：].*", "")).toList()));
            out("goal: dry run <= %.0f s: %s; commit <= %.0f s: %s", COMPANY_DRY_RUN_GOAL,
                    dryNanos / 1e9 <= COMPANY_DRY_RUN_GOAL ? "MET" : "NOT MET", COMPANY_COMMIT_GOAL,
                    commitNanos / 1e9 <= COMPANY_COMMIT_GOAL ? "MET" : "NOT MET");
            results.atMost(String.format(Locale.ROOT, "company export of %,d rows: dry run, create missing vs parse",
                    COMPANY_ROWS), dryNanos / 1e9, parseNanos / 1e9, "s", COMPANY_DRY_RUN_GOAL);
            results.atMost(String.format(Locale.ROOT, "company export of %,d rows: commit vs parse", COMPANY_ROWS),
                    commitNanos / 1e9, parseNanos / 1e9, "s", COMPANY_COMMIT_GOAL);
        } finally {
            store.close();
        }
    }

    /** Every import field, headed by its zh label; references by code, choices by zh label. */
    private static void writeCsv(Path file, List<Retailer> retailers) throws IOException {
        // every field that fills a feature (the membership column fills none)
        List<ImportField> fields = java.util.Arrays.stream(ImportField.values()).filter(f -> f.feature() != null).toList();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            for (ImportField f : fields) {
                p.print(f.label(Locale.CHINESE));
            }
            p.println();
            for (Retailer r : retailers) {
                for (ImportField f : fields) {
                    p.print(text(r, f.feature()));
                }
                p.println();
            }
        }
    }

    private static String text(Retailer r, EStructuralFeature f) {
        if (!r.eIsSet(f) && f.isUnsettable()) {
            return "";
        }
        Object v = r.eGet(f, false);
        if (v == null) {
            return "";
        } else if (v instanceof Enumerator e) {
            return ModelLabels.valueLabel(e, Locale.CHINESE);
        } else if (v instanceof Boolean b) {
            return b ? "是" : "否";
        } else if (v instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (v instanceof Entity e) {
            // a district, department, route, mutual-aid group or member of staff by its code
            return String.valueOf(e.eGet(e.eClass().getEStructuralFeature("code")));
        }
        return v.toString();
    }

    private static long parseOnly(Path csv, Charset charset) throws IOException {
        String text = new String(Files.readAllBytes(csv), charset);
        long cells = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                cells += record.size();
            }
        }
        return cells;
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
