package org.retailerdesk.allocation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.retailerdesk.allocation.AllocationEngine;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.store.Store;

/**
 * The allocation engine.
 * <ol>
 * <li>Checks the specification and finds the eligible retailers (grade at or above the cut-off).</li>
 * <li>Splits them into groups (one group by grade) and the supply over the groups by weight
 * ({@link Apportionment}: exact largest remainder).</li>
 * <li>Finds each group's exact optimum for its share ({@link GradeOptimizer}, where the method and
 * its proof are written down): the per-grade vector whose total is closest to the share, not above
 * it unless exceeding is allowed.</li>
 * <li><b>Leftover.</b> A group may not hit its share exactly while another could take more. The
 * cartons left, R = T − Σ totals, are offered again: each group may take e_G extra cartons where
 * its total + e_G is exactly reachable (the same programme, run up to total + R), and the e_G are
 * chosen by an exact group knapsack to maximise Σ e_G ≤ R; ties give as much as possible to the
 * group first in key order, then the next. So the objective is, in order: (1) every group as close
 * to its weighted share as it can get, (2) the round's total as close to T as it can get without
 * any group getting less than in (1). The reported gap is the exact optimum of that objective.
 * By grade there is one group and this step never applies.</li>
 * <li>Each retailer gets its kind's quantity for its grade's x_g; the explanation is made on demand.</li>
 * </ol>
 */
@Component(service = AllocationEngine.class)
public class DefaultAllocationEngine implements AllocationEngine {

    /** The largest supply: the optimiser's tables grow with it (about 120 bytes per carton of supply). */
    public static final int MAX_SUPPLY = 10_000_000;
    private static final BigDecimal MAX_FACTOR = BigDecimal.valueOf(100);

