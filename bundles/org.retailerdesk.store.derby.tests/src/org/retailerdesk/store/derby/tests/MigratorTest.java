package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Visit;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.store.derby.internal.Migration;
import org.retailerdesk.store.derby.internal.Migrator;
import org.retailerdesk.testsupport.TempStore;

public class MigratorTest {

    /** A step after every real one whose second statement fails (migrations/V1000__test_half_applied.sql here). */
    private static final Migration HALF_APPLIED = new Migration(1000, "test_half_applied"); //$NON-NLS-1$

    private TempStore temp;

    /**
     * Derby boots once per JVM and takes its log file from the first boot: a store boots it here, as in the
     * product, so these tests' raw connections do not send Derby's log to the working directory.
     */
    @BeforeAll
    static void bootDerbyThroughAStore() {
        TempStore.open().close();
    }

    @BeforeEach
    void folder() {
        temp = TempStore.unopened();
    }

    @AfterEach
    void closeAndDelete() {
        temp.close();
    }

    /**
     * A connection of its own to the test's database, made as an older product made it (no user,
     * not encrypted) when there is none yet; once a store has opened it, as its owner with the keys.
     */
    private Connection rawConnection() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(temp.store().databaseFolder().toString());
        Path keys = temp.home().resolve("keys"); //$NON-NLS-1$
        if (Files.exists(keys.resolve("owner.key"))) { //$NON-NLS-1$
            ds.setUser("APP"); //$NON-NLS-1$
            ds.setPassword(Files.readString(keys.resolve("owner.key")).strip()); //$NON-NLS-1$
            ds.setConnectionAttributes("bootPassword=" + Files.readString(keys.resolve("boot.key")).strip()); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            ds.setCreateDatabase("create"); //$NON-NLS-1$
        }
        return ds.getConnection();
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    @Test
    public void refusesDatabaseFromNewerProduct() throws Exception {
        DerbyStore current = temp.store();
        current.open();
        TempStore.signInAdministrator(current);
        try (Connection c = current.connection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO RD_SCHEMA_HISTORY (VERSION, NAME, APPLIED_AT) VALUES (?, 'future', CURRENT_TIMESTAMP)")) {
            ps.setInt(1, Migrator.latestVersion() + 1);
            ps.executeUpdate();
            c.commit();
        }
        StoreException e = assertThrows(StoreException.class, temp::reopen);
        assertTrue(e.getMessage().contains(Integer.toString(Migrator.latestVersion() + 1)), e.getMessage());
    }

