package org.retailerdesk.allocation.internal;

import java.util.Arrays;

import org.retailerdesk.allocation.RetailerSet;

/**
 * The exact per-grade quantities of one group: the monotone vector x_30 ≥ … ≥ x_1 ≥ 0 whose total
 * comes closest to the group's target T.
 *
 * <h2>Problem</h2>
 * A retailer r of grade g gets f_r(x_g) cartons, where f_r is a non-decreasing step function of the
 * grade quantity (see {@link QuantityRule}: two-week multiplier, priority uplift or minimum, cap).
 * Retailers of one grade differ only in their kind (four kinds), so the grade's load is
 * F_g(v) = Σ_kinds n_{g,kind}·f_kind(v), also non-decreasing, and the total is
 * S(x) = Σ_g F_g(x_g). Grades without retailers (and below the cut-off, which have none here)
 * do not enter S. Wanted: over all integer vectors with x_{g+1} ≥ x_g ≥ 0, the S closest to T
 * with S ≤ T; when exceeding is allowed, the S closest to T on either side (a tie goes to S ≤ T).
 *
 * <h2>Bounded search space</h2>
 * Every factor is at least 1, so f_r(v) ≥ min(v, cap) (v itself without a cap). Let N_g be the
 * number of retailers of grade g or higher and H the largest total worth looking at (H = T, or
 * 2T − B when exceeding is allowed, where B = S(0) is the load of the guaranteed minimums: a total
 * above 2T − B is farther from T than S(0) is). If x_g ≤ cap then every retailer of grade ≥ g
 * gets at least x_g, so S ≥ N_g·x_g and S ≤ H forces x_g ≤ ⌊H / N_g⌋. If x_g > cap, every
 * retailer of grade ≥ g is at its cap already, and lowering every x_h > cap to cap changes
 * neither S nor monotonicity. Hence no optimum is lost by searching x_g ∈ [0, V_g] with
 * V_g = min(cap, ⌊H / N_g⌋) (no cap: ⌊H / N_g⌋).
 *
 * <h2>Dynamic programme</h2>
 * Take the non-empty grades in ascending order g_1 < … < g_K. Let R_k(v) be the set of totals
 * Σ_{i≤k} F_{g_i}(x_{g_i}) ≤ H over monotone choices with x_{g_k} = v, and P_k(v) = ∪_{w≤v} R_k(w).
 * Then R_1(v) = {F_{g_1}(v)} and R_k(v) = P_{k−1}(v) + F_{g_k}(v) (every set shifted by the
 * load), because the grade below may take any w ≤ v and nothing else couples the grades. The
 * reachable totals are P_K(V_K); the best S is found by scanning it from T down (and from T up
 * when exceeding is allowed). This is exhaustive over the bounded space, so the S found is a
 * proven optimum, not a heuristic's.
 * <p>
 * The sets are bitsets over 0..H. All grades advance together, v = 0, 1, …: for each v the grades
 * are visited in ascending order, R_k(v) is P_{k−1}(v) shifted by F_{g_k}(v) and is OR-ed into
 * P_k; past V_k, P_k stays as it is. Only K running bitsets are kept, plus for every grade and
 * every total s the first v at which s entered P_k ({@code first[k][s]}, the smallest v with
 * s ∈ R_k(v)).
 *
 * <h2>Which optimum (ties)</h2>
 * Many vectors may reach the best S. The plan takes the lexicographically smallest one read from
 * the top grade down: x_30 as small as possible, then x_29, and so on — the top grades get no
 * more than the optimum needs, so the supply spreads as evenly over the grades as it can. The
 * walk back does exactly that: x_{g_K} = first[K][S] (the least top quantity reaching S); then
 * S − F_{g_K}(x_{g_K}) lies in P_{K−1}(x_{g_K}) and x_{g_{K−1}} = first[K−1][that rest] ≤ x_{g_K}
 * is again the least possible; and so down to g_1. The same input therefore always gives the same
 * vector, whatever the order of the retailers (only counts enter).
 *
 * <h2>Cost</h2>
 * Time O(Σ_k V_k · H/64) word operations for the shifts plus O(K·H) for the {@code first} tables;
 * memory K·(H+1) ints plus K·H/64 longs. V_k is small for all but the sparsest top grades
 * (N_k large), e.g. 500 000 retailers on the demo grade curve with T = 500 000 cartons:
 * Σ V_k = 1 188 and H/64 = 7 812, about 10^7 word operations and 60 MB of tables.
 */
