package org.retailerdesk.allocation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationRules;
import org.retailerdesk.allocation.EligibilityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;

/**
 * The retailers a round's contributed rules ({@link RoundSpec#rules()}) exclude, and by which rule.
 * Computed once, before grouping: excluded retailers are left out of every group like those below
 * the cut-off, so the optimiser never sees them.
 */
final class Eligibility {

    /** No rules: nobody excluded. */
    static final Eligibility ALL = new Eligibility(List.of(), null);

    private final List<AllocationRules.Descriptor> rules;
    /** Per retailer the index of the first rule that excludes it, -1 when none does; null: none excluded. */
    private final int[] excludedBy;

    private Eligibility(List<AllocationRules.Descriptor> rules, int[] excludedBy) {
        this.rules = rules;
        this.excludedBy = excludedBy;
    }

    /**
     * Runs the specification's rules over the retailers.
     *
     * @throws AllocationException naming the rule and its plug-in when a rule is unknown, cannot be
     *         made or fails; nothing is computed then
     */
    static Eligibility of(RoundSpec spec, RetailerSet retailers) {
        if (spec.rules().isEmpty()) {
            return ALL;
        }
        List<AllocationRules.Descriptor> rules = new ArrayList<>();
        List<EligibilityRule> instances = new ArrayList<>();
        for (String id : spec.rules()) {
            AllocationRules.Descriptor d = AllocationRules.get(id);
            rules.add(d);
            instances.add(d.create());
        }
        int[] excludedBy = new int[retailers.size()];
        Arrays.fill(excludedBy, -1);
        for (int r = 0; r < instances.size(); r++) {
            EligibilityRule rule = instances.get(r);
            try {
                for (int i = 0; i < excludedBy.length; i++) {
                    if (excludedBy[i] < 0 && !rule.eligible(spec, retailers, i)) {
                        excludedBy[i] = r;
                    }
                }
            } catch (RuntimeException | LinkageError e) {
                AllocationRules.Descriptor d = rules.get(r);
                throw new AllocationException(NLS.bind(RuleMessages.Rules_failed,
                        new Object[] { d.id(), d.contributor(), String.valueOf(e) }), e);
            }
        }
        return new Eligibility(List.copyOf(rules), excludedBy);
    }

    boolean excluded(int i) {
        return excludedBy != null && excludedBy[i] >= 0;
    }

    /** @return the name of the rule that excludes retailer i, or null */
    String excludingRule(int i) {
        return excluded(i) ? rules.get(excludedBy[i]).name() : null;
    }

    /** The rules' ids, for messages. */
    String ids() {
        return String.join(", ", rules.stream().map(AllocationRules.Descriptor::id).toList()); //$NON-NLS-1$
    }
}
