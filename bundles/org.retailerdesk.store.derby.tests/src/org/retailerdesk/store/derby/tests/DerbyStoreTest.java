package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.retailerdesk.store.DataFolder;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.store.derby.internal.Migrator;
import org.retailerdesk.testsupport.TempStore;

public class DerbyStoreTest {

    @Test
    public void createsDatabaseInDataFolderAtNewestSchema() throws Exception {
        try (TempStore temp = TempStore.unopened()) {
            DerbyStore store = temp.store();
            StoreInfo info = store.open();
            assertTrue(info.created());
            assertEquals(temp.home().resolve("db"), info.location());
            assertTrue(Files.isDirectory(info.location()));
            assertEquals(Migrator.latestVersion(), info.schemaVersion());
            assertTrue(info.engine().startsWith("Apache Derby 10.17"), info.engine());
            assertEquals(info, store.open(), "open is idempotent");
            store.close();
            assertFalse(store.isOpen());
        }
    }

    /**
     * Derby reads where to log once per JVM, when it boots: the first store opened in this JVM named its
     * data folder, whichever test that was. What can be checked here is that it was a data folder's
     * {@code derby.log} and that Derby wrote nothing into the working directory.
     */
    @Test
    public void derbyLogsBesideTheDatabaseNotInTheWorkingDirectory() {
        try (TempStore temp = TempStore.open()) {
            String log = System.getProperty("derby.stream.error.file"); //$NON-NLS-1$
            assertNotNull(log, "the store names Derby's log file before Derby boots"); //$NON-NLS-1$
            assertEquals("derby.log", Path.of(log).getFileName().toString()); //$NON-NLS-1$
            assertFalse(Files.exists(Path.of(System.getProperty("user.dir"), "derby.log")), //$NON-NLS-1$ //$NON-NLS-2$
                    "no derby.log in the working directory " + System.getProperty("user.dir")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    public void reopensExistingDatabaseWithoutRecreatingIt() throws Exception {
        try (TempStore temp = TempStore.open()) {
            DerbyStore second = temp.reopen();
            StoreInfo info = second.open();
            assertFalse(info.created());
            assertEquals(Migrator.latestVersion(), info.schemaVersion());
            try (Connection c = second.connection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM RD_SCHEMA_HISTORY")) {
                rs.next();
                assertEquals(Migrator.MIGRATIONS.size(), rs.getInt(1), "each migration recorded once");
                c.commit();
            }
        }
    }

    @Test
    public void connectionWhenClosedIsRefused() {
        try (TempStore temp = TempStore.unopened()) {
            assertThrows(StoreException.class, temp.store()::connection);
        }
    }

    @Test
    public void unusableDataFolderGivesClearError() throws Exception {
        try (TempStore temp = TempStore.unopened()) {
            // a data folder where a file is: the store is made by hand for this one path
            Path file = Files.writeString(temp.home().resolve("not-a-folder"), "x");
            DerbyStore store = new DerbyStore(file);
            StoreException e = assertThrows(StoreException.class, store::open);
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertFalse(store.isOpen());
        }
    }

    @Test
    public void dataFolderFollowsSystemProperty() {
        String before = System.getProperty(DataFolder.PROPERTY);
        try {
            Path home = Path.of("/srv/retailerdesk-test"); //$NON-NLS-1$
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