    @Override
    public AllocationPlan compute(RoundSpec spec, RetailerSet retailers) {
        check(spec);
        if (retailers.size() == 0) {
            throw new AllocationException(Messages.Error_noRetailers);
        }
        int highest = 0;
        for (int i = 0; i < retailers.size(); i++) {
            highest = Math.max(highest, retailers.grade(i));
        }
        if (spec.cutoffGrade() > highest) {
            throw new AllocationException(NLS.bind(Messages.Error_cutoffAboveAll, spec.cutoffGrade(), highest));
        }
        QuantityRule rule = new QuantityRule(spec);
        Eligibility eligibility = Eligibility.of(spec, retailers);
        Grouping grouping = new Grouping(spec.method() == RoundSpec.Method.BY_GRADE ? List.of() : spec.dimensions(),
                retailers, spec.cutoffGrade(), eligibility);
        if (grouping.groups.isEmpty()) {
            throw new AllocationException(NLS.bind(RuleMessages.Rules_noneEligible, eligibility.ids()));
        }
        long[] shares = spec.method() == RoundSpec.Method.BY_GRADE ? new long[] { spec.supply() }
                : Apportionment.shares(spec, grouping);
        int k = grouping.groups.size();
        GradeOptimizer[] optimizers = new GradeOptimizer[k];
        int[][] vectors = new int[k][];
        long[] totals = new long[k];
        long sum = 0;
        for (int g = 0; g < k; g++) {
            optimizers[g] = new GradeOptimizer(grouping.groups.get(g).counts(), rule);
            GradeOptimizer.Result r = optimizers[g].optimise(shares[g], spec.allowExceed());
            if (r.total() > shares[g] && !spec.allowExceed()) {
                throw new AllocationException(k == 1 && grouping.dimensions.isEmpty()
                        ? NLS.bind(Messages.Error_minimumsAboveSupply, r.total(), shares[g])
                        : NLS.bind(Messages.Error_minimumsAboveShare,
                                new Object[] { groupName(spec, grouping, retailers, g), r.total(), shares[g] }));
            }
            vectors[g] = r.perGrade();
            totals[g] = r.total();
            sum += r.total();
        }
        long[] spill = new long[k];
        if (k > 1 && sum < spec.supply()) {
            spill(optimizers, vectors, totals, spill, spec.supply() - sum);
        }
        List<AllocationPlan.Group> groups = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            Grouping.Group group = grouping.groups.get(g);
            long[] perGradeRetailers = new long[RetailerSet.MAX_GRADE + 1];
            long[] perGradeCartons = new long[RetailerSet.MAX_GRADE + 1];
            for (int grade = RetailerSet.MIN_GRADE; grade <= RetailerSet.MAX_GRADE; grade++) {
                for (int c = 0; c < QuantityRule.CLASSES; c++) {
                    perGradeRetailers[grade] += group.counts()[grade][c];
                }
                perGradeCartons[grade] = optimizers[g].load(grade, vectors[g][grade]);
            }
            groups.add(new AllocationPlan.Group(group.keys(), groupName(spec, grouping, retailers, g), shares[g],
                    vectors[g], perGradeRetailers, perGradeCartons, totals[g], spill[g]));
        }
        return new Plan(spec, retailers, rule, grouping, List.copyOf(groups));
    }

    /**
     * Offers the leftover R to the groups: an exact knapsack over the extra totals each group can
     * reach exactly, maximising the sum ≤ R, ties to the groups first in key order.
     */
    private static void spill(GradeOptimizer[] optimizers, int[][] vectors, long[] totals, long[] spill, long rest) {
        int k = optimizers.length;
        GradeOptimizer.Reach[] reach = new GradeOptimizer.Reach[k];
        List<long[]> options = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            long[] opt = new long[(int) (rest >>> 6) + 1];
            if (!optimizers[g].isEmpty()) {
                reach[g] = optimizers[g].reach(totals[g] + rest);
                for (long e = 0; e <= rest; e++) {
                    if (reach[g].contains(totals[g] + e)) {
                        opt[(int) (e >>> 6)] |= 1L << (e & 63);
                    }
                }
            } else {
                opt[0] = 1;
            }
            options.add(opt);
        }
        // suffix[g]: the extra totals groups g..k-1 can reach together
        long[][] suffix = new long[k + 1][];
        suffix[k] = new long[(int) (rest >>> 6) + 1];
        suffix[k][0] = 1;
        for (int g = k - 1; g >= 0; g--) {
            suffix[g] = Bits.sumset(options.get(g), suffix[g + 1], rest);
        }
        long best = Bits.highestAtMost(suffix[0], rest);
        long left = best;
        for (int g = 0; g < k; g++) {
            for (long e = left; e >= 0; e--) {
                if (Bits.get(options.get(g), e) && Bits.get(suffix[g + 1], left - e)) {
                    if (e > 0) {
                        vectors[g] = reach[g].vector(totals[g] + e);
                        totals[g] += e;
                        spill[g] = e;
                    }
                    left -= e;
                    break;
                }
            }
        }
    }

    private static String groupName(RoundSpec spec, Grouping grouping, RetailerSet retailers, int g) {
        List<String> parts = new ArrayList<>();
        List<String> keys = grouping.groups.get(g).keys();
        for (int d = 0; d < keys.size(); d++) {
            String label = retailers.label(grouping.dimensions.get(d), keys.get(d));
            parts.add(label.isEmpty() ? Messages.Plan_noKey : label);
        }
        return String.join(" · ", parts); //$NON-NLS-1$
    }

    /** Checks everything about the specification that does not depend on the retailers. */
    private static void check(RoundSpec spec) {
        if (spec.brandCode() == null || spec.brandCode().isBlank()) {
            throw new AllocationException(Messages.Error_noBrand);
        }
        if (spec.supply() <= 0) {
            throw new AllocationException(NLS.bind(Messages.Error_supplyNotPositive, spec.supply()));
        }
        if (spec.supply() > MAX_SUPPLY) {
            throw new AllocationException(NLS.bind(Messages.Error_supplyTooLarge, spec.supply(), MAX_SUPPLY));
        }
        if (spec.cutoffGrade() < RetailerSet.MIN_GRADE || spec.cutoffGrade() > RetailerSet.MAX_GRADE) {
            throw new AllocationException(NLS.bind(Messages.Error_cutoffRange, spec.cutoffGrade()));
        }
        if (spec.cap() < 0) {
            throw new AllocationException(NLS.bind(Messages.Error_capNegative, spec.cap()));
        }
        checkFactor(spec.biweeklyMultiplier(), Messages.Error_multiplierRange);
        PriorityRule p = spec.priority();
        if (p.kind() == PriorityRule.Kind.UPLIFT) {
            checkFactor(p.value(), Messages.Error_upliftRange);
        } else if (p.kind() == PriorityRule.Kind.GUARANTEED_MINIMUM) {
            if (p.value().signum() <= 0 || p.value().stripTrailingZeros().scale() > 0
                    || p.value().compareTo(BigDecimal.valueOf(MAX_SUPPLY)) > 0) {
                throw new AllocationException(NLS.bind(Messages.Error_minimumRange, p.value().toPlainString()));
            }
            if (spec.cap() > 0 && p.value().intValue() > spec.cap()) {
                throw new AllocationException(NLS.bind(Messages.Error_minimumAboveCap, p.value().intValue(), spec.cap()));
            }
        }
        if (spec.method() == RoundSpec.Method.BY_GRADE) {
            if (!spec.dimensions().isEmpty() || !spec.weights().isEmpty()) {
                throw new AllocationException(Messages.Error_dimensionsByGrade);
            }
        } else if (spec.dimensions().isEmpty() || spec.dimensions().size() > 2
                || new HashSet<>(spec.dimensions()).size() != spec.dimensions().size()) {
            throw new AllocationException(NLS.bind(Messages.Error_dimensionCount, spec.dimensions().size()));
        }
    }

    private static void checkFactor(BigDecimal f, String message) {
        if (f.compareTo(BigDecimal.ONE) < 0 || f.compareTo(MAX_FACTOR) > 0
                || f.stripTrailingZeros().scale() > QuantityRule.MAX_SCALE) {
            throw new AllocationException(NLS.bind(message, f.toPlainString()));
        }
    }

    @Override
    public AllocationRound store(Store store, AllocationPlan plan) {
        return new RoundWriter(store).write(plan);
    }
}