final class GradeOptimizer {

    /** The per-grade quantities (index = grade, 0 unused) and their total. */
    record Result(int[] perGrade, long total) {
    }

    private final long[][] counts;
    private final QuantityRule rule;
    private final int[] grades;

    /**
     * @param counts per grade (index 0..30) and retailer kind, how many retailers of the group are
     *               eligible; not copied, not changed
     */
    GradeOptimizer(long[][] counts, QuantityRule rule) {
        this.counts = counts;
        this.rule = rule;
        this.grades = java.util.stream.IntStream.rangeClosed(RetailerSet.MIN_GRADE, RetailerSet.MAX_GRADE)
                .filter(g -> Arrays.stream(counts[g]).sum() > 0).toArray();
    }

    boolean isEmpty() {
        return grades.length == 0;
    }

    /** @return the cartons of grade g's retailers when the grade gets v */
    long load(int g, long v) {
        long sum = 0;
        for (int c = 0; c < QuantityRule.CLASSES; c++) {
            if (counts[g][c] != 0) {
                sum += counts[g][c] * rule.quantity(c, v);
            }
        }
        return sum;
    }

    /** @return the total of the minimums alone: every grade at 0 */
    long baseLoad() {
        long b = 0;
        for (int g : grades) {
            b += load(g, 0);
        }
        return b;
    }

    /**
     * The optimum for a target; when even the minimums exceed it, the all-zero vector (whose total
     * is then above the target: the caller decides whether that is allowed).
     */
    Result optimise(long target, boolean allowExceed) {
        long base = baseLoad();
        if (base >= target || grades.length == 0) {
            return new Result(new int[RetailerSet.MAX_GRADE + 1], base);
        }
        Reach reach = reach(allowExceed ? 2 * target - base : target);
        long best = reach.highestAtMost(target);
        if (allowExceed) {
            long above = reach.lowestAbove(target);
            if (above >= 0 && above - target < target - best) {
                best = above;
            }
        }
        return new Result(reach.vector(best), best);
    }

    /** Runs the programme for totals 0..hi; hi must be at least the base load. */
    Reach reach(long hi) {
        return new Reach(hi);
    }

    /** The reachable totals up to a bound, and the way back to a vector for any of them. */
    final class Reach {
        private final long hi;
        private final int words;
        private final long lastMask;
        private final long[][] prefix;
        private final int[][] first;
        private final int[] top;

        private Reach(long hi) {
            if (hi >= Integer.MAX_VALUE - 64) {
                throw new IllegalArgumentException("total bound " + hi); //$NON-NLS-1$
            }
            this.hi = hi;
            int k = grades.length;
            words = (int) (hi >>> 6) + 1;
            lastMask = (hi & 63) == 63 ? -1L : (1L << ((hi & 63) + 1)) - 1;
            prefix = new long[k][words];
            first = new int[k][(int) hi + 1];
            top = new int[k];
            Arrays.fill(top, -1);
            int[] bound = bounds();
            int vMax = bound[k - 1];
            for (int v = 0; v <= vMax; v++) {
                for (int i = 0; i < k; i++) {
                    if (v > bound[i]) {
                        continue;
                    }
                    long shift = load(grades[i], v);
                    if (shift > hi) {
                        bound[i] = v - 1; // loads only grow: this grade cannot go higher
                        continue;
                    }
                    if (i == 0) {
                        put(0, (int) (shift >>> 6), 1L << (shift & 63), v);
                    } else {
                        orShifted(i, shift, v);
                    }
                }
            }
        }

