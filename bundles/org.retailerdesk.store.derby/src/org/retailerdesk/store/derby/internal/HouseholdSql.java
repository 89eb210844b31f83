package org.retailerdesk.store.derby.internal;

import java.sql.Date;
import java.util.List;

import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.store.HouseholdRule;

/** {@link HouseholdRule#matches} as SQL: the one translation of the rule, for every query that counts households. */
final class HouseholdSql {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    static final String TABLE = Naming.table(P.getPriorityHousehold());
    static final String RETAILER = Naming.column(P.getPriorityHousehold_Retailer());

    private HouseholdSql() {
    }

    /**
     * The condition on the household table aliased {@code h}; its parameters are added to
     * {@code params} in the order of its placeholders.
     */
    static String matches(String h, HouseholdRule rule, List<Object> params) {
        String evidence = h + "." + Naming.column(P.getPriorityHousehold_EvidenceDate()); //$NON-NLS-1$
        String expiry = h + "." + Naming.column(P.getPriorityHousehold_ExpiryDate()); //$NON-NLS-1$
        params.add(rule.active());
        params.add(Date.valueOf(rule.evidenceBy()));
        params.add(Date.valueOf(rule.notExpiredBefore()));
        return h + "." + Naming.column(P.getPriorityHousehold_Active()) + " = ? AND " + evidence + " <= ? AND (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + expiry + " IS NULL OR " + expiry + " >= ? AND " + expiry + " >= " + evidence + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
