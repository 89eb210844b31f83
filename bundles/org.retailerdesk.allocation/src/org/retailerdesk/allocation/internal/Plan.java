package org.retailerdesk.allocation.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;

/** A computed plan: the group results, and per retailer its cartons in one array. */
final class Plan implements AllocationPlan {

    private final RoundSpec spec;
    private final RetailerSet retailers;
    private final QuantityRule rule;
    private final int[] groupOf;
    private final Eligibility eligibility;
    private final List<Group> groups;
    private final int[] quantities;
    private final long total;
    private final long[] cartonsPerGrade = new long[RetailerSet.MAX_GRADE + 1];
    private long priorityTotal;
    private long priorityRetailers;

    Plan(RoundSpec spec, RetailerSet retailers, QuantityRule rule, Grouping grouping, List<Group> groups) {
        this.spec = spec;
        this.retailers = retailers;
        this.rule = rule;
        this.groupOf = grouping.groupOf;
        this.eligibility = grouping.eligibility;
        this.groups = groups;
        quantities = new int[retailers.size()];
        long sum = 0;
        for (int i = 0; i < quantities.length; i++) {
            int g = groupOf[i];
            if (g < 0) {
                continue;
            }
            int q = (int) rule.quantity(kind(i), groups.get(g).perGrade()[retailers.grade(i)]);
            quantities[i] = q;
            sum += q;
            cartonsPerGrade[retailers.grade(i)] += q;
            if (retailers.priority(i)) {
                priorityTotal += q;
                priorityRetailers++;
            }
        }
        total = sum;
    }

    private int kind(int i) {
        return QuantityRule.classOf(retailers.biweekly(i), retailers.priority(i));
    }

    @Override
    public RoundSpec spec() {
        return spec;
    }

    @Override
    public RetailerSet retailers() {
        return retailers;
    }

    @Override
    public List<Group> groups() {
        return groups;
    }

    @Override
    public int quantity(int i) {
        return quantities[i];
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public long[] cartonsPerGrade() {
        return cartonsPerGrade.clone();
    }

    @Override
    public long priorityTotal() {
        return priorityTotal;
    }

    @Override
    public long priorityRetailers() {
        return priorityRetailers;
    }

    @Override
    public Line line(int i) {
        int g = groupOf[i];
        int grade = retailers.grade(i);
        int x = g < 0 ? 0 : groups.get(g).perGrade()[grade];
        return new Line(retailers.id(i), grade, g, x, quantities[i], explain(i, g, grade, x));
    }

    /** Grade, group, grade quantity, then each rule that changed the quantity, and the result. */
    private String explain(int i, int g, int grade, int x) {
        if (g < 0) {
            String excludedBy = eligibility.excludingRule(i);
            return excludedBy != null ? NLS.bind(RuleMessages.Line_excludedByRule, excludedBy)
                    : NLS.bind(Messages.Line_belowCutoff, grade, spec.cutoffGrade());
        }
        String label = groups.get(g).label();
        StringBuilder sb = new StringBuilder(label.isEmpty() ? NLS.bind(Messages.Line_grade, grade, x)
                : NLS.bind(Messages.Line_gradeInGroup, new Object[] { grade, label, x }));
        boolean biweekly = retailers.biweekly(i) && rule.biweeklyFactor().compareTo(java.math.BigDecimal.ONE) != 0;
        boolean uplift = retailers.priority(i) && rule.upliftFactor().compareTo(java.math.BigDecimal.ONE) != 0;
        long scaled = rule.scaled(kind(i), x);
        if (biweekly) {
            sb.append(NLS.bind(Messages.Line_biweekly, rule.biweeklyFactor().toPlainString()));
        }
        if (uplift) {
            sb.append(NLS.bind(Messages.Line_uplift, rule.upliftFactor().toPlainString()));
        }
        if (biweekly || uplift) {
            sb.append(NLS.bind(Messages.Line_scaled, scaled));
        }
        long q = scaled;
        if (retailers.priority(i) && rule.minimum() > q) {
            q = rule.minimum();
            sb.append(NLS.bind(Messages.Line_minimum, q));
        }
        if (rule.cap() > 0 && q > rule.cap()) {
            sb.append(NLS.bind(Messages.Line_capped, rule.cap()));
        }
        sb.append(NLS.bind(Messages.Line_result, quantities[i]));
        return sb.toString();
    }
}
