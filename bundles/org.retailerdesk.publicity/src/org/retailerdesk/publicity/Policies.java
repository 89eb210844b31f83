package org.retailerdesk.publicity;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.RetailerFilter;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.model.validation.Rule;
import org.retailerdesk.publicity.internal.Messages;
import org.retailerdesk.retailers.InBusiness;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;

/**
 * The policy catalogue: what makes a policy valid, saving it, and which retailers it concerns.
 * A policy's scope is a retailer filter in the syntax of {@link RetailerFilter} (as the command
 * line's {@code --filter}), e.g. {@code district=历下区;grade=10-30}; empty means every retailer.
 * All methods read the store: call them from a Job, never from the UI thread.
 */
public final class Policies {

    private Policies() {
    }

    /**
     * What is wrong with the policy, for the user (zh/en): the model's rules (code, title and
     * category required, effective dates in order), a scope that does not parse, a code another
     * policy has. Empty when it can be saved.
     */
    public static List<String> problems(Policy policy, Store store) {
        List<String> problems = new ArrayList<>();
        for (Problem p : ModelValidation.validate(policy)) {
            if (p.isError() && p.rule() != Rule.EMF_STRUCTURE) {
                problems.add(p.message());
            }
        }
        String scopeProblem = scopeProblem(policy.getScope(), store);
        if (scopeProblem != null) {
            problems.add(scopeProblem);
        }
        String code = policy.getCode() == null ? null : policy.getCode().strip();
        if (code != null && !code.isEmpty()) {
            for (Policy other : store.findAll(Policy.class)) {
                if (other.getId() != policy.getId() && code.equalsIgnoreCase(other.getCode())) {
                    problems.add(NLS.bind(Messages.Policy_codeTaken, other.getCode(), other.getTitle()));
                }
            }
        }
        return problems;
    }

    /** Why the scope does not parse, for the user; null when it does (or is empty: every retailer). */
    public static String scopeProblem(String scope, Store store) {
        try {
            RetailerFilter.parse(scope, store);
            return null;
        } catch (IllegalArgumentException e) {
            return NLS.bind(Messages.Policy_scopeInvalid, scope.strip(), e.getMessage());
        }
    }

    /**
     * Saves a new policy (id 0) or the changes of a stored one, audited by the store.
     *
     * @throws PublicityException naming every problem when it is not valid; nothing is stored then
     */
    public static Policy save(Store store, Policy policy) {
        List<String> problems = problems(policy, store);
        if (!problems.isEmpty()) {
            String name = policy.getTitle() == null || policy.getTitle().isBlank() ? String.valueOf(policy.getCode())
                    : policy.getTitle();
            throw new PublicityException(NLS.bind(Messages.Policy_invalid, name,
                    String.join(Messages.Problems_separator, problems)));
        }
        return store.write(tx -> policy.getId() == 0 ? tx.insert(policy) : tx.update(policy));
    }

    /**
     * The retailers the policy concerns, as a query: those of its scope (every retailer when it is
     * empty) in business ({@link InBusiness}); a suspended or cancelled shop is not told.
     *
     * @throws PublicityException when its scope does not parse (a district renamed since, say)
     */
    public static RetailerQuery concerned(Policy policy, Store store) {
        try {
            return InBusiness.only(RetailerFilter.parse(policy.getScope(), store));
        } catch (IllegalArgumentException e) {
            throw new PublicityException(NLS.bind(Messages.Policy_scopeInvalid, policy.getScope(), e.getMessage()));
        }
    }
}
