package org.retailerdesk.allocation.outcome.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.retailerdesk.bench.support.BenchFolder;
import org.retailerdesk.bench.support.BenchResults;
import org.retailerdesk.allocation.outcome.OutcomeQuery;
import org.retailerdesk.allocation.outcome.OutcomeReport;
import org.retailerdesk.allocation.outcome.OutcomeReports;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationMethod;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.model.Staff;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * The outcome report benchmark behind {@code ./bench outcome}: N retailers (default 500 000), 2 %
 * of them priority households, one published round with a line per retailer; times the report
 * against, in the same run, the raw baseline of one hand-written GROUP BY over the round's lines
 * (the least any report must read), and once the naive way of reading every line as an object.
 */
public class OutcomeBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final int REPEAT = 5;
    /** An outcome report is asked for interactively: the view must answer within this. */
    private static final double GOAL_SECONDS = 3;
    private static final String RAW = "SELECT r.DISTRICT_ID, COUNT(*), SUM(l.QUANTITY) FROM RD_ALLOCATION_LINE l" //$NON-NLS-1$
            + " JOIN RD_RETAILER r ON r.ID = l.RETAILER_ID WHERE l.ROUND_ID = ? GROUP BY r.DISTRICT_ID"; //$NON-NLS-1$

    private final RetailerdeskFactory f = RetailerdeskFactory.eINSTANCE;

    @Test
    public void run() throws Exception {
        BenchResults results = BenchResults.start("outcome"); //$NON-NLS-1$
        int n = Integer.getInteger("retailerdesk.bench.retailers", 500_000); //$NON-NLS-1$
        Path dir = BenchFolder.of("retailerdesk.bench.dir", "retailerdesk-outcome-bench").clear().path(); //$NON-NLS-1$ //$NON-NLS-2$
        out("RetailerDesk outcome report benchmark: %,d retailers, one round of %,d lines, %d cores, Java %s", n, n, //$NON-NLS-1$
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")); //$NON-NLS-1$
        DerbyStore store = new DerbyStore(dir);
        try {
            store.open();
            TempStore.signInAdministrator(store);
            // the report never searches text: the search tokens of 500 000 retailers would only slow the filling
            store.pauseSearchIndexing(true);
            long t0 = System.nanoTime();
            AllocationRound round = fill(store, n);
            out("stored %,d retailers, their households and the round's lines in %.0f s (not timed below)", n, //$NON-NLS-1$
                    (System.nanoTime() - t0) / 1e9);
            OutcomeQuery query = OutcomeQuery.of(TODAY.withDayOfMonth(1), TODAY);
            OutcomeReport[] last = new OutcomeReport[1];
            long[] rawCartons = new long[1];
            // alternately, so that neither side has the database's cache to itself
            double[] report = new double[REPEAT];
            double[] raw = new double[REPEAT];
            for (int i = 0; i < REPEAT; i++) {
                report[i] = seconds(() -> {
                    last[0] = OutcomeReports.compute(store, query, new NullProgressMonitor());
                    return last[0].overall().cartons();
                });
                raw[i] = seconds(() -> rawCartons[0] = raw(store, round.getId()));
            }
            if (last[0].overall().cartons() != rawCartons[0]) {
                throw new AssertionError("report " + last[0].overall().cartons() + " cartons, raw " + rawCartons[0]); //$NON-NLS-1$ //$NON-NLS-2$
            }
            double naive = seconds(() -> store.findAll(AllocationLine.class).stream().mapToLong(AllocationLine::getQuantity).sum());
            double r = median(report);
            double b = median(raw);
            out(""); //$NON-NLS-1$
            out("%-60s %8s %8s", "", "median", "first"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            out("%-60s %7.2fs %7.2fs", "raw: one GROUP BY over the round's lines (baseline)", b, raw[0]); //$NON-NLS-1$
            out("%-60s %7.2fs %7.2fs", "outcome report (the GROUP BY, then the households' lines)", r, report[0]); //$NON-NLS-1$
            out("%-60s %7.2f", "ratio report / raw", r / b); //$NON-NLS-1$
            out("%-60s %7.2fs  (%.0f x the report)", "naive: every line read as an object (once)", naive, naive / r); //$NON-NLS-1$
            out("report: %,d retailers, %,d households, %,d of %,d cartons to households; goal <= %.0f s: %s", //$NON-NLS-1$
                    last[0].overall().retailers(), last[0].overall().households(), last[0].overall().householdCartons(),
                    last[0].overall().cartons(), GOAL_SECONDS, r <= GOAL_SECONDS ? "met" : "MISSED"); //$NON-NLS-1$ //$NON-NLS-2$
            results.atMost("outcome report vs one raw GROUP BY", r, b, "s", GOAL_SECONDS); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            store.close();
        }
    }

    /** Retailers in chunks, every 50th a household, and a published round with a line per retailer. */
    private AllocationRound fill(DerbyStore store, int n) {
        DemoData.loadNetwork(store, n, 3, TODAY);
        List<MarketDepartment> departments = store.findAll(MarketDepartment.class);
        Staff verifier = store.findAll(Staff.class).get(0);
        Brand brand = store.findAll(Brand.class).get(0);
        AllocationRound round = f.createAllocationRound();
        round.setCode("BENCH-1"); //$NON-NLS-1$
        round.setTitle("bench"); //$NON-NLS-1$
        round.setBrand(brand);
        round.setPeriodStart(TODAY.withDayOfMonth(1));
        round.setPeriodEnd(TODAY.withDayOfMonth(TODAY.lengthOfMonth()));
        round.setTotalQuantity(n);
        round.setMethod(AllocationMethod.BY_GRADE);
        // published once its lines are stored: the store refuses lines for a published round
        round.setStatus(RoundStatus.CALCULATED);
        store.insert(round);
        Random random = new Random(5);
        for (int done = 0; done < n; done += BulkLoad.BULK_CHUNK) {
            List<Retailer> chunk = new ArrayList<>(BulkLoad.BULK_CHUNK);
            for (int i = done; i < Math.min(n, done + BulkLoad.BULK_CHUNK); i++) {
                chunk.add(retailer(i, departments.get(random.nextInt(departments.size())), random));
            }
            store.bulk().bulkInsert(Retailer.class, chunk);
            List<AllocationLine> lines = new ArrayList<>(chunk.size());
            List<PriorityHousehold> households = new ArrayList<>();
            for (Retailer r : chunk) {
                boolean household = random.nextInt(50) == 0;
                if (household) {
                    households.add(household(r, verifier, random));
                }
                lines.add(line(round, r, household));
            }
            store.bulk().bulkInsert(PriorityHousehold.class, households);
            store.bulk().bulkInsert(AllocationLine.class, lines);
        }
        round.setStatus(RoundStatus.PUBLISHED);
        return store.update(round);
    }

    private Retailer retailer(int i, MarketDepartment department, Random random) {
        Retailer r = f.createRetailer();
        r.setCustomerCode(String.format("9%011d", i)); //$NON-NLS-1$
        r.setLicenceNumber(String.format("3701%010d", i)); //$NON-NLS-1$
        r.setShopName("便利店" + i); //$NON-NLS-1$
        r.setOwner("店主" + i); //$NON-NLS-1$
        r.setAddress("路" + i + "号"); //$NON-NLS-1$ //$NON-NLS-2$
        r.setBusinessFormat(BusinessFormat.get(random.nextInt(BusinessFormat.VALUES.size())));
        r.setMarketType(random.nextInt(10) < 4 ? MarketType.URBAN : MarketType.RURAL);
        r.setDistrict(department.getDistrict());
        r.setMarketDepartment(department);
        r.setGrade(1 + Math.min(29, (int) Math.abs(random.nextGaussian() * 6 + 10)));
        return r;
    }

    private PriorityHousehold household(Retailer r, Staff verifier, Random random) {
        PriorityHousehold h = f.createPriorityHousehold();
        h.setRetailer(proxy(r.getId()));
        h.setCategory(AssistanceCategory.get(random.nextInt(AssistanceCategory.VALUES.size())));
        h.setEvidenceType("证明"); //$NON-NLS-1$
        h.setEvidenceNumber("N" + r.getId()); //$NON-NLS-1$
        h.setEvidenceIssuer("民政局"); //$NON-NLS-1$
        h.setEvidenceDate(TODAY.minusYears(1));
        h.setVerifiedBy(verifier);
        h.setVerifiedOn(TODAY.minusYears(1));
        h.setExpiryDate(TODAY.plusYears(2));
        h.setPreferenceRule(PreferenceRule.GUARANTEED_MINIMUM);
        h.setPreferenceValue(2);
        h.setActive(true);
        return h;
    }

    private AllocationLine line(AllocationRound round, Retailer r, boolean household) {
        AllocationLine l = f.createAllocationLine();
        l.setRound(round);
        l.setRetailer(proxy(r.getId()));
        l.setGrade(r.getGrade());
        l.setQuantity(Math.max(household ? 2 : 0, r.getGrade() / 4));
        return l;
    }

    private Retailer proxy(long id) {
        Retailer r = f.createRetailer();
        r.setId(id);
        return r;
    }

    private static long raw(DerbyStore store, long roundId) {
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(RAW)) {
            ps.setLong(1, roundId);
            long cartons = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cartons += rs.getLong(3);
                }
            }
            c.commit();
            return cartons;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(LongSupplier work) {
        long start = System.nanoTime();
        work.getAsLong();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