        /** V_k of the class comment, per non-empty grade. */
        private int[] bounds() {
            int k = grades.length;
            int[] bound = new int[k];
            long atOrAbove = 0;
            for (int i = k - 1; i >= 0; i--) {
                atOrAbove += Arrays.stream(counts[grades[i]]).sum();
                long b = hi / atOrAbove;
                if (rule.cap() > 0) {
                    b = Math.min(b, rule.cap());
                }
                bound[i] = (int) b;
            }
            return bound;
        }

        /** P_i |= P_{i-1} shifted by {@code shift}. */
        private void orShifted(int i, long shift, int v) {
            long[] src = prefix[i - 1];
            int ws = (int) (shift >>> 6);
            int bs = (int) (shift & 63);
            for (int w = 0, end = top[i - 1]; w <= end; w++) {
                long bits = src[w];
                if (bits == 0) {
                    continue;
                }
                int j = w + ws;
                if (j >= words) {
                    break;
                }
                put(i, j, bits << bs, v);
                if (bs != 0 && j + 1 < words) {
                    put(i, j + 1, bits >>> (64 - bs), v);
                }
            }
        }

        private void put(int i, int j, long bits, int v) {
            if (j == words - 1) {
                bits &= lastMask;
            }
            long[] dst = prefix[i];
            long added = bits & ~dst[j];
            if (added == 0) {
                return;
            }
            dst[j] |= added;
            if (j > top[i]) {
                top[i] = j;
            }
            int[] f = first[i];
            int base = j << 6;
            while (added != 0) {
                f[base + Long.numberOfTrailingZeros(added)] = v;
                added &= added - 1;
            }
        }

        boolean contains(long s) {
            return s >= 0 && s <= hi && (prefix[prefix.length - 1][(int) (s >>> 6)] & (1L << (s & 63))) != 0;
        }

        /** @return the largest reachable total ≤ t, or -1 */
        long highestAtMost(long t) {
            long[] set = prefix[prefix.length - 1];
            long s = Math.min(t, hi);
            int w = (int) (s >>> 6);
            long bits = set[w] & ((s & 63) == 63 ? -1L : (1L << ((s & 63) + 1)) - 1);
            while (true) {
                if (bits != 0) {
                    return ((long) w << 6) + 63 - Long.numberOfLeadingZeros(bits);
                }
                if (--w < 0) {
                    return -1;
                }
                bits = set[w];
            }
        }

        /** @return the smallest reachable total > t, or -1 */
        long lowestAbove(long t) {
            if (t >= hi) {
                return -1;
            }
            long[] set = prefix[prefix.length - 1];
            long s = t + 1;
            int w = (int) (s >>> 6);
            long bits = set[w] & (-1L << (s & 63));
            while (true) {
                if (bits != 0) {
                    return ((long) w << 6) + Long.numberOfTrailingZeros(bits);
                }
                if (++w >= words) {
                    return -1;
                }
                bits = set[w];
            }
        }

        /** @return the lexicographically smallest (from the top grade down) vector with that total */
        int[] vector(long total) {
            if (!contains(total)) {
                throw new IllegalArgumentException("not reachable: " + total); //$NON-NLS-1$
            }
            int[] x = new int[RetailerSet.MAX_GRADE + 1];
            long rest = total;
            for (int i = grades.length - 1; i >= 0; i--) {
                int v = first[i][(int) rest];
                x[grades[i]] = v;
                rest -= load(grades[i], v);
            }
            if (rest != 0) {
                throw new IllegalStateException("walk back left " + rest); //$NON-NLS-1$
            }
            // grades without retailers take the quantity of the next grade below, keeping x monotone
            for (int g = RetailerSet.MIN_GRADE + 1; g <= RetailerSet.MAX_GRADE; g++) {
                if (Arrays.stream(counts[g]).sum() == 0) {
                    x[g] = x[g - 1];
                }
            }
            return x;
        }
    }
}
