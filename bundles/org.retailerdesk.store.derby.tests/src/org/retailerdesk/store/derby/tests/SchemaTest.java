package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.retailerdesk.store.derby.internal.Column;
import org.retailerdesk.store.derby.internal.EntityTable;
import org.retailerdesk.store.derby.internal.Naming;
import org.retailerdesk.store.derby.internal.Schema;
import org.retailerdesk.testsupport.TempStore;

/** The migrated schema has exactly the tables and columns the model asks for: model and DDL cannot drift. */
public class SchemaTest {

    private record DbColumn(int type, boolean nullable, int size) {
    }

    @Test
    public void everyModelFeatureHasItsColumnAndNothingElse() throws Exception {
        try (TempStore temp = TempStore.open()) {
            Schema schema = new Schema();
            assertEquals(Fixtures.concreteClasses().size(), schema.tables().size());
            try (Connection c = temp.store().connection()) {
                DatabaseMetaData md = c.getMetaData();
                for (EntityTable t : schema.tables()) {
                    Map<String, DbColumn> db = new HashMap<>();
                    try (ResultSet rs = md.getColumns(null, null, t.table(), null)) {
                        while (rs.next()) {
                            db.put(rs.getString("COLUMN_NAME"), new DbColumn(rs.getInt("DATA_TYPE"), //$NON-NLS-1$ //$NON-NLS-2$
                                    rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable, rs.getInt("COLUMN_SIZE"))); //$NON-NLS-1$ //$NON-NLS-2$
                        }
                    }
                    assertTrue(!db.isEmpty(), "table " + t.table()); //$NON-NLS-1$
                    TreeSet<String> expected = new TreeSet<>();
                    expected.add("ID"); //$NON-NLS-1$
                    expected.add("VERSION"); //$NON-NLS-1$
                    assertEquals(Types.BIGINT, db.get("ID").type()); //$NON-NLS-1$
                    assertEquals(Types.INTEGER, db.get("VERSION").type()); //$NON-NLS-1$
                    for (Column col : t.columns()) {
                        String where = t.table() + "." + col.name(); //$NON-NLS-1$
                        expected.add(col.name());
                        DbColumn d = db.get(col.name());
                        assertTrue(d != null, "missing column " + where); //$NON-NLS-1$
                        assertEquals(col.jdbcType(), d.type(), "type of " + where); //$NON-NLS-1$
                        assertEquals(!col.required(), d.nullable(), "nullability of " + where); //$NON-NLS-1$
                        String length = lengthOf(col.feature());
                        if (length != null) {
                            assertEquals(Integer.parseInt(length), d.size(), "length of " + where); //$NON-NLS-1$
                        }
                    }
                    assertEquals(expected, new TreeSet<>(db.keySet()), "columns of " + t.table()); //$NON-NLS-1$
                }
                c.commit();
            }
        }
    }

    /** Besides the entity tables, only the store's own: any other table would be a migration nobody reviewed here. */
    @Test
    public void storeTablesBesideTheEntityTables() throws Exception {
        try (TempStore temp = TempStore.open()) {
            TreeSet<String> expected = new TreeSet<>(java.util.List.of("RD_SCHEMA_HISTORY", "RD_DATABASE", "RD_ID_BLOCK", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "RD_AUDIT", "RD_RETAILER_TOKEN", "RD_RETAILER_TOKEN_COUNT", "RD_RETAILER_COUNT", "RD_RETAILER_SEARCH_BACKLOG", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    "RD_USER", "RD_SIGN_IN")); //$NON-NLS-1$ //$NON-NLS-2$
            new Schema().tables().forEach(t -> expected.add(t.table()));
            TreeSet<String> tables = new TreeSet<>();
            try (Connection c = temp.store().connection();
                    ResultSet rs = c.getMetaData().getTables(null, "APP", "%", new String[] { "TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME")); //$NON-NLS-1$
                }
                c.commit();
            }
            assertEquals(expected, tables);
        }
    }

    private static String lengthOf(EStructuralFeature f) {
        var a = f.getEAnnotation("http://retailerdesk.org/persistence"); //$NON-NLS-1$
        return a == null ? null : a.getDetails().get("length"); //$NON-NLS-1$
    }

    @Test
    public void namingConvention() {
        assertEquals("RD_RETAILER", Naming.table(Fixtures.P.getRetailer())); //$NON-NLS-1$
        assertEquals("RD_PRIORITY_HOUSEHOLD", Naming.table(Fixtures.P.getPriorityHousehold())); //$NON-NLS-1$
        assertEquals("CUSTOMER_CODE", Naming.column(Fixtures.P.getRetailer_CustomerCode())); //$NON-NLS-1$
        assertEquals("CUSTOMER_MANAGER_ID", Naming.column(Fixtures.P.getRetailer_CustomerManager())); //$NON-NLS-1$
        assertEquals("KEY_", Naming.column(Fixtures.P.getAllocationRule_Key())); //$NON-NLS-1$
    }
}
