package org.retailerdesk.allocation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.allocation.internal.DefaultAllocationEngine;

/** Properties of the engine on many seeded random rounds, checked against an independent brute force. */
public class EnginePropertiesTest {

    private static final int CASES = 400;
    private final DefaultAllocationEngine engine = new DefaultAllocationEngine();

    @Test
    public void byGradeIsTheExactOptimumAndObeysEveryRule() {
        int checked = 0;
        int infeasible = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            List<Cases.R> rs = Cases.retailers(random);
            RoundSpec spec = Cases.spec(random, rs).build();
            Cases.Best best = Cases.bruteForce(spec, rs, i -> true, spec.supply(), spec.allowExceed());
            if (best == null) {
                // even the guaranteed minimums exceed the supply: a clear error, never a plan
                AllocationException e = assertThrows(AllocationException.class,
                        () -> engine.compute(spec, Cases.set(rs)), "seed " + seed);
                assertTrue(e.getMessage().contains(String.valueOf(spec.supply())), e.getMessage());
                infeasible++;
                continue;
            }
            AllocationPlan plan = engine.compute(spec, Cases.set(rs));
            String where = "seed " + seed + " " + spec; //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(best.total(), plan.total(), where);
            assertEquals(1, plan.groups().size(), where);
            int[] x = plan.groups().get(0).perGrade();
            for (Cases.R r : rs) {
                if (r.grade() >= spec.cutoffGrade()) {
                    assertEquals(best.x()[r.grade()], x[r.grade()], "tie rule, grade " + r.grade() + ", " + where); //$NON-NLS-1$
                }
            }
            checkRules(spec, rs, plan, where);
            checked++;
        }
        assertTrue(checked > CASES / 2, "cases with a plan: " + checked + ", infeasible: " + infeasible); //$NON-NLS-1$
    }

    /** Monotone, whole cartons, cap, cut-off, priority rule, total within T unless allowed. */
    private static void checkRules(RoundSpec spec, List<Cases.R> rs, AllocationPlan plan, String where) {
        long sum = 0;
        for (AllocationPlan.Group g : plan.groups()) {
            for (int grade = 2; grade <= RetailerSet.MAX_GRADE; grade++) {
                assertTrue(g.perGrade()[grade] >= g.perGrade()[grade - 1], "monotone at " + grade + ", " + where); //$NON-NLS-1$
            }
            for (int grade = 1; grade < spec.cutoffGrade(); grade++) {
                assertEquals(0, g.perGrade()[grade], "below cut-off, " + where); //$NON-NLS-1$
            }
        }
        for (int i = 0; i < rs.size(); i++) {
            Cases.R r = rs.get(i);
            AllocationPlan.Line line = plan.line(i);
            assertEquals(r.id(), line.retailerId());
            int q = plan.quantity(i);
            assertEquals(q, line.quantity());
            assertTrue(q >= 0, where);
            if (r.grade() < spec.cutoffGrade()) {
                assertEquals(0, q, "cut off, " + where); //$NON-NLS-1$
                assertEquals(-1, line.group());
                continue;
            }
            int x = plan.groups().get(line.group()).perGrade()[r.grade()];
            assertEquals(x, line.gradeQuantity());
            assertEquals(Cases.quantity(spec, r.biweekly(), r.priority(), x), q, "retailer " + r + ", " + where); //$NON-NLS-1$
            if (spec.cap() > 0) {
                assertTrue(q <= spec.cap(), "cap, " + where); //$NON-NLS-1$
            }
            if (r.priority() && spec.priority().kind() == PriorityRule.Kind.GUARANTEED_MINIMUM) {
                assertTrue(q >= spec.priority().value().intValue(), "minimum, " + where); //$NON-NLS-1$
            }
            if (r.priority() && spec.priority().kind() == PriorityRule.Kind.UPLIFT) {
                assertTrue(q >= Math.min(x, spec.cap() > 0 ? spec.cap() : x), "uplift never lowers, " + where); //$NON-NLS-1$
            }
            sum += q;
        }
        assertEquals(sum, plan.total(), where);
        assertEquals(spec.supply() - sum, plan.gap(), where);
        assertEquals(sum == spec.supply(), plan.hitsSupply(), where);
        if (!spec.allowExceed()) {
            assertTrue(plan.total() <= spec.supply(), "total within the supply, " + where); //$NON-NLS-1$
        }
    }

    @Test
    public void groupsGetTheirWeightedShareThenTheExactLeftoverOptimum() {
        int checked = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(1000 + seed);
            List<Cases.R> rs = Cases.retailers(random);
            RoundSpec.Builder b = Cases.spec(random, rs).groups(Cases.dimensions(random));
            Map<String, Integer> weights = new TreeMap<>();
            boolean weighted = random.nextBoolean();
            RoundSpec probe = b.build();
            List<String> markets = rs.stream().filter(r -> r.grade() >= probe.cutoffGrade()).map(Cases.R::market)
                    .distinct().sorted().toList();
            if (weighted) {
                for (String m : markets) {
                    weights.put(m, 1 + random.nextInt(6));
                    b.weight(Dimension.MARKET_TYPE, m, weights.get(m));
                }
            }
            RoundSpec spec = b.build();
            String where = "seed " + (1000 + seed) + " " + spec; //$NON-NLS-1$ //$NON-NLS-2$
            AllocationPlan plan;
            try {
                plan = engine.compute(spec, Cases.set(rs));
            } catch (AllocationException e) {
                // only the minimums of some group exceeding its share may refuse a round here
                assertTrue(!spec.allowExceed() && spec.priority().kind() == PriorityRule.Kind.GUARANTEED_MINIMUM,
                        e.getMessage() + " " + where); //$NON-NLS-1$
                continue;
            }
            checkRules(spec, rs, plan, where);
            List<AllocationPlan.Group> groups = plan.groups();
            assertEquals(spec.supply(), groups.stream().mapToLong(AllocationPlan.Group::share).sum(), where);
            assertEquals(plan.total(), groups.stream().mapToLong(AllocationPlan.Group::total).sum(), where);
            // shares: within one carton of the exact quota
            Map<List<String>, Long> members = new HashMap<>();
            Map<String, Long> perMarket = new HashMap<>();
            long eligible = 0;
            for (Cases.R r : rs) {
                if (r.grade() >= spec.cutoffGrade()) {
                    members.merge(keys(spec, r), 1L, Long::sum);
                    perMarket.merge(r.market(), 1L, Long::sum);
                    eligible++;
                }
            }
            double weightSum = weights.values().stream().mapToInt(Integer::intValue).sum();
            long[] stageOne = new long[groups.size()];
            double[] fraction = new double[groups.size()];
            boolean[] roundedUp = new boolean[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                AllocationPlan.Group group = groups.get(g);
                long n = members.get(group.keys());
                String market = group.keys().get(0);
                double quota = weighted ? spec.supply() * weights.get(market) / weightSum * n / perMarket.get(market)
                        : (double) spec.supply() * n / eligible;
                assertTrue(group.share() >= Math.floor(quota - 1e-9) && group.share() <= Math.ceil(quota + 1e-9),
                        "share " + group.share() + " vs quota " + quota + ", " + where); //$NON-NLS-1$ //$NON-NLS-2$
                fraction[g] = quota - Math.floor(quota + 1e-9);
                roundedUp[g] = group.share() > Math.floor(quota + 1e-9);
                // each group first gets the exact optimum for its own share
                List<String> keys = group.keys();
                Cases.Best best = Cases.bruteForce(spec, rs, i -> keys(spec, rs.get(i)).equals(keys), group.share(),
                        spec.allowExceed());
                assertNotNull(best, where);
                stageOne[g] = group.total() - group.spill();
                assertEquals(best.total(), stageOne[g], "group " + keys + ", " + where); //$NON-NLS-1$
            }
            // largest remainder: no group rounded down had a larger fraction than one rounded up
            for (int up = 0; up < groups.size(); up++) {
                for (int down = 0; down < groups.size(); down++) {
                    if (roundedUp[up] && !roundedUp[down]) {
                        assertTrue(fraction[up] >= fraction[down] - 1e-9, "largest remainder, " + where); //$NON-NLS-1$
                    }
                }
            }
            // then the leftover: the largest total ≤ T with no group below its own optimum
            long firstTotal = java.util.Arrays.stream(stageOne).sum();
            if (firstTotal < spec.supply()) {
                long cap = spec.supply();
                boolean[] sums = new boolean[(int) cap + 1];
                sums[0] = true;
                for (int g = 0; g < groups.size(); g++) {
                    List<String> keys = groups.get(g).keys();
                    boolean[] reach = Cases.reachable(spec, rs, i -> keys(spec, rs.get(i)).equals(keys), (int) cap);
                    boolean[] next = new boolean[sums.length];
                    for (int a = 0; a < sums.length; a++) {
                        for (int s = (int) stageOne[g]; sums[a] && a + s <= cap; s++) {
                            next[a + s] |= reach[s];
                        }
                    }
                    sums = next;
                }
                int bestTotal = (int) cap;
                while (!sums[bestTotal]) {
                    bestTotal--;
                }
                assertEquals(bestTotal, plan.total(), "leftover optimum, " + where); //$NON-NLS-1$
            } else {
                assertEquals(0, groups.stream().mapToLong(AllocationPlan.Group::spill).sum(), where);
            }
            checked++;
        }
        assertTrue(checked > CASES / 2, "group cases with a plan: " + checked); //$NON-NLS-1$
    }

    private static List<String> keys(RoundSpec spec, Cases.R r) {
        return spec.dimensions().size() == 1 ? List.of(r.market()) : List.of(r.market(), r.district());
    }

    @Test
    public void theSameInputInAnyOrderGivesTheSamePlan() {
        for (int seed = 0; seed < CASES / 4; seed++) {
            Random random = new Random(5000 + seed);
            List<Cases.R> rs = Cases.retailers(random);
            RoundSpec.Builder b = Cases.spec(random, rs).allowExceed(true);
            RoundSpec spec = random.nextBoolean() ? b.build() : b.groups(Cases.dimensions(random)).build();
            AllocationPlan first = engine.compute(spec, Cases.set(rs));
            AllocationPlan again = engine.compute(spec, Cases.set(rs));
            AllocationPlan shuffled = engine.compute(spec, Cases.shuffled(rs, seed));
            Map<Long, Integer> byId = new HashMap<>();
            for (int i = 0; i < rs.size(); i++) {
                byId.put(first.retailers().id(i), first.quantity(i));
                assertEquals(first.line(i), again.line(i));
            }
            for (int i = 0; i < rs.size(); i++) {
                assertEquals(byId.get(shuffled.retailers().id(i)), shuffled.quantity(i), "seed " + seed); //$NON-NLS-1$
            }
            assertEquals(first.groups().size(), shuffled.groups().size());
            for (int g = 0; g < first.groups().size(); g++) {
                assertEquals(first.groups().get(g).keys(), shuffled.groups().get(g).keys());
                assertArrayEquals(first.groups().get(g).perGrade(), shuffled.groups().get(g).perGrade());
                assertEquals(first.groups().get(g).share(), shuffled.groups().get(g).share());
            }
        }
    }

    @Test
    public void aKnownRoundComesOutExactlyAndExplainsItself() {
        // grades 10 (4 retailers) and 20 (2 retailers, one a priority household with uplift 1.5)
        RetailerSet.Builder b = RetailerSet.builder();
        for (int i = 0; i < 4; i++) {
            b.add(i + 1, 10, false, false, "URBAN", "GROCERY", "D1", "M1", "A"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        b.add(5, 20, false, false, "URBAN", "GROCERY", "D1", "M1", "A"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        b.add(6, 20, false, true, "URBAN", "GROCERY", "D1", "M1", "A"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        b.add(7, 3, false, false, "URBAN", "GROCERY", "D1", "M1", "A"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        RoundSpec spec = RoundSpec.builder(Cases.BRAND, 17).cutoffGrade(5).cap(5)
                .priority(PriorityRule.uplift(new BigDecimal("1.5"))).build(); //$NON-NLS-1$
        AllocationPlan plan = engine.compute(spec, b.build());
        // S = 4·x10 + x20 + min(5, round(1.5·x20)) with 5 ≥ x20 ≥ x10: x10 = 2, x20 = 4 gives
        // 8 + 4 + 5 = 17, the only way to 17 (x10 = 3 forces x20 ≥ 3 and S ≥ 20)
        assertEquals(17, plan.total());
        assertEquals(0, plan.gap());
        assertEquals(2, plan.groups().get(0).perGrade()[10]);
        assertEquals(4, plan.groups().get(0).perGrade()[20]);
        assertEquals(0, plan.groups().get(0).perGrade()[3]);
        assertEquals(0, plan.quantity(6));
        assertEquals(4, plan.quantity(4));
        assertEquals(5, plan.quantity(5));
        String why = plan.line(5).explanation();
        // grade, grade quantity, uplift factor, the uplifted 6, the cap 5
        for (String part : new String[] { "20", "4", "1.5", "6", "5" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            assertTrue(why.contains(part), why);
        }
        assertTrue(plan.line(6).explanation().contains("5"), plan.line(6).explanation()); //$NON-NLS-1$
        assertEquals(1, plan.priorityRetailers());
        assertEquals(5, plan.priorityTotal());
    }
}
