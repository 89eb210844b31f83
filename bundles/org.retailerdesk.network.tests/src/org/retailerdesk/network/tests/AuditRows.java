package org.retailerdesk.network.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.retailerdesk.model.Entity;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.derby.internal.DerbyStore;

/** The store's audit rows about an entry, and the size of the whole trail (read in SQL: no API counts it). */
final class AuditRows {

    /** One audit row about an entry. */
    record Row(String actor, AuditAction action, String field, String oldValue, String newValue) {
    }

    private AuditRows() {
    }

    /** The rows about that entity, oldest first. */
    static List<Row> of(Store store, Entity entity) {
        List<Row> rows = new ArrayList<>();
        for (AuditEntry e : store.audit().entityTrail(entity.eClass(), entity.getId(), 0, Integer.MAX_VALUE).rows()) {
            rows.add(0, new Row(e.actor(), e.action(), e.field(), e.oldValue(), e.newValue()));
        }
        return rows;
    }

    /** How many rows the whole audit trail has. */
    static long count(Store store) throws SQLException {
        try (Connection c = connection(store);
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A connection of its own to the store's database, as the signed-in user. */
    private static Connection connection(Store store) throws SQLException {
        return ((DerbyStore) store).connection();
    }
}
