package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.store.StoreException;

/**
 * The unique keys schema version 8 adds (what identifies a licence, a publicity record, a visit),
 * each with what a user reads when a write collides with it or when existing rows stand in the
 * way of the migration.
 */
enum UniqueKeys {
    LICENCE("RD_RETAILER", "UQ_RETAILER_LICENCE_NUMBER", Messages.UniqueKeys_licence, //$NON-NLS-1$
            "SELECT LICENCE_NUMBER, COUNT(*) FROM RD_RETAILER GROUP BY LICENCE_NUMBER HAVING COUNT(*) > 1"), //$NON-NLS-1$
    PUBLICITY("RD_PUBLICITY_RECORD", "UQ_PUBLICITY_RECORD_KEY", Messages.UniqueKeys_publicity, //$NON-NLS-1$
            "SELECT r.CUSTOMER_CODE, p.DATE, o.CODE, COUNT(*) FROM RD_PUBLICITY_RECORD p" //$NON-NLS-1$
                    + " JOIN RD_RETAILER r ON r.ID = p.RETAILER_ID JOIN RD_POLICY o ON o.ID = p.POLICY_ID" //$NON-NLS-1$
                    + " GROUP BY r.CUSTOMER_CODE, p.DATE, o.CODE HAVING COUNT(*) > 1"), //$NON-NLS-1$
    VISIT("RD_VISIT", "UQ_VISIT_KEY", Messages.UniqueKeys_visit, //$NON-NLS-1$
            "SELECT r.CUSTOMER_CODE, v.DATE, s.CODE, COUNT(*) FROM RD_VISIT v" //$NON-NLS-1$
                    + " JOIN RD_RETAILER r ON r.ID = v.RETAILER_ID JOIN RD_STAFF s ON s.ID = v.VISITOR_ID" //$NON-NLS-1$
                    + " GROUP BY r.CUSTOMER_CODE, v.DATE, s.CODE HAVING COUNT(*) > 1"); //$NON-NLS-1$

    /** The schema version that adds these keys. */
    static final int VERSION = 8;
    /** Duplicates named in the message, per key: enough to find them, short enough to read. */
    private static final int SHOWN = 10;

    /** What a write that collides with our other unique constraints is told, by constraint. */
    private static final Map<String, String> OTHERS = Map.of("UQ_RETAILER_CUSTOMER_CODE", //$NON-NLS-1$
            Messages.UniqueKeys_customerCode);

    private final String table;
    private final String constraint;
    private final String description;
    private final String duplicates;

    UniqueKeys(String table, String constraint, String description, String duplicates) {
        this.table = table;
        this.constraint = constraint;
        this.description = description;
        this.duplicates = duplicates;
    }

    /** What is unique, for a message about the constraint (e.g. from Derby's 23505); null when not one of ours. */
    static String describe(String constraint) {
        for (UniqueKeys k : values()) {
            if (k.constraint.equals(constraint)) {
                return k.description;
            }
        }
        return OTHERS.get(constraint);
    }

    /**
     * Before the migration to {@link #VERSION}: refuses, naming the table, the key values and how
     * many rows share them, when existing rows would break one of the keys.
     *
     * @throws StoreException listing the duplicates of every key that has some
     */
    static void checkBeforeMigration(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        for (UniqueKeys k : values()) {
            List<String> groups = new ArrayList<>();
            long more = 0;
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(k.duplicates)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    if (groups.size() == SHOWN) {
                        more++;
                        continue;
                    }
                    List<String> key = new ArrayList<>();
                    for (int c = 1; c < columns; c++) {
                        key.add(String.valueOf(rs.getObject(c)));
                    }
                    groups.add(NLS.bind(Messages.UniqueKeys_group, String.join(" / ", key), rs.getLong(columns))); //$NON-NLS-1$
                }
            }
            if (!groups.isEmpty()) {
                String list = String.join("; ", groups) //$NON-NLS-1$
                        + (more > 0 ? NLS.bind(Messages.UniqueKeys_more, more) : ""); //$NON-NLS-1$
                found.add(NLS.bind(Messages.UniqueKeys_duplicates, new Object[] { k.description, k.table, list }));
            }
        }
        if (!found.isEmpty()) {
            throw new StoreException(NLS.bind(Messages.UniqueKeys_migration,
                    new Object[] { VERSION, String.join(" ", found), VERSION - 1 })); //$NON-NLS-1$
        }
    }
}
