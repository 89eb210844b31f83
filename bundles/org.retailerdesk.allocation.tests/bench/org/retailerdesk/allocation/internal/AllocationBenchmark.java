package org.retailerdesk.allocation.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.retailerdesk.bench.support.BenchResults;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;

/**
 * The allocation benchmark behind {@code ./bench allocation}: N synthetic retailers (default
 * 500 000) as arrays, on the demo centre's grade curve (log-normal around grade 8–10, urban a bit
 * higher, 12 districts, 2 % priority households) plus 10 % on a two-week visit cycle, which the
 * demo data has none of. The engine is timed end to end ({@link DefaultAllocationEngine#compute}:
 * grouping, apportionment, optimisation, per-retailer quantities); the store is not involved.
 * The raw baseline is a greedy top-down fill (one more carton per grade, from the top, while it
 * fits, until nothing fits) on the same counts, timed in the same run.
 */
public class AllocationBenchmark {

    private static final int REPEAT = 11;
    /** Runs before timing: the JIT compiles the optimiser's loops after a few rounds. */
    private static final int WARM_UP = 10;
    private static final int SUPPLIES = 25;
    private static final double BY_GRADE_GOAL = 0.1;
    private static final double GROUPS_GOAL = 0.5;

    private final DefaultAllocationEngine engine = new DefaultAllocationEngine();

