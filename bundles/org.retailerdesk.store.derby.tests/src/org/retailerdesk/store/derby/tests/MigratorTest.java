package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        try (Connection c = rawConnection()) {
            assertEquals(1, new Migrator(Migrator.MIGRATIONS.subList(0, 1)).migrate(c));
        }
        assertEquals(Migrator.latestVersion(), store().open().schemaVersion());
    }
}
