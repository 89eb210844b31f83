package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.security.Operation;
import org.retailerdesk.security.Principal;
import org.retailerdesk.store.AccessDeniedException;

/**
 * The permission check of every write, below every caller: which {@link Operation} a row's insert,
 * update or delete needs, and, for a user who sees only his own retailers, that the row is (or
 * belongs to) one of them before and after. One instance per transaction or bulk chunk; a refusal
 * throws before the row is written, the caller rolls the transaction back and audits the refusal.
 */
final class WriteGuard {

    private static final EClass ROUND = Literals.ALLOCATION_ROUND;
    private static final String PUBLISHED = RoundStatus.PUBLISHED.getName();

    private final Connection connection;
    private final Principal principal;
    private final Map<Long, Long> managerOfRetailer = new HashMap<>();

    WriteGuard(Connection connection, Principal principal) {
        this.connection = connection;
        this.principal = principal;
    }

    /**
     * @param before the stored row (null for an insert)
     * @param after  the row to store (null for a delete)
     * @throws AccessDeniedException when the signed-in user may not write it
     */
    void check(EntityTable t, EntityTable.Row before, EntityTable.Row after) throws SQLException {
        Operation op = operation(t, before, after);
        EntityTable.Row any = after != null ? after : before;
        String what = t.eClass().getName() + " " + any.id(); //$NON-NLS-1$
        if (!principal.may(op)) {
            throw refuse(op, what);
        }
        if (principal.ownRetailersOnly() && t.hasRetailer()) {
            for (EntityTable.Row row : new EntityTable.Row[] { before, after }) {
                if (row != null && !own(t, row)) {
                    throw refuse(Operation.VIEW_ALL_RETAILERS, what);
                }
            }
        }
    }

    /** The refusal; the caller audits it once the write is rolled back ({@link AccessSql#record}). */
    private AccessDeniedException refuse(Operation op, String what) {
        return new AccessDeniedException(principal.displayName(), op, what);
    }

    static Operation operation(EntityTable t, EntityTable.Row before, EntityTable.Row after) {
        EClass c = t.eClass();
        if (c == ROUND) {
            boolean publishes = after != null && PUBLISHED.equals(value(t, after, Literals.ALLOCATION_ROUND__STATUS))
                    && (before == null || !PUBLISHED.equals(value(t, before, Literals.ALLOCATION_ROUND__STATUS)));
            return publishes ? Operation.PUBLISH_ROUND : Operation.PLAN_ALLOCATION;
        }
        if (c.getEAllReferences().stream().anyMatch(r -> !r.isMany() && r.getEReferenceType() == ROUND)) {
            return Operation.PLAN_ALLOCATION;
        }
        if (c == Literals.RETAILER) {
            boolean statusChanges = before != null && after != null
                    && !Objects.equals(value(t, before, Literals.RETAILER__STATUS), value(t, after, Literals.RETAILER__STATUS));
            return statusChanges ? Operation.CHANGE_LICENCES : Operation.EDIT_RETAILERS;
        }
        if (c == Literals.LICENCE_EVENT) {
            return Operation.CHANGE_LICENCES;
        }
        if (c == Literals.PRIORITY_HOUSEHOLD) {
            return Operation.EDIT_HOUSEHOLDS;
        }
        if (c == Literals.POLICY) {
            return Operation.EDIT_POLICIES;
        }
        if (c == Literals.PUBLICITY_RECORD) {
            return Operation.RECORD_PUBLICITY;
        }
        if (c == Literals.VISIT) {
            return Operation.RECORD_VISITS;
        }
        return t.hasRetailer() ? Operation.EDIT_RETAILERS : Operation.EDIT_MASTER_DATA;
    }

    private static Object value(EntityTable t, EntityTable.Row row, org.eclipse.emf.ecore.EStructuralFeature f) {
        return row.values()[t.indexOf(f)];
    }

    /** True when the row is, or belongs to, a retailer the signed-in user manages. */
    private boolean own(EntityTable t, EntityTable.Row row) throws SQLException {
        Long staff = principal.staffId();
        if (staff == null) {
            return false;
        }
        if (t.isRetailer()) {
            return staff.equals(value(t, row, Literals.RETAILER__CUSTOMER_MANAGER));
        }
        Long retailer = t.retailerOf(row);
        return retailer != null && staff.equals(managerOf(retailer));
    }

    private Long managerOf(long retailer) throws SQLException {
        if (!managerOfRetailer.containsKey(retailer)) {
            EReference manager = Literals.RETAILER__CUSTOMER_MANAGER;
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + Naming.column(manager) + " FROM " //$NON-NLS-1$ //$NON-NLS-2$
                    + Naming.table(Literals.RETAILER) + " WHERE " + EntityTable.ID + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                ps.setLong(1, retailer);
                try (ResultSet rs = ps.executeQuery()) {
                    long m = rs.next() ? rs.getLong(1) : 0;
                    managerOfRetailer.put(retailer, m == 0 ? null : m);
                }
            }
        }
        return managerOfRetailer.get(retailer);
    }
}