    @Test
    public void run() {
        BenchResults results = BenchResults.start("allocation"); //$NON-NLS-1$
        int n = Integer.getInteger("retailerdesk.bench.retailers", 500_000); //$NON-NLS-1$
        out("RetailerDesk allocation benchmark: %,d synthetic retailers (demo grade curve), 30 grades, %d cores, Java %s", //$NON-NLS-1$
                n, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")); //$NON-NLS-1$
        RetailerSet retailers = synthetic(n, 20_261_127L);
        int supply = n / 2;

        RoundSpec byGrade = RoundSpec.builder("BENCH", supply).build(); //$NON-NLS-1$
        double[] tByGrade = time(() -> engine.compute(byGrade, retailers));
        AllocationPlan p1 = engine.compute(byGrade, retailers);
        out("by grade, T = %,d: %.3f s warm median (goal ≤ %.1f s) %s, first run %.3f s; total %,d, gap %,d", supply, //$NON-NLS-1$
                tByGrade[1], BY_GRADE_GOAL, verdict(tByGrade[1], BY_GRADE_GOAL), tByGrade[0], p1.total(), p1.gap());
        results.atMost("by grade, warm median", tByGrade[1], Double.NaN, "s", BY_GRADE_GOAL); //$NON-NLS-1$ //$NON-NLS-2$

        RoundSpec groups = RoundSpec.builder("BENCH", supply).groups(Dimension.MARKET_TYPE, Dimension.DISTRICT) //$NON-NLS-1$
                .weight(Dimension.MARKET_TYPE, "URBAN", 4).weight(Dimension.MARKET_TYPE, "RURAL", 6) //$NON-NLS-1$ //$NON-NLS-2$
                .cap(10).biweeklyMultiplier(BigDecimal.valueOf(2)).priority(PriorityRule.uplift(new BigDecimal("1.2"))) //$NON-NLS-1$
                .build();
        double[] tGroups = time(() -> engine.compute(groups, retailers));
        AllocationPlan p2 = engine.compute(groups, retailers);
        out("by grade within market type × district (%d groups, 4:6, cap 10, two-week ×2, uplift 1.2), T = %,d:", //$NON-NLS-1$
                p2.groups().size(), supply);
        out("  %.3f s warm median (goal ≤ %.1f s) %s, first run %.3f s; total %,d, gap %,d", tGroups[1], GROUPS_GOAL, //$NON-NLS-1$
                verdict(tGroups[1], GROUPS_GOAL), tGroups[0], p2.total(), p2.gap());
        results.atMost("by grade in market type x district, warm median", tGroups[1], Double.NaN, "s", GROUPS_GOAL); //$NON-NLS-1$ //$NON-NLS-2$

        // the gap over random supplies: exact optimum against the greedy fill, same rules, same run
        RoundSpec.Builder rules = RoundSpec.builder("BENCH", 1).biweeklyMultiplier(BigDecimal.valueOf(2)) //$NON-NLS-1$
                .priority(PriorityRule.uplift(new BigDecimal("1.2"))).cutoffGrade(3); //$NON-NLS-1$
        Random random = new Random(7);
        long engineGap = 0;
        long greedyGap = 0;
        int engineExact = 0;
        int greedyExact = 0;
        double engineTime = 0;
        double greedyTime = 0;
        for (int i = 0; i < SUPPLIES; i++) {
            RoundSpec spec = rules.supply(n / 20 + random.nextInt(n)).build();
            long t0 = System.nanoTime();
            AllocationPlan plan = engine.compute(spec, retailers);
            engineTime += (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            long greedy = greedyTotal(spec, retailers);
            greedyTime += (System.nanoTime() - t0) / 1e9;
            engineGap += plan.gap();
            greedyGap += spec.supply() - greedy;
            engineExact += plan.gap() == 0 ? 1 : 0;
            greedyExact += greedy == spec.supply() ? 1 : 0;
            if (plan.gap() > spec.supply() - greedy || plan.gap() < 0) {
                throw new AssertionError("engine worse than greedy at T = " + spec.supply()); //$NON-NLS-1$
            }
        }
        out("gap |Σ − T| over %d random supplies in [%,d, %,d] (by grade, cut-off 3, two-week ×2, uplift 1.2):", SUPPLIES, //$NON-NLS-1$
                n / 20, n / 20 + n);
        out("  exact optimum: total gap %,d cartons, T hit %d/%d, %.3f s per round", engineGap, engineExact, SUPPLIES, //$NON-NLS-1$
                engineTime / SUPPLIES);
        out("  greedy fill (raw baseline): total gap %,d cartons, T hit %d/%d, %.3f s per round", greedyGap, greedyExact, //$NON-NLS-1$
                SUPPLIES, greedyTime / SUPPLIES);
        out("  time ratio exact / greedy: %.1f×", engineTime / greedyTime); //$NON-NLS-1$
        results.ratioAtMost("gap over " + SUPPLIES + " random supplies, exact vs greedy fill", engineGap, greedyGap, //$NON-NLS-1$ //$NON-NLS-2$
                "cartons", 1); //$NON-NLS-1$
        results.measured("time per round, exact vs greedy fill", engineTime / SUPPLIES, greedyTime / SUPPLIES, "s"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Retailers on the demo centre's curve: ids, grades, flags and keys only. */
    private static RetailerSet synthetic(int n, long seed) {
        Random random = new Random(seed);
        String[] formats = { "GROCERY", "CONVENIENCE", "SUPERMARKET", "MALL", "TOBACCO_LIQUOR", "ENTERTAINMENT", "OTHER" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        String[] credit = { "AAA", "AA", "A", "B" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        RetailerSet.Builder b = RetailerSet.builder();
        for (int i = 0; i < n; i++) {
            boolean urban = random.nextInt(100) < 45;
            int format = random.nextInt(formats.length);
            double base = Math.log(urban ? 9.5 : 7.5) + (format >= 2 && format <= 4 ? 0.25 : 0);
            int grade = (int) Math.max(1, Math.min(30, Math.round(Math.exp(base + random.nextGaussian() * 0.4))));
            int district = random.nextInt(12);
            b.add(i + 1, grade, random.nextInt(10) == 0, random.nextInt(50) == 0, urban ? "URBAN" : "RURAL", //$NON-NLS-1$ //$NON-NLS-2$
                    formats[format], String.format("%02d", district + 1), //$NON-NLS-1$
                    String.format("%02d-%d", district + 1, random.nextInt(3)), credit[random.nextInt(4)]); //$NON-NLS-1$
        }
        return b.build();
    }

    /**
     * The raw baseline: from x = 0, pass after pass over the grades from the top down, give a grade
     * one more carton when that keeps x monotone and the total within T; stop when a pass gives none.
     */
    private static long greedyTotal(RoundSpec spec, RetailerSet retailers) {
        Grouping grouping = new Grouping(List.of(), retailers, spec.cutoffGrade());
        GradeOptimizer loads = new GradeOptimizer(grouping.groups.get(0).counts(), new QuantityRule(spec));
        int[] x = new int[RetailerSet.MAX_GRADE + 2];
        x[RetailerSet.MAX_GRADE + 1] = Integer.MAX_VALUE;
        long[] load = new long[RetailerSet.MAX_GRADE + 1];
        long total = 0;
        for (int g = spec.cutoffGrade(); g <= RetailerSet.MAX_GRADE; g++) {
            load[g] = loads.load(g, 0);
            total += load[g];
        }
        boolean gave = true;
        while (gave) {
            gave = false;
            for (int g = RetailerSet.MAX_GRADE; g >= spec.cutoffGrade(); g--) {
                if (x[g] + 1 > x[g + 1]) {
                    continue;
                }
                long next = loads.load(g, x[g] + 1);
                if (total - load[g] + next <= spec.supply()) {
                    total += next - load[g];
                    load[g] = next;
                    x[g]++;
                    gave = true;
                }
            }
        }
        return total;
    }

    /** @return the first (cold) time and the median of REPEAT warm runs, in seconds */
    private static double[] time(Supplier<?> work) {
        long t0 = System.nanoTime();
        work.get();
        double cold = (System.nanoTime() - t0) / 1e9;
        for (int i = 1; i < WARM_UP; i++) {
            work.get();
        }
        double[] t = new double[REPEAT];
        for (int i = 0; i < REPEAT; i++) {
            t0 = System.nanoTime();
            work.get();
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        return new double[] { cold, t[REPEAT / 2] };
    }

    private static String verdict(double seconds, double goal) {
        return seconds <= goal ? "MET" : "MISSED"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
