package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.derby.internal.DerbyStore;

/**
 * Measures bulk insert against a raw JDBC batch insert of the same rows, and the retailer list's
 * queries at that size. Opt-in, as it takes minutes:
 * {@code -Dretailerdesk.test.vmargs="-Xmx2g -Dretailerdesk.bench.retailers=500000"}.
 */
@EnabledIfSystemProperty(named = "retailerdesk.bench.retailers", matches = "\\d+")
public class BenchmarkTest {

    @TempDir
    Path home;

    @Test
    public void bulkInsertAndQueries() throws Exception {
        int n = Integer.getInteger("retailerdesk.bench.retailers"); //$NON-NLS-1$
        long raw = rawJdbc(home.resolve("raw"), n); //$NON-NLS-1$
        DerbyStore store = new DerbyStore(home.resolve("store")); //$NON-NLS-1$
        try {
            store.open();
            Retailers data = new Retailers(store, 1);
            long t0 = System.nanoTime();
            long stored = store.bulkInsert(Fixtures.ACTOR, Retailer.class, () -> new java.util.Iterator<Retailer>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < n;
                }

                @Override
                public Retailer next() {
                    return data.retailer(i++);
                }
            });
            long bulk = System.nanoTime() - t0;
            assertEquals(n, stored);
            report("raw JDBC batch insert of " + n + " retailers", raw); //$NON-NLS-1$ //$NON-NLS-2$
            report("store bulk insert of " + n + " retailers", bulk); //$NON-NLS-1$ //$NON-NLS-2$
            System.out.printf("BENCH ratio bulk/raw = %.2f%n", (double) bulk / raw); //$NON-NLS-1$

            RetailerQuery all = RetailerQuery.all();
            time("page 1 sorted by grade desc", () -> store.findRetailers(all)); //$NON-NLS-1$
            time("page 1 sorted by grade asc", () -> store.findRetailers(all.sortedBy(RetailerSort.GRADE, true))); //$NON-NLS-1$
            time("page 100 sorted by grade desc", () -> store.findRetailers(all.page(9900, 100))); //$NON-NLS-1$
            time("page 1 by grade, one district", //$NON-NLS-1$
                    () -> store.findRetailers(all.withDistrict(data.districts.get(3).getId())));
            time("page 1 sorted by shop name", () -> store.findRetailers(all.sortedBy(RetailerSort.SHOP_NAME, true))); //$NON-NLS-1$
            time("text: shop name '王李'", () -> store.findRetailers(all.withText("王李"))); //$NON-NLS-1$ //$NON-NLS-2$
            time("text: address '人民路12'", () -> store.findRetailers(all.withText("人民路12"))); //$NON-NLS-1$ //$NON-NLS-2$
            time("text: code prefix '330100001'", () -> store.findRetailers(all.withText("330100001"))); //$NON-NLS-1$ //$NON-NLS-2$
            time("text: common '便利'", () -> store.findRetailers(all.withText("便利"))); //$NON-NLS-1$ //$NON-NLS-2$
            time("countByGrade, all", () -> store.countByGrade(all)); //$NON-NLS-1$
            time("countByGrade, urban", () -> store.countByGrade(all.withMarketType(org.retailerdesk.model.MarketType.URBAN))); //$NON-NLS-1$
            time("countByGrade, one district", //$NON-NLS-1$
                    () -> store.countByGrade(all.withDistrict(data.districts.get(3).getId())));
            time("countByGrade, one customer manager", //$NON-NLS-1$
                    () -> store.countByGrade(all.withCustomerManager(data.managers.get(7).getId())));
            time("count, priority households", () -> store.count(all.withPriorityHousehold(true))); //$NON-NLS-1$
        } finally {
            store.close();
        }
    }

    /** The same rows through one hand-written INSERT, batches of 1000, a commit per batch. */
    private static long rawJdbc(Path home, int n) throws Exception {
        DerbyStore store = new DerbyStore(home);
        try {
            store.open();
            Retailers data = new Retailers(store, 1);
            long t0 = System.nanoTime();
            try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement("INSERT INTO RD_RETAILER" //$NON-NLS-1$
                    + " (ID, VERSION, CUSTOMER_CODE, LICENCE_NUMBER, SHOP_NAME, OWNER, ADDRESS, BUSINESS_FORMAT, STATUS," //$NON-NLS-1$
                    + " DISTRICT_ID, MARKET_DEPARTMENT_ID, CUSTOMER_MANAGER_ID, MONITORED, MODEL_SHOP, GRADE, MARKET_TYPE," //$NON-NLS-1$
                    + " CREDIT_LEVEL, MONTHLY_AMOUNT, LICENCE_ISSUED, CONTACT_PHONE)" //$NON-NLS-1$
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                for (int i = 0; i < n; i++) {
                    Retailer r = data.retailer(i);
                    int k = 1;
                    ps.setLong(k++, 10_000_000L + i);
                    ps.setInt(k++, 1);
                    ps.setString(k++, r.getCustomerCode());
                    ps.setString(k++, r.getLicenceNumber());
                    ps.setString(k++, r.getShopName());
                    ps.setString(k++, r.getOwner());
                    ps.setString(k++, r.getAddress());
                    ps.setString(k++, r.getBusinessFormat().getName());
                    ps.setString(k++, r.getStatus().getName());
                    ps.setLong(k++, r.getDistrict().getId());
                    ps.setLong(k++, r.getMarketDepartment().getId());
                    ps.setLong(k++, r.getCustomerManager().getId());
                    ps.setBoolean(k++, r.isMonitored());
                    ps.setBoolean(k++, r.isModelShop());
                    ps.setInt(k++, r.getGrade());
                    ps.setString(k++, r.getMarketType().getName());
                    ps.setString(k++, r.getCreditLevel().getName());
                    ps.setBigDecimal(k++, r.getMonthlyAmount());
                    ps.setDate(k++, Date.valueOf(r.getLicenceIssued()));
                    ps.setString(k++, r.getContactPhone());
                    ps.addBatch();
                    if ((i + 1) % Store.BULK_CHUNK == 0 || i == n - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            return System.nanoTime() - t0;
        } finally {
            store.close();
        }
    }

    private static void time(String what, Supplier<?> query) {
        long[] runs = new long[5];
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            query.get();
            runs[i] = System.nanoTime() - t0;
        }
        long first = runs[0];
        Arrays.sort(runs);
        System.out.printf("BENCH %-40s first %7.1f ms, median %7.1f ms%n", what, first / 1e6, runs[2] / 1e6); //$NON-NLS-1$
    }

    private static void report(String what, long nanos) {
        System.out.printf("BENCH %-40s %8.1f s%n", what, nanos / 1e9); //$NON-NLS-1$
    }
}
