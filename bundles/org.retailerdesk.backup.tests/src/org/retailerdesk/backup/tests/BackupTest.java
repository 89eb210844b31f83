package org.retailerdesk.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retailerdesk.backup.BackupManifest;
import org.retailerdesk.backup.Backups;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.derby.internal.DatabaseFiles;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/** Online backups taken while others write, their verification, restore and pruning. */
public class BackupTest {

    private static final int RETAILERS = 60;
    private static final int TARGETS = 8;

    private TempStore temp;
    private Backups backups;
    private final List<Path> extraFolders = new ArrayList<>();

    @BeforeEach
    public void open() {
        temp = TempStore.withDemoCentre(RETAILERS, 11);
        backups = new Backups(temp.home());
    }

    @AfterEach
    public void close() {
        temp.close();
        extraFolders.forEach(DatabaseFiles::deleteTree);
    }

    /** Each retailer's shop name and version, ordered by id: what a list of the centre shows. */
    private static Map<Long, String> state(DerbyStore store) {
        Map<Long, String> out = new HashMap<>();
        for (Retailer r : store.findAll(Retailer.class)) {
            out.put(r.getId(), r.getShopName() + " v" + r.getVersion());
        }
        return out;
    }

    @Test
    public void aBackupTakenDuringConcurrentWritesRestoresToTheSourceAtTheBackupPoint() throws Exception {
        DerbyStore store = temp.store();
        List<Retailer> all = new ArrayList<>(store.findAll(Retailer.class));
        all.sort(Comparator.comparingLong(Retailer::getId));
        List<Retailer> targets = all.subList(0, TARGETS);
        Map<Long, String> before = state(store);

        // write i renames target i % TARGETS to "<name>#i": the state after k writes is known for every k
        AtomicInteger committed = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> writerFailures = Collections.synchronizedList(new ArrayList<>());
        Runnable writer = () -> {
            while (!stop.get()) {
                int i = committed.get() + 1;
                Retailer t = targets.get(i % TARGETS);
                try {
                    store.write(tx -> {
                        Retailer r = tx.get(Retailer.class, t.getId());
                        r.setShopName(t.getShopName() + "#" + i);
                        return tx.update(r);
                    });
                    committed.set(i);
                } catch (RuntimeException e) {
                    writerFailures.add(e);
                    return;
                }
            }
        };
        Thread w = new Thread(writer, "writer");
        w.start();
        Path folder = temp.home().resolve("backup-during-writes");
        Backups.Taken taken;
        int atStart;
        int atEnd;
        try {
            waitFor(() -> committed.get() >= 20);
            atStart = committed.get();
            taken = backups.take(store::ownerConnection, folder);
            atEnd = committed.get();
            int then = atEnd;
            waitFor(() -> committed.get() >= then + 20);
        } finally {
            stop.set(true);
            w.join();
        }
        assertTrue(writerFailures.isEmpty(), "the writer never failed because of the backup: " + writerFailures);
        assertEquals(folder, taken.folder());
        assertTrue(Files.isRegularFile(folder.resolve(BackupManifest.FILE)));
        int total = committed.get();

        // restore on a second machine given the keys, and read it as the product would
        Path second = Files.createTempDirectory("retailerdesk-restored-");
        extraFolders.add(second);
        RawDatabase.copyKeys(temp.home(), second);
        assertNull(new Backups(second).restore(folder), "there was no database to move aside");
        DerbyStore restored = new DerbyStore(second);
        Map<Long, String> got;
        try {
            restored.open();
            TempStore.signInAdministrator(restored);
            got = state(restored);
        } finally {
            restored.close();
        }

        int k = 0;
        for (Retailer t : targets) {
            String name = got.get(t.getId());
            int hash = name.lastIndexOf('#');
            if (hash >= 0) {
                k = Math.max(k, Integer.parseInt(name.substring(hash + 1, name.indexOf(' ', hash))));
            }
        }
        // the writer counts a write after its commit returns: it may lag the database by one
        assertTrue(k >= atStart && k <= atEnd + 1, "the backup point lies within the backup: " + atStart + " ≤ " + k + " ≤ " + atEnd);
        assertTrue(k < total, "writes went on after the backup point: " + k + " < " + total);
        Map<Long, String> expected = new HashMap<>(before);
        for (int i = 1; i <= k; i++) {
            Retailer t = targets.get(i % TARGETS);
            String old = expected.get(t.getId());
            int version = Integer.parseInt(old.substring(old.lastIndexOf(" v") + 2));
            expected.put(t.getId(), t.getShopName() + "#" + i + " v" + (version + 1));
        }
        assertEquals(expected, got, "the restored centre is the source as it was after write " + k);
        assertEquals(RETAILERS, got.size());
    }

    @Test
    public void aWriterThatWouldDeadlockWithTheBackupGoesOnAndTheBackupTriesAgain() throws Exception {
        DerbyStore store = temp.store();
        try (Connection w = store.ownerConnection(); Connection diag = store.ownerConnection();
                Statement ws = w.createStatement()) {
            try {
                writeDuringBackup(store, w, ws, diag);
            } finally {
                w.rollback(); // after a failure: a connection closes only without a transaction
            }
        }
        backups.verify(temp.home().resolve("during-a-deadlock"));
    }

