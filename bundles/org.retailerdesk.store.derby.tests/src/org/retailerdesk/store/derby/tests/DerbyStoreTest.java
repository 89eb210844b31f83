package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.store.DataFolder;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.store.derby.internal.Migrator;

public class DerbyStoreTest {

    @TempDir
    Path home;

    @Test
    public void createsDatabaseInDataFolderAtNewestSchema() throws Exception {
        DerbyStore store = new DerbyStore(home);
        try {
            StoreInfo info = store.open();
            assertTrue(info.created());
            assertEquals(home.resolve("db"), info.location());
            assertTrue(Files.isDirectory(info.location()));
            assertEquals(Migrator.latestVersion(), info.schemaVersion());
            assertTrue(info.engine().startsWith("Apache Derby 10.17"), info.engine());
            assertTrue(Files.exists(home.resolve("derby.log")) || System.getProperty("derby.stream.error.file") != null);
            assertEquals(info, store.open(), "open is idempotent");
        } finally {
            store.close();
        }
        assertFalse(store.isOpen());
    }

    @Test
    public void reopensExistingDatabaseWithoutRecreatingIt() throws Exception {
        DerbyStore first = new DerbyStore(home);
        first.open();
        first.close();
        DerbyStore second = new DerbyStore(home);
        try {
            StoreInfo info = second.open();
            assertFalse(info.created());
            assertEquals(Migrator.latestVersion(), info.schemaVersion());
            try (Connection c = second.connection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM RD_SCHEMA_HISTORY")) {
                rs.next();
                assertEquals(Migrator.MIGRATIONS.size(), rs.getInt(1), "each migration recorded once");
                c.commit();
            }
        } finally {
            second.close();
        }
    }

    @Test
    public void connectionWhenClosedIsRefused() {
        DerbyStore store = new DerbyStore(home);
        assertThrows(StoreException.class, store::connection);
    }

    @Test
    public void unusableDataFolderGivesClearError() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");
        DerbyStore store = new DerbyStore(file);
        StoreException e = assertThrows(StoreException.class, store::open);
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(store.isOpen());
    }

    @Test
    public void dataFolderFollowsSystemProperty() {
        String before = System.getProperty(DataFolder.PROPERTY);
        try {
            System.setProperty(DataFolder.PROPERTY, home.toString());
            assertEquals(home, DataFolder.resolve());
            System.clearProperty(DataFolder.PROPERTY);
            if (System.getenv(DataFolder.ENVIRONMENT) == null) {
                assertEquals(Path.of(System.getProperty("user.home"), ".retailerdesk"), DataFolder.resolve());
            }
        } finally {
            if (before != null) {
                System.setProperty(DataFolder.PROPERTY, before);
            }
        }
    }
}
