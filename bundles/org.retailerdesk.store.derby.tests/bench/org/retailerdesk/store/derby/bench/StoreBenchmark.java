package org.retailerdesk.store.derby.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.api.Test;
import org.retailerdesk.bench.support.BenchFolder;
import org.retailerdesk.bench.support.BenchResults;
import org.retailerdesk.demodata.internal.DemoCentre;
import org.retailerdesk.demodata.internal.RetailerGenerator;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * The store benchmark behind {@code ./bench store}: loads N retailers (default 500 000) through
 * the store's bulk insert and, as the raw baseline, the same rows by a hand-written JDBC batch
 * insert into a second database of the same schema (in alternating slices); then times the list queries against the
 * equivalent plain SQL on the same data. Prints every figure with its goal.
 */
public class StoreBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final long SEED = 11;
    private static final int REPEAT = 7;
    /** The bulk loads are timed in this many slices, alternating between the two databases. */
    private static final int LOAD_SLICES = 10;

    private static BenchResults results;

    /** Every column of RD_RETAILER in the raw baseline's insert, in order. */
    private static final String RAW_INSERT = "INSERT INTO RD_RETAILER (ID, VERSION, CUSTOMER_CODE, LICENCE_NUMBER, SHOP_NAME,"
            + " OWNER, ADDRESS, BUSINESS_SCOPE, BUSINESS_FORMAT, ORDERING_METHOD, STATUS, DISTRICT_ID, MARKET_DEPARTMENT_ID,"
            + " FLOOR_AREA, CUSTOMER_MANAGER_ID, PHONE_ORDER_CLERK_ID, DELIVERY_STAFF_ID, DELIVERY_ROUTE_ID, ORDER_DAY,"
            + " VISIT_BATCH, ORDERS_PER_MONTH, LICENCE_TYPE, LICENCE_ISSUED, LICENCE_EXPIRY, ANNUAL_REVIEW_DATE,"
            + " LICENCE_OFFICER_ID, CLASSIFICATION_CODE, CREDIT_LEVEL, COMPLIANCE_NOTE, MONITORED, MODEL_SHOP,"
            + " MUTUAL_AID_GROUP_ID, GRADE, MARKET_TYPE, SCALE, MONTHLY_QUANTITY, MONTHLY_AMOUNT, AVERAGE_PRICE, BRAND_COUNT,"
            + " STOCK, CONTACT_PERSON, CONTACT_PHONE, CONTACT_ADDRESS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Test
    public void run() throws Exception {
        results = BenchResults.start("store");
        int n = Integer.getInteger("retailerdesk.bench.retailers", 500_000);
        Path dir = BenchFolder.of("retailerdesk.bench.dir", "retailerdesk-store-bench").clear().path();
        out("RetailerDesk store benchmark: %,d retailers, %d cores, Java %s, Derby in %s", n,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), dir);

        DerbyStore raw = new DerbyStore(dir.resolve("raw"));
        DerbyStore store = new DerbyStore(dir.resolve("store"));
        try {
            raw.open();
            TempStore.signInAdministrator(raw);
            store.open();
            TempStore.signInAdministrator(store);
            // Same seed and insertion order: both databases give the reference data the same ids.
            new DemoCentre(n, SEED, TODAY).writeReference(raw);
            DemoCentre centre = new DemoCentre(n, SEED, TODAY);
            centre.writeReference(store);
            long t0 = System.nanoTime();
            RetailerGenerator generator = new RetailerGenerator(centre, SEED, TODAY);
            List<Retailer> retailers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                retailers.add(generator.next());
            }
            out("generated %,d retailer files in memory in %.1f s (not timed below)", n, seconds(t0));

            // Both loads in slices, alternately and each side first every other time: loaded one after
            // the other, whichever went first was measured more than twice as slow, for either side.
            // The indexer is held meanwhile so that it does not slow the baseline down.
            store.pauseSearchIndexing(true);
            List<String> rawSlices = new ArrayList<>();
            List<String> storeSlices = new ArrayList<>();
            long rawNanos = 0;
            long storeNanos = 0;
            long stored = 0;
            int slice = Math.max(BulkLoad.BULK_CHUNK, n / LOAD_SLICES / BulkLoad.BULK_CHUNK * BulkLoad.BULK_CHUNK);
            for (int from = 0, k = 0; from < n; from += slice, k++) {
                List<Retailer> part = retailers.subList(from, Math.min(n, from + slice));
                long r = k % 2 == 0 ? rawInsert(raw, part, from) : 0;
                long s0 = System.nanoTime();
                stored += store.bulk().bulkInsert(Retailer.class, part);
                long st = System.nanoTime() - s0;
                r += k % 2 != 0 ? rawInsert(raw, part, from) : 0;
                rawNanos += r;
                storeNanos += st;
                rawSlices.add(String.format(Locale.ROOT, "%.1f", r / 1e9));
                storeSlices.add(String.format(Locale.ROOT, "%.1f", st / 1e9));
            }
            if (stored != n) {
                throw new AssertionError("bulk insert stored " + stored + " of " + n);
            }
            store.pauseSearchIndexing(false);
            // the search tokens are built by the store's background indexer after the bulk insert
            long backlog = store.bulk().searchIndexBacklog();
            long i0 = System.nanoTime();
            if (!store.bulk().awaitSearchIndex(1, TimeUnit.HOURS)) {
                throw new AssertionError("search index not built within an hour");
            }
            long indexNanos = System.nanoTime() - i0;
            long households = insertHouseholds(store, generator, retailers);
            // nothing generated stays reachable: the heap figure below is the store's, not the benchmark's data
            retailers = null;
            out("stored %,d priority households for the household filter (not timed)", households);
            out("");
            out("%-44s %9s %12s", "bulk load", "seconds", "rows/s");
            out("%-44s %9.1f %,12.0f", "raw JDBC batch insert (baseline)", rawNanos / 1e9, n / (rawNanos / 1e9));
            out("%-44s %9.1f %,12.0f", "store bulkInsert (counts, audit, backlog)", storeNanos / 1e9, n / (storeNanos / 1e9));
            out("%-44s %9.2f   (goal <= 1.5: %s)", "ratio store / raw", (double) storeNanos / rawNanos, verdict(storeNanos <= 1.5 * rawNanos));
            results.ratioAtMost("bulk load: store bulkInsert vs raw JDBC batches", storeNanos / 1e9, rawNanos / 1e9, "s", 1.5);
            out("  seconds per slice of %,d, raw: %s", slice, String.join(" ", rawSlices));
            out("  seconds per slice of %,d, store: %s", slice, String.join(" ", storeSlices));
            out("%-44s %9.1f %,12.0f", "then search tokens in the background", indexNanos / 1e9, n / (indexNanos / 1e9));
            out("  (bulkInsert returns with %,d retailers in the search backlog; text queries check those with LIKE", backlog);
            out("   until the background indexer has built their tokens; the queries below ran after it finished;");
            out("   bulk insert + background tokens / raw: %.2f)", (double) (storeNanos + indexNanos) / rawNanos);

            queries(store);
        } finally {
            store.close();
            raw.close();
        }
    }

    /** The households of the demo centre, so that the household filter has data (not timed). */
    private static long insertHouseholds(DerbyStore store, RetailerGenerator generator, List<Retailer> retailers) {
        List<Entity> records = new ArrayList<>();
        retailers.forEach(r -> generator.recordsFor(r, records));
        List<PriorityHousehold> households = records.stream().filter(PriorityHousehold.class::isInstance)
                .map(PriorityHousehold.class::cast).toList();
        return store.bulk().bulkInsert(PriorityHousehold.class, households);
    }

    /** The baseline: the same rows by plain JDBC batches, one transaction per chunk as the store does. */
    private static long rawInsert(DerbyStore raw, List<Retailer> retailers, int first) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = raw.connection(); PreparedStatement ps = c.prepareStatement(RAW_INSERT)) {
            long id = 1_000_000_000L + first;
            int inBatch = 0;
            for (Retailer r : retailers) {
                int i = 1;
                ps.setLong(i++, id++);
                ps.setInt(i++, 1);
                ps.setString(i++, r.getCustomerCode());
                ps.setString(i++, r.getLicenceNumber());
                ps.setString(i++, r.getShopName());
                ps.setString(i++, r.getOwner());
                ps.setString(i++, r.getAddress());
                ps.setString(i++, r.getBusinessScope());
                ps.setString(i++, name(r.getBusinessFormat()));
                ps.setString(i++, name(r.getOrderingMethod()));
                ps.setString(i++, name(r.getStatus()));
                ps.setLong(i++, r.getDistrict().getId());
                ps.setLong(i++, r.getMarketDepartment().getId());
                ps.setDouble(i++, r.getFloorArea());
                ref(ps, i++, r.getCustomerManager());
                ref(ps, i++, r.getPhoneOrderClerk());
                ref(ps, i++, r.getDeliveryStaff());
                ref(ps, i++, r.getDeliveryRoute());
                ps.setString(i++, name(r.getOrderDay()));
                ps.setString(i++, r.getVisitBatch());
                ps.setInt(i++, r.getOrdersPerMonth());
                ps.setString(i++, name(r.getLicenceType()));
                date(ps, i++, r.getLicenceIssued());
                date(ps, i++, r.getLicenceExpiry());
                date(ps, i++, r.getAnnualReviewDate());
                ref(ps, i++, r.getLicenceOfficer());
                ps.setString(i++, r.getClassificationCode());
                ps.setString(i++, name(r.getCreditLevel()));
                ps.setString(i++, r.getComplianceNote());
                ps.setBoolean(i++, r.isMonitored());
                ps.setBoolean(i++, r.isModelShop());
                ref(ps, i++, r.getMutualAidGroup());
                ps.setInt(i++, r.getGrade());
                ps.setString(i++, name(r.getMarketType()));
                ps.setString(i++, name(r.getScale()));
                ps.setInt(i++, r.getMonthlyQuantity());
                ps.setBigDecimal(i++, r.getMonthlyAmount());
                ps.setBigDecimal(i++, r.getAveragePrice());
                ps.setInt(i++, r.getBrandCount());
                ps.setInt(i++, r.getStock());
                ps.setString(i++, r.getContactPerson());
                ps.setString(i++, r.getContactPhone());
                ps.setString(i++, r.getContactAddress());
                ps.addBatch();
                if (++inBatch == BulkLoad.BULK_CHUNK) {
                    ps.executeBatch();
                    c.commit();
                    inBatch = 0;
                }
            }
            ps.executeBatch();
            c.commit();
        }
        return System.nanoTime() - start;
    }

    private static String name(Enumerator e) {
        return e == null ? null : e.getName();
    }

    private static void ref(PreparedStatement ps, int i, Entity e) throws SQLException {
        if (e == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, e.getId());
        }
    }

    private static void date(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        ps.setDate(i, d == null ? null : java.sql.Date.valueOf(d));
    }

    /** The list queries through the store, each against the plain SQL that answers the same question. */
    private static void queries(DerbyStore store) throws SQLException {
        out("");
        out("%-44s %9s %9s %9s %7s  %s", "query (median of " + REPEAT + ", first run apart)", "first s", "median s", "raw SQL s",
                "ratio", "goal");
        RetailerQuery byGrade = RetailerQuery.all().sortedBy(RetailerSort.GRADE, false).page(0, RetailerQuery.DEFAULT_PAGE_SIZE);
        report("first page sorted by grade (desc)", () -> store.retailers().findRetailers(byGrade).rows().size(),
                () -> rawRows(store, "SELECT * FROM RD_RETAILER ORDER BY GRADE DESC, ID DESC FETCH FIRST 100 ROWS ONLY"), 0.3);
        for (String text : List.of("福源", "经十路", "370102000", "王记", "便利", "经十路12", "超市")) {
            RetailerQuery q = RetailerQuery.all().withText(text).page(0, RetailerQuery.DEFAULT_PAGE_SIZE);
            String like = "%" + text + "%";
            report("text filter \"" + text + "\" (page + total)", () -> store.retailers().findRetailers(q).rows().size(),
                    () -> rawRows(store, "SELECT * FROM RD_RETAILER WHERE SHOP_NAME LIKE ? OR ADDRESS LIKE ?"
                            + " OR CUSTOMER_CODE LIKE ? OR LICENCE_NUMBER LIKE ? ORDER BY ID FETCH FIRST 100 ROWS ONLY",
                            like, like, like, like)
                            + rawRows(store, "SELECT COUNT(*) FROM RD_RETAILER WHERE SHOP_NAME LIKE ? OR ADDRESS LIKE ?"
                                    + " OR CUSTOMER_CODE LIKE ? OR LICENCE_NUMBER LIKE ?", like, like, like, like), 0.1);
        }
        RetailerQuery page100 = byGrade.page(99 * RetailerQuery.DEFAULT_PAGE_SIZE, RetailerQuery.DEFAULT_PAGE_SIZE);
        report("page 100 sorted by grade (desc)", () -> store.retailers().findRetailers(page100).rows().size(),
                () -> rawRows(store, "SELECT * FROM RD_RETAILER ORDER BY GRADE DESC, ID DESC OFFSET 9900 ROWS FETCH NEXT 100 ROWS ONLY"), 0.3);
        long district = store.retailers().findRetailers(byGrade).rows().get(0).getDistrict().getId();
        RetailerQuery inDistrict = byGrade.withDistrict(district);
        report("first page by grade, one district", () -> store.retailers().findRetailers(inDistrict).rows().size(),
                () -> rawRows(store, "SELECT * FROM RD_RETAILER WHERE DISTRICT_ID = " + district
                        + " ORDER BY GRADE DESC, ID DESC FETCH FIRST 100 ROWS ONLY"), 0.3);
        report("per-grade counts, all retailers", () -> store.retailers().countByGrade(RetailerQuery.all()).size(),
                () -> rawRows(store, "SELECT GRADE, COUNT(*) FROM RD_RETAILER GROUP BY GRADE"), 0.1);
        report("per-grade counts, one district", () -> store.retailers().countByGrade(RetailerQuery.all().withDistrict(district)).size(),
                () -> rawRows(store, "SELECT GRADE, COUNT(*) FROM RD_RETAILER WHERE DISTRICT_ID = " + district + " GROUP BY GRADE"), 0.1);
        report("count of priority households", () -> (int) store.retailers().count(RetailerQuery.all().withPriorityHousehold(true, ActiveHouseholds.in(TODAY, TODAY))),
                () -> rawRows(store, "SELECT COUNT(*) FROM RD_RETAILER R WHERE EXISTS (SELECT 1 FROM RD_PRIORITY_HOUSEHOLD H"
                        + " WHERE H.RETAILER_ID = R.ID AND H.ACTIVE = TRUE)"), 0.1);
        report("total count", () -> (int) store.retailers().count(RetailerQuery.all()),
                () -> rawRows(store, "SELECT COUNT(*) FROM RD_RETAILER"), 0.1);

        store.retailers().findRetailers(byGrade);
        store.retailers().countByGrade(RetailerQuery.all());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        out("");
        out("heap used after showing a page and the counts: %.1f MB (max heap %.0f MB)",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
    }

    private static void report(String what, Supplier<Integer> viaStore, RawQuery raw, double goalSeconds) throws SQLException {
        long first = time(viaStore::get);
        long[] storeTimes = new long[REPEAT];
        long[] rawTimes = new long[REPEAT];
        for (int i = 0; i < REPEAT; i++) {
            storeTimes[i] = time(viaStore::get);
            long s = System.nanoTime();
            raw.run();
            rawTimes[i] = System.nanoTime() - s;
        }
        double median = median(storeTimes) / 1e9;
        double rawMedian = median(rawTimes) / 1e9;
        out("%-44s %9.3f %9.3f %9.3f %7.2f  <= %.1f s: %s", what, first / 1e9, median, rawMedian, median / rawMedian,
                goalSeconds, verdict(median <= goalSeconds));
        results.atMost(what, median, rawMedian, "s", goalSeconds);
    }

    @FunctionalInterface
    private interface RawQuery {
        int run() throws SQLException;
    }

    /** Runs plain SQL and reads every column of every row, as a page would. */
    private static int rawRows(DerbyStore store, String sql, String... params) throws SQLException {
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int col = 1; col <= columns; col++) {
                        rs.getObject(col);
                    }
                    rows++;
                }
            }
            c.commit();
            return rows;
        }
    }

    private static long time(Runnable r) {
        long s = System.nanoTime();
        r.run();
        return System.nanoTime() - s;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
