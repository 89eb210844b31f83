package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.model.District;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.store.derby.internal.Migration;
import org.retailerdesk.store.derby.internal.Migrator;

public class MigratorTest {

    @TempDir
    Path home;

    private final List<DerbyStore> stores = new ArrayList<>();

    @AfterEach
    void closeStores() {
        stores.forEach(DerbyStore::close);
        DerbyStore.shutdownDatabase(home.resolve("db"));
    }

    private DerbyStore store() {
        DerbyStore s = new DerbyStore(home);
        stores.add(s);
        return s;
    }

    private Connection rawConnection() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(home.resolve("db").toString());
        ds.setCreateDatabase("create");
        return ds.getConnection();
    }

    @Test
    public void refusesDatabaseFromNewerProduct() throws Exception {
        DerbyStore current = store();
        current.open();
        try (Connection c = current.connection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO RD_SCHEMA_HISTORY (VERSION, NAME, APPLIED_AT) VALUES (?, 'future', CURRENT_TIMESTAMP)")) {
            ps.setInt(1, Migrator.latestVersion() + 1);
            ps.executeUpdate();
            c.commit();
        }
        stores.forEach(DerbyStore::close);
        StoreException e = assertThrows(StoreException.class, () -> store().open());
        assertTrue(e.getMessage().contains(Integer.toString(Migrator.latestVersion() + 1)), e.getMessage());
    }

    @Test
    public void failedMigrationKeepsNothingOfThatStep() throws Exception {
        try (Connection c = rawConnection()) {
            List<Migration> broken = new ArrayList<>(Migrator.MIGRATIONS);
            broken.add(new Migration(Migrator.latestVersion() + 1, "does_not_exist"));
            assertThrows(StoreException.class, () -> new Migrator(broken).migrate(c));
            c.setAutoCommit(true);
            assertEquals(Migrator.latestVersion(), Migrator.currentVersion(c));
        }
    }

    @Test
    public void upgradesDatabaseMadeByOlderSchemaVersion() throws Exception {
        Timestamp created;
        try (Connection c = rawConnection()) {
            // schema version 1 is what the first release wrote: the database identity row
            assertEquals(1, new Migrator(Migrator.MIGRATIONS.subList(0, 1)).migrate(c));
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT CREATED_AT FROM RD_DATABASE WHERE ID = 1")) {
                rs.next();
                created = rs.getTimestamp(1);
            }
        }
        DerbyStore.shutdownDatabase(home.resolve("db"));

        DerbyStore upgraded = store();
        assertEquals(Migrator.latestVersion(), upgraded.open().schemaVersion());
        try (Connection c = upgraded.connection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT ID, CREATED_AT FROM RD_DATABASE")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            assertEquals(created, rs.getTimestamp(2), "the version 1 row is kept");
            assertFalse(rs.next());
            c.commit();
        }
        District d = RetailerdeskFactory.eINSTANCE.createDistrict();
        d.setCode("D1");
        d.setName("城区");
        upgraded.insert(d);
        assertEquals("城区", upgraded.get(District.class, d.getId()).getName());
    }
}
