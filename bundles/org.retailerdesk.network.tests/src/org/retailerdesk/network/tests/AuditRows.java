package org.retailerdesk.network.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.retailerdesk.model.Entity;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.Store;

/**
 * The store's audit rows, read in SQL from its database: {@code store.audit()} lists only the rows
 * about a retailer, and service-network entries belong to none.
 */
final class AuditRows {

    /** One audit row about an entry. */
    record Row(String actor, AuditAction action, String field, String oldValue, String newValue) {
    }

    private AuditRows() {
    }

    /** The rows about that entity, oldest first. */
    static List<Row> of(Store store, Entity entity) throws SQLException {
        try (Connection c = connection(store);
                PreparedStatement ps = c.prepareStatement("SELECT ACTOR, ACTION, FIELD, OLD_VALUE, NEW_VALUE FROM RD_AUDIT" //$NON-NLS-1$
                        + " WHERE ENTITY_TYPE = ? AND ENTITY_ID = ? ORDER BY ID")) { //$NON-NLS-1$
            ps.setString(1, entity.eClass().getName());
            ps.setLong(2, entity.getId());
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), AuditAction.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return rows;
        }
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

    /** A connection of its own to the store's database, booted already in this JVM. */
    private static Connection connection(Store store) throws SQLException {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(store.open().location().toString());
        return ds.getConnection();
    }
}
