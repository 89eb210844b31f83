package org.retailerdesk.visits.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.retailerdesk.bench.support.BenchFolder;
import org.retailerdesk.bench.support.BenchResults;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.VisitQueries;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.visits.WeeklyVisits;
import org.retailerdesk.testsupport.TempStore;

/**
 * The visit log benchmark behind {@code ./bench visits}: a demo centre of N retailers (default
 * 500 000, about half of them with a visit in the last year), then the Visit Log's questions as
 * the view asks them, each against a raw baseline in plain SQL on the same data measured in the
 * same run: the weekly counts against counting the same visits, "not visited for 30 days" (first
 * page and total) against counting the retailers of the same district or manager.
 */
public class VisitBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final int REPEAT = 5;

    private static BenchResults results;

    @Test
    public void run() throws Exception {
        results = BenchResults.start("visits");
        int n = Integer.getInteger("retailerdesk.bench.retailers", 500_000);
        Path dir = BenchFolder.of("retailerdesk.bench.dir", "retailerdesk-visits-bench").clear().path();
        out("RetailerDesk visit log benchmark: %,d retailers, %d cores, Java %s", n,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        DerbyStore store = new DerbyStore(dir);
        store.open();
        TempStore.signInAdministrator(store);
        try {
            long start = System.nanoTime();
            DemoData.load(store, n, 11, TODAY, new NullProgressMonitor());
            out("demo centre written in %.0f s", (System.nanoTime() - start) / 1e9);
            long visits = raw(store, "SELECT COUNT(*) FROM RD_VISIT", List.of());
            out("%,d visits", visits);
            District district = store.findAll(District.class).get(0);
            long inDistrict = store.retailers().count(RetailerQuery.all().withDistrict(district.getId()));
            Retailer any = store.retailers().findRetailerRows(RetailerQuery.all().withDistrict(district.getId()).page(0, 1)).get(0);
            long manager = any.getCustomerManager().getId();
            long ofManager = store.retailers().count(RetailerQuery.all().withCustomerManager(manager));
            LocalDate from = TODAY.minusWeeks(7);
            LocalDate since = TODAY.minusDays(30);

            compare("weekly counts, 8 weeks, whole centre", () -> WeeklyVisits.read(store, from, TODAY, null).weeks().size(),
                    "count of those visits", () -> raw(store, "SELECT COUNT(*) FROM RD_VISIT WHERE DATE BETWEEN ? AND ?",
                            List.of(Date.valueOf(WeeklyVisits.weekOf(from)), Date.valueOf(TODAY))));
            compare("weekly counts, 8 weeks, district " + district.getName() + " (" + inDistrict + " retailers)",
                    () -> WeeklyVisits.read(store, from, TODAY, district.getId()).weeks().size(),
                    "count of those visits", () -> raw(store, "SELECT COUNT(*) FROM RD_VISIT V JOIN RD_RETAILER R"
                            + " ON R.ID = V.RETAILER_ID WHERE V.DATE BETWEEN ? AND ? AND R.DISTRICT_ID = ?",
                            List.of(Date.valueOf(WeeklyVisits.weekOf(from)), Date.valueOf(TODAY), district.getId())));
            compare("one manager's visits of 8 weeks", () -> store.role(VisitQueries.class).findVisits(manager, from, TODAY).size(),
                    "count of them", () -> raw(store, "SELECT COUNT(*) FROM RD_VISIT WHERE VISITOR_ID = ? AND DATE BETWEEN ? AND ?",
                            List.of(manager, Date.valueOf(from), Date.valueOf(TODAY))));
            compare("not visited for 30 days, district (" + inDistrict + " retailers): 500 rows + total",
                    () -> store.role(VisitQueries.class).findRetailersNotVisitedSince(RetailerQuery.all().withDistrict(district.getId()).page(0, 500),
                            since).total(),
                    "count of the district's retailers", () -> raw(store,
                            "SELECT COUNT(*) FROM RD_RETAILER WHERE DISTRICT_ID = ?", List.of(district.getId())));
            compare("not visited for 30 days, one manager (" + ofManager + " retailers)",
                    () -> store.role(VisitQueries.class).findRetailersNotVisitedSince(RetailerQuery.all().withCustomerManager(manager).page(0, 500),
                            since).total(),
                    "count of the manager's retailers", () -> raw(store,
                            "SELECT COUNT(*) FROM RD_RETAILER WHERE CUSTOMER_MANAGER_ID = ?", List.of(manager)));
            compare("not visited for 30 days, whole centre: 500 rows + total",
                    () -> store.role(VisitQueries.class).findRetailersNotVisitedSince(RetailerQuery.all().page(0, 500), since).total(),
                    "count of all retailers", () -> raw(store, "SELECT COUNT(*) FROM RD_RETAILER", List.of()));
        } finally {
            store.close();
        }
    }

    /** Times the query and its baseline alternately, {@value #REPEAT} times each; prints the medians and the ratio. */
    private static void compare(String what, Callable<Object> query, String baselineName, Callable<Object> baseline)
            throws Exception {
        query.call(); // warm: statements compiled, pages cached, as for a view that asks again
        baseline.call();
        double[] q = new double[REPEAT];
        double[] b = new double[REPEAT];
        Object answer = null;
        for (int i = 0; i < REPEAT; i++) {
            long t = System.nanoTime();
            answer = query.call();
            q[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            baseline.call();
            b[i] = (System.nanoTime() - t) / 1e6;
        }
        double mq = median(q);
        double mb = median(b);
        out("%-75s %8.1f ms  (answer %s) | raw: %s %8.1f ms | ratio %.1f", what, mq, answer, baselineName, mb,
                mq / Math.max(mb, 0.001));
        results.measured(what, mq, mb, "ms");
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long raw(DerbyStore store, String sql, List<Object> params) throws Exception {
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                c.commit();
                return v;
            }
        }
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