    @Test
    public void stepFailingHalfWayKeepsNothingOfThatStep() throws Exception {
        try (Connection c = rawConnection()) {
            List<Migration> broken = new ArrayList<>(Migrator.MIGRATIONS);
            broken.add(HALF_APPLIED);
            StoreException e = assertThrows(StoreException.class, () -> new Migrator(broken).migrate(c));
            assertTrue(e.getCause() instanceof SQLException, "the step's SQL ran and failed: " + e); //$NON-NLS-1$
            assertTrue(e.getMessage().contains("1000"), e.getMessage()); //$NON-NLS-1$
            assertTrue(c.getAutoCommit(), "the connection is handed back in auto-commit mode"); //$NON-NLS-1$
            assertFalse(tableExists(c, "RD_HALF_APPLIED"), "the first statement of the failed step is rolled back"); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(Migrator.latestVersion(), Migrator.currentVersion(c), "the steps before it stay applied"); //$NON-NLS-1$
        }
        DerbyStore.shutdownDatabase(temp.store().databaseFolder());
        assertEquals(Migrator.latestVersion(), temp.store().open().schemaVersion(), "the database still opens"); //$NON-NLS-1$
        TempStore.signInAdministrator(temp.store());
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
        DerbyStore.shutdownDatabase(temp.store().databaseFolder());

        DerbyStore upgraded = temp.store();
        assertEquals(Migrator.latestVersion(), upgraded.open().schemaVersion());
        TempStore.signInAdministrator(upgraded);
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

    /**
     * A version 7 database whose rows break the keys version 8 adds: the migration stops before
     * changing anything, naming the table, the key values and how many rows share them; once the
     * duplicates are gone it goes through.
     */
    @Test
    public void uniqueKeysMigrationNamesExistingDuplicatesAndLeavesVersion7() throws Exception {
        DerbyStore current = temp.store();
        current.open();
        TempStore.signInAdministrator(current);
        Fixtures fixtures = new Fixtures(current, 8);
        Retailer a = (Retailer) fixtures.saved(Fixtures.P.getRetailer());
        Retailer b = (Retailer) fixtures.create(Fixtures.P.getRetailer());
        b.setCustomerCode("370102999998"); //$NON-NLS-1$
        b.setLicenceNumber("370102999997"); //$NON-NLS-1$
        current.insert(b);
        PublicityRecord p = null;
        Visit v = null;
        for (int day = 1; day <= 3; day++) {
            // one retailer, policy and visitor (the fixtures' saved ones), three dates
            p = (PublicityRecord) fixtures.create(Fixtures.P.getPublicityRecord());
            p.setDate(LocalDate.of(2026, 1, day));
            p.setVisit(null);
            current.insert(p);
            v = (Visit) fixtures.create(Fixtures.P.getVisit());
            v.setDate(LocalDate.of(2026, 1, day));
            current.insert(v);
        }
        int visits;
        try (Connection c = current.ownerConnection(); Statement st = c.createStatement()) {
            // back to version 7, then the duplicates a concurrent write could make there
            st.execute("ALTER TABLE RD_RETAILER DROP CONSTRAINT UQ_RETAILER_LICENCE_NUMBER"); //$NON-NLS-1$
            st.execute("ALTER TABLE RD_PUBLICITY_RECORD DROP CONSTRAINT UQ_PUBLICITY_RECORD_KEY"); //$NON-NLS-1$
            st.execute("ALTER TABLE RD_VISIT DROP CONSTRAINT UQ_VISIT_KEY"); //$NON-NLS-1$
            st.execute("DELETE FROM RD_SCHEMA_HISTORY WHERE VERSION >= 8"); //$NON-NLS-1$
            st.execute("UPDATE RD_RETAILER SET LICENCE_NUMBER = '" + a.getLicenceNumber() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            st.execute("UPDATE RD_PUBLICITY_RECORD SET DATE = DATE('2026-01-05')"); //$NON-NLS-1$
            st.execute("UPDATE RD_VISIT SET DATE = DATE('2026-01-05')"); //$NON-NLS-1$
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM RD_VISIT")) { //$NON-NLS-1$
                rs.next();
                visits = rs.getInt(1);
            }
            c.commit();
        }
        temp.store().close();
        DerbyStore.shutdownDatabase(temp.store().databaseFolder());

        // the later migrations' tables are there already: only the steps up to version 8 run
        Migrator upTo8 = new Migrator(Migrator.MIGRATIONS.subList(0, 8));
        StoreException e;
        try (Connection c = rawConnection()) {
            e = assertThrows(StoreException.class, () -> upTo8.migrate(c));
        }
        String m = e.getMessage();
        assertTrue(m.contains("RD_RETAILER") && m.contains(a.getLicenceNumber() + " (2 "), m); //$NON-NLS-1$ //$NON-NLS-2$
        String key = a.getCustomerCode() + " / 2026-01-05 / "; //$NON-NLS-1$
        assertTrue(m.contains("RD_PUBLICITY_RECORD") && m.contains(key + p.getPolicy().getCode() + " (3 "), m); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(m.contains("RD_VISIT") && m.contains(key + v.getVisitor().getCode() + " (" + visits + " "), m); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try (Connection c = rawConnection(); Statement st = c.createStatement()) {
            assertEquals(7, Migrator.currentVersion(c));
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM RD_VISIT WHERE DATE = DATE('2026-01-05')")) { //$NON-NLS-1$
                rs.next();
                assertEquals(visits, rs.getInt(1), "the rows are kept as they were"); //$NON-NLS-1$
            }
            st.execute("UPDATE RD_RETAILER SET LICENCE_NUMBER = CUSTOMER_CODE"); //$NON-NLS-1$
            st.execute("DELETE FROM RD_PUBLICITY_RECORD WHERE ID <> (SELECT MIN(ID) FROM RD_PUBLICITY_RECORD)"); //$NON-NLS-1$
            st.execute("DELETE FROM RD_VISIT WHERE ID <> (SELECT MIN(ID) FROM RD_VISIT)"); //$NON-NLS-1$
            assertEquals(8, upTo8.migrate(c));
        }
    }

