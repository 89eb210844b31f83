package org.retailerdesk.allocation.tests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;

/**
 * Random rounds small enough to check by brute force, and an independent reference: the quantity
 * rule written again with BigDecimal, and an enumeration of every monotone vector.
 */
final class Cases {

    static final String BRAND = "B01"; //$NON-NLS-1$

    /** One retailer of a random case. */
    record R(long id, int grade, boolean biweekly, boolean priority, String market, String district) {
    }

    private Cases() {
    }

    /** A few retailers on at most three distinct grades, so every monotone vector can be tried. */
    static List<R> retailers(Random random) {
        int[] pool = random.ints(1, 31).distinct().limit(1 + random.nextInt(3)).toArray();
        int n = 1 + random.nextInt(12);
        List<R> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new R(i + 1, pool[random.nextInt(pool.length)], random.nextInt(4) == 0, random.nextInt(4) == 0,
                    random.nextBoolean() ? "URBAN" : "RURAL", "D" + (1 + random.nextInt(2)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return out;
    }

    static RetailerSet set(List<R> retailers) {
        RetailerSet.Builder b = RetailerSet.builder();
        for (R r : retailers) {
            b.add(r.id(), r.grade(), r.biweekly(), r.priority(), r.market(), "GROCERY", r.district(), "M1", "A"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return b.build();
    }

    static RetailerSet shuffled(List<R> retailers, long seed) {
        List<R> copy = new ArrayList<>(retailers);
        Collections.shuffle(copy, new Random(seed));
        return set(copy);
    }

    /** Random rules: cut-off, cap, two-week multiplier, priority rule, exceeding. */
    static RoundSpec.Builder spec(Random random, List<R> retailers) {
        int supply = 1 + random.nextInt(40);
        RoundSpec.Builder b = RoundSpec.builder(BRAND, supply);
        int lowest = retailers.stream().mapToInt(R::grade).min().orElse(1);
        int highest = retailers.stream().mapToInt(R::grade).max().orElse(1);
        if (random.nextInt(3) == 0) {
            b.cutoffGrade(lowest + random.nextInt(highest - lowest + 1));
        }
        int cap = random.nextInt(3) == 0 ? 1 + random.nextInt(6) : 0;
        b.cap(cap);
        b.biweeklyMultiplier(new BigDecimal(new String[] { "1", "2", "1.5" }[random.nextInt(3)])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        switch (random.nextInt(3)) {
        case 0 -> b.priority(PriorityRule.NONE);
        case 1 -> b.priority(PriorityRule.uplift(new BigDecimal(random.nextBoolean() ? "1.2" : "1.5"))); //$NON-NLS-1$ //$NON-NLS-2$
        default -> b.priority(PriorityRule.minimum(cap > 0 ? 1 + random.nextInt(cap) : 1 + random.nextInt(3)));
        }
        b.allowExceed(random.nextInt(4) == 0);
        return b;
    }

    /** The cartons of one retailer whose grade gets x, computed independently of the engine. */
    static long quantity(RoundSpec spec, boolean biweekly, boolean priority, long x) {
        BigDecimal f = BigDecimal.ONE;
        if (biweekly) {
            f = f.multiply(spec.biweeklyMultiplier());
        }
        if (priority && spec.priority().kind() == PriorityRule.Kind.UPLIFT) {
            f = f.multiply(spec.priority().value());
        }
        long q = f.multiply(BigDecimal.valueOf(x)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (priority && spec.priority().kind() == PriorityRule.Kind.GUARANTEED_MINIMUM) {
            q = Math.max(q, spec.priority().value().longValueExact());
        }
        return spec.cap() > 0 ? Math.min(q, spec.cap()) : q;
    }

    /** The best total and, among the vectors reaching it, the smallest read from the top grade down. */
    record Best(long total, int[] x) {
    }

    /**
     * Tries every vector x_30 ≥ … ≥ x_1 ≥ 0 over the grades of the members (at or above the cut-off),
     * each x up to a limit no optimum can pass (with every factor ≥ 1 a grade above 2T + 1 alone
     * passes 2T + 1), in lexicographic order from the top grade, and keeps the first best.
     *
     * @return null when no vector stays within the target and exceeding is not allowed
     */
    static Best bruteForce(RoundSpec spec, List<R> all, IntPredicate member, long target, boolean allowExceed) {
        List<R> members = members(spec, all, member);
        int[] grades = members.stream().mapToInt(R::grade).distinct().sorted().toArray();
        long limit = 2 * target + 1;
        Best[] best = { null };
        int[] x = new int[31];
        enumerate(spec, members, grades, grades.length - 1, limit, 0, x, target, allowExceed, best);
        return best[0];
    }

    /** The retailers of the group at or above the cut-off. */
    private static List<R> members(RoundSpec spec, List<R> all, IntPredicate member) {
        List<R> members = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (member.test(i) && all.get(i).grade() >= spec.cutoffGrade()) {
                members.add(all.get(i));
            }
        }
        return members;
    }

    /** The cartons of the members of one grade when it gets v. */
    private static long load(RoundSpec spec, List<R> members, int grade, long v) {
        long load = 0;
        for (R r : members) {
            if (r.grade() == grade) {
                load += quantity(spec, r.biweekly(), r.priority(), v);
            }
        }
        return load;
    }

    private static void enumerate(RoundSpec spec, List<R> members, int[] grades, int k, long upTo, long sum, int[] x,
            long target, boolean allowExceed, Best[] best) {
        if (k < 0) {
            if (sum > target && !allowExceed) {
                return;
            }
            if (best[0] == null || better(sum, best[0].total(), target)) {
                best[0] = new Best(sum, x.clone());
            }
            return;
        }
        for (int v = 0; v <= upTo; v++) {
            x[grades[k]] = v;
            enumerate(spec, members, grades, k - 1, v, sum + load(spec, members, grades[k], v), x, target,
                    allowExceed, best);
        }
        x[grades[k]] = 0;
    }

    /** Closer to the target wins; at equal distance the total within the target wins. */
    private static boolean better(long s, long current, long target) {
        long d = Math.abs(s - target);
        long dc = Math.abs(current - target);
        return d < dc || d == dc && s <= target && current > target;
    }

    /** Every total ≤ max that some monotone vector of the members reaches. */
    static boolean[] reachable(RoundSpec spec, List<R> all, IntPredicate member, int max) {
        List<R> members = members(spec, all, member);
        int[] grades = members.stream().mapToInt(R::grade).distinct().sorted().toArray();
        boolean[] out = new boolean[max + 1];
        collect(spec, members, grades, grades.length - 1, max + 1, 0, max, out);
        return out;
    }

    private static void collect(RoundSpec spec, List<R> members, int[] grades, int k, long upTo, long sum, int max,
            boolean[] out) {
        if (sum > max) {
            return;
        }
        if (k < 0) {
            out[(int) sum] = true;
            return;
        }
        for (int v = 0; v <= upTo; v++) {
            collect(spec, members, grades, k - 1, v, sum + load(spec, members, grades[k], v), max, out);
        }
    }

    static Dimension[] dimensions(Random random) {
        return random.nextBoolean() ? new Dimension[] { Dimension.MARKET_TYPE }
                : new Dimension[] { Dimension.MARKET_TYPE, Dimension.DISTRICT };
    }
}
