package org.retailerdesk.store.derby.internal;

import java.util.List;

import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.security.Principal;
import org.retailerdesk.store.RetailerQuery;

/**
 * The retailers the signed-in user may read: every one, or, for a user who sees only his own
 * ({@link Principal#ownRetailersOnly()}, a customer manager), those whose customer manager is his
 * staff member. The one place of that restriction in the SQL of reads: entity reads
 * ({@link Session#select}) add {@link #condition}, retailer lists and the per-feature queries
 * {@link #restrict} their {@link RetailerQuery} or add {@link #managerIs}. Writes have their own
 * check ({@link WriteGuard}).
 */
final class RetailerScope {

    /** Every retailer. */
    static final RetailerScope ALL = new RetailerScope(null);

    /** A staff id no row has (ids start at 1): a user who sees only his own but is no staff member sees none. */
    private static final long NOBODY = 0;
    private static final String MANAGER = Naming.column(Literals.RETAILER__CUSTOMER_MANAGER);
    private static final String RETAILER_TABLE = Naming.table(Literals.RETAILER);

    private final Long manager;

    private RetailerScope(Long manager) {
        this.manager = manager;
    }

    /** The scope of that user; {@link #ALL} for nobody signed in (the reads are refused then anyway). */
    static RetailerScope of(Principal principal) {
        if (principal == null || !principal.ownRetailersOnly()) {
            return ALL;
        }
        return new RetailerScope(principal.staffId() == null ? NOBODY : principal.staffId());
    }

    /** True when every retailer may be read. */
    boolean all() {
        return manager == null;
    }

    /**
     * The query limited to this scope: with the user's own manager filter, so every path that
     * answers it (pages, counts, coverage, visits) keeps to his retailers; a filter on another
     * manager matches nothing. Being a manager filter, it is never answered from the count cells,
     * which hold the whole centre.
     */
    RetailerQuery restrict(RetailerQuery query) {
        if (all() || manager.equals(query.customerManagerId())) {
            return query;
        }
        return query.withCustomerManager(query.customerManagerId() == null ? manager : NOBODY);
    }

    /**
     * {@code <alias>.CUSTOMER_MANAGER_ID = ?} with its parameter added, or null for {@link #ALL}.
     *
     * @param retailer the retailer table's alias
     */
    String managerIs(String retailer, List<Object> params) {
        if (all()) {
            return null;
        }
        params.add(manager);
        return retailer + "." + MANAGER + " = ?"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * {@code <column> IN (<this scope's retailer ids>)} with its parameter added, or null for {@link #ALL}.
     *
     * @param retailerId a column holding a retailer's id
     */
    String retailerIn(String retailerId, List<Object> params) {
        if (all()) {
            return null;
        }
        params.add(manager);
        return retailerId + " IN (SELECT S.ID FROM " + RETAILER_TABLE + " S WHERE S." + MANAGER + " = ?)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * The condition on the rows of a table (unaliased) that they are, or belong to, a retailer of
     * this scope, with its parameter added; null when the scope is {@link #ALL} or the table has no retailer.
     */
    String condition(EntityTable t, List<Object> params) {
        if (all() || !t.hasRetailer()) {
            return null;
        }
        if (t.isRetailer()) {
            params.add(manager);
            return MANAGER + " = ?"; //$NON-NLS-1$
        }
        return retailerIn(t.retailerColumnName(), params);
    }
}