    private void writeDuringBackup(DerbyStore store, Connection w, Statement ws, Connection diag) throws Exception {
        // the writer holds RD_RETAILER; the backup, locking tables by name, gets RD_DISTRICT first, then waits for it
        assertEquals(1, ws.executeUpdate("UPDATE APP.RD_RETAILER SET SHOP_NAME = 'written meanwhile'"
                + " WHERE ID = (SELECT MIN(ID) FROM APP.RD_RETAILER)"));
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Thread backup = new Thread(() -> {
            try {
                backups.take(store::ownerConnection, temp.home().resolve("during-a-deadlock"));
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }, "backup");
        backup.start();
        waitFor(() -> waitsFor(diag, "RD_RETAILER"));
        // ... and now the writer wants a table the backup holds: a deadlock, unless the backup gives way
        long started = System.nanoTime();
        ws.executeUpdate("UPDATE APP.RD_DISTRICT SET NAME = NAME");
        long waited = (System.nanoTime() - started) / 1_000_000;
        w.commit();
        backup.join();
        assertTrue(failures.isEmpty(), "the backup succeeded on a later attempt: " + failures);
        assertTrue(waited < 2_000, "the writer waited " + waited + " ms, not Derby's 20 s deadlock timeout");
    }

    /** True when some transaction waits for a lock on that table. */
    private static boolean waitsFor(Connection diag, String table) {
        try (Statement st = diag.createStatement(); var rs = st.executeQuery(
                "SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE STATE = 'WAIT' AND TABLENAME = '" + table + "'")) {
            rs.next();
            boolean waiting = rs.getInt(1) > 0;
            diag.commit();
            return waiting;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < giveUp, "timed out");
            Thread.sleep(5);
        }
    }

    @Test
    public void aRestoreRefusesADamagedBackupAndLeavesTheCurrentDatabaseInPlace() throws Exception {
        DerbyStore store = temp.store();
        Path folder = backups.take(store::ownerConnection, null).folder();
        assertEquals(backups.folder(), folder.getParent(), "by default under <data folder>/backups");
        backups.verify(folder);

        // damage the backup as a failing disk or a careless hand would: one retailer's row changed
        Path copy = folder.resolve("db");
        try (Connection c = RawDatabase.connect(temp.home(), copy, RawDatabase.key(temp.home(), "boot.key"));
                Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE APP.RD_RETAILER SET SHOP_NAME = 'tampered' WHERE ID = "
                    + "(SELECT MIN(ID) FROM APP.RD_RETAILER)"));
        } finally {
            RawDatabase.shutdown(temp.home(), copy);
        }
        Map<Long, String> current = state(store);
        store.close();

        StoreException refused = assertThrows(StoreException.class, () -> backups.restore(folder));
        assertTrue(refused.getMessage().contains("RD_RETAILER"), refused.getMessage());
        assertTrue(Files.isDirectory(temp.home().resolve("db")));
        try (Stream<Path> files = Files.list(temp.home())) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("db.before-restore")),
                    "nothing was moved aside");
        }
        assertEquals(current, state(temp.reopen()), "the current database is unchanged");

        // a folder without its manifest is no backup
        Files.delete(folder.resolve(BackupManifest.FILE));
        StoreException noManifest = assertThrows(StoreException.class, () -> backups.verify(folder));
        assertTrue(noManifest.getMessage().contains("manifest.properties"), noManifest.getMessage());
    }

    @Test
    public void aRestoreReplacesTheDatabaseByTheBackupAndKeepsThePreviousOneAside() throws Exception {
        DerbyStore store = temp.store();
        Map<Long, String> atBackup = state(store);
        Path folder = backups.take(store::ownerConnection, null).folder();
        Retailer r = store.findAll(Retailer.class).get(0);
        r.setShopName("after the backup");
        store.update(r);
        Map<Long, String> later = state(store);

        StoreException open = assertThrows(StoreException.class, () -> backups.restore(folder));
        assertTrue(open.getMessage().contains(temp.store().databaseFolder().toString()), open.getMessage());
        store.close();

        Path aside = backups.restore(folder);
        assertNotNull(aside);
        assertTrue(Files.isDirectory(aside.resolve("seg0")), "the previous database is kept whole: " + aside);
        assertEquals(atBackup, state(temp.reopen()));

        // the previous database is still a database: put back, it shows the later change
        temp.store().close();
        DatabaseFiles.deleteTree(temp.home().resolve("db"));
        Files.move(aside, temp.home().resolve("db"));
        assertEquals(later, state(temp.reopen()));
    }

    @Test
    public void pruneKeepsTheNewestBackupsAndLeavesOtherFoldersAlone() throws IOException {
        DerbyStore store = temp.store();
        List<Path> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            taken.add(backups.take(store::ownerConnection, null).folder());
        }
        Path other = Files.createDirectories(backups.folder().resolve("notes"));
        assertEquals(taken.subList(0, 1), backups.prune(2));
        assertFalse(Files.exists(taken.get(0)));
        assertTrue(Files.exists(taken.get(1)) && Files.exists(taken.get(2)) && Files.exists(other));
        assertEquals(List.of(), backups.prune(2));
        assertThrows(IllegalArgumentException.class, () -> backups.prune(0));
    }
}