    /** Version 9 turns the group names typed on retailers into groups the retailers point at. */
    @Test
    public void serviceNetworkMigrationMakesAGroupOfEveryGroupName() throws Exception {
        try (Connection c = rawConnection(); Statement st = c.createStatement()) {
            assertEquals(8, new Migrator(Migrator.MIGRATIONS.subList(0, 8)).migrate(c));
            st.execute("INSERT INTO RD_DISTRICT (ID, VERSION, CODE, NAME) VALUES (1, 1, 'D1', '城区')"); //$NON-NLS-1$
            st.execute("INSERT INTO RD_MARKET_DEPARTMENT (ID, VERSION, CODE, NAME, DISTRICT_ID)" //$NON-NLS-1$
                    + " VALUES (2, 1, 'MD1', '城区市场部', 1)"); //$NON-NLS-1$
            String[] groups = { "东关第1诚信互助小组", "东关第2诚信互助小组", null, "东关第1诚信互助小组" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (int i = 0; i < groups.length; i++) {
                st.execute("INSERT INTO RD_RETAILER (ID, VERSION, CUSTOMER_CODE, LICENCE_NUMBER, SHOP_NAME, OWNER, ADDRESS," //$NON-NLS-1$
                        + " BUSINESS_FORMAT, DISTRICT_ID, MARKET_DEPARTMENT_ID, MONITORED, MODEL_SHOP, GRADE, MARKET_TYPE," //$NON-NLS-1$
                        + " MUTUAL_AID_GROUP) VALUES (" + (10 + i) + ", 1, '37010200000" + i + "', '37010200000" + i //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + "', '店', '人', '路', 'CONVENIENCE', 1, 2, FALSE, FALSE, 5, 'URBAN', " //$NON-NLS-1$
                        + (groups[i] == null ? "NULL" : "'" + groups[i] + "'") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            st.execute("UPDATE RD_ID_BLOCK SET NEXT_ID = 100 WHERE ID = 1"); //$NON-NLS-1$
        }
        DerbyStore.shutdownDatabase(temp.store().databaseFolder());

        DerbyStore upgraded = temp.store();
        assertEquals(Migrator.latestVersion(), upgraded.open().schemaVersion());
        TempStore.signInAdministrator(upgraded);
        List<MutualAidGroup> made = upgraded.findAll(MutualAidGroup.class);
        assertEquals(2, made.size());
        for (MutualAidGroup g : made) {
            assertTrue(g.getId() >= 100, "ids come from the id block"); //$NON-NLS-1$
            assertTrue(g.getCode().matches("HZ\\d{5}"), g.getCode()); //$NON-NLS-1$
            assertEquals(2L, g.getMarketDepartment().getId());
            assertTrue(g.isActive());
        }
        Retailer first = upgraded.get(Retailer.class, 10L);
        assertEquals("东关第1诚信互助小组", first.getMutualAidGroup().getName()); //$NON-NLS-1$
        assertEquals(first.getMutualAidGroup().getId(), upgraded.get(Retailer.class, 13L).getMutualAidGroup().getId());
        assertNull(upgraded.get(Retailer.class, 12L).getMutualAidGroup());
        District d = RetailerdeskFactory.eINSTANCE.createDistrict();
        d.setCode("D2"); //$NON-NLS-1$
        d.setName("郊区"); //$NON-NLS-1$
        upgraded.insert(d);
        assertTrue(d.getId() > made.stream().mapToLong(MutualAidGroup::getId).max().orElseThrow(), "the block moved on"); //$NON-NLS-1$
    }

    /**
     * Version 10 stores the status a retailer never had written as ACTIVE, and counts the retailers
     * per status in the count cells, rebuilt from the rows (raw rows written here had no cells).
     */
    @Test
    public void retailerStatusMigrationCountsEveryStatus() throws Exception {
        try (Connection c = rawConnection(); Statement st = c.createStatement()) {
            assertEquals(9, new Migrator(Migrator.MIGRATIONS.subList(0, 9)).migrate(c));
            st.execute("INSERT INTO RD_DISTRICT (ID, VERSION, CODE, NAME) VALUES (1, 1, 'D1', '城区')"); //$NON-NLS-1$
            st.execute("INSERT INTO RD_MARKET_DEPARTMENT (ID, VERSION, CODE, NAME, DISTRICT_ID)" //$NON-NLS-1$
                    + " VALUES (2, 1, 'MD1', '城区市场部', 1)"); //$NON-NLS-1$
            String[] statuses = { null, "ACTIVE", "SUSPENDED", "CLOSED", null, "SUSPENDED" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            for (int i = 0; i < statuses.length; i++) {
                st.execute("INSERT INTO RD_RETAILER (ID, VERSION, CUSTOMER_CODE, LICENCE_NUMBER, SHOP_NAME, OWNER, ADDRESS," //$NON-NLS-1$
                        + " BUSINESS_FORMAT, DISTRICT_ID, MARKET_DEPARTMENT_ID, MONITORED, MODEL_SHOP, GRADE, MARKET_TYPE," //$NON-NLS-1$
                        + " STATUS) VALUES (" + (10 + i) + ", 1, '37010200000" + i + "', '37010200000" + i //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + "', '店', '人', '路', 'CONVENIENCE', 1, 2, FALSE, FALSE, " + (5 + i % 2) + ", 'URBAN', " //$NON-NLS-1$ //$NON-NLS-2$
                        + (statuses[i] == null ? "NULL" : "'" + statuses[i] + "'") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        DerbyStore.shutdownDatabase(temp.store().databaseFolder());

        DerbyStore upgraded = temp.store();
        assertEquals(Migrator.latestVersion(), upgraded.open().schemaVersion());
        TempStore.signInAdministrator(upgraded);
        assertEquals(RetailerStatus.ACTIVE, upgraded.get(Retailer.class, 10L).getStatus());
        RetailerQuery all = RetailerQuery.all();
        assertEquals(6, upgraded.retailers().count(all));
        assertEquals(3, upgraded.retailers().count(all.withStatuses(Set.of(RetailerStatus.ACTIVE))));
        assertEquals(2, upgraded.retailers().count(all.withStatuses(Set.of(RetailerStatus.SUSPENDED))));
        assertEquals(java.util.Map.of(5, 1L, 6, 2L), upgraded.retailers().countByGrade(
                all.withStatuses(Set.of(RetailerStatus.SUSPENDED, RetailerStatus.CLOSED))));
        Retailer r = upgraded.get(Retailer.class, 11L);
        r.setStatus(RetailerStatus.SUSPENDED);
        upgraded.update(r);
        assertEquals(3, upgraded.retailers().count(all.withStatuses(Set.of(RetailerStatus.SUSPENDED))), "cells kept on writes"); //$NON-NLS-1$
    }
}
