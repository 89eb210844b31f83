package org.retailerdesk.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retailerdesk.backup.Backups;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.derby.internal.DatabaseFiles;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/** The boot key's rotation: the database follows the new key, the old one opens only the old backups. */
public class RekeyTest {

    private TempStore temp;
    private DatabaseFiles files;
    private Path keys;
    private Path db;

    @BeforeEach
    public void open() {
        temp = TempStore.withDemoCentre(30, 5);
        files = new DatabaseFiles(temp.home());
        keys = temp.home().resolve("keys");
        db = temp.home().resolve("db");
    }

    @AfterEach
    public void close() {
        temp.close();
    }

    private String bootKey() {
        return RawDatabase.key(temp.home(), "boot.key");
    }

    /** True when the database boots with that key (it is shut down again). */
    private boolean opensWith(String key) {
        try (Connection c = RawDatabase.connect(temp.home(), db, key)) {
            return true;
        } catch (SQLException e) {
            return false;
        } finally {
            RawDatabase.shutdown(temp.home(), db);
        }
    }

    @Test
    public void afterRekeyTheDatabaseOpensWithTheNewKeyAndTheOldKeyNoLonger() {
        List<String> names = shopNames(temp.store());
        Backups backups = new Backups(temp.home());
        Path before = backups.take(temp.store()::ownerConnection, null).folder();

        assertThrows(StoreException.class, files::rekey, "not while the database is open");
        temp.store().close();
        String old = bootKey();
        String fingerprint = files.rekey();
        String fresh = bootKey();

        assertNotEquals(old, fresh);
        assertFalse(Files.exists(keys.resolve("boot.key.new")));
        assertTrue(opensWith(fresh));
        assertFalse(opensWith(old), "the old key no longer opens the database");
        assertEquals(fingerprint, files.bootKeyFingerprint());
        assertEquals(names, shopNames(temp.reopen()));

        // a backup of before the rotation opens with the retired key, which comes back with it
        temp.store().close();
        Path retired = keys.resolve("retired");
        assertTrue(Files.exists(retired) && hasKey(retired, old), "the old key is kept for the old backups");
        backups.verify(before);
        backups.restore(before);
        assertEquals(old, bootKey(), "the key file follows the restored database");
        assertTrue(hasKey(retired, fresh));
        assertEquals(names, shopNames(temp.reopen()));
    }

    private static boolean hasKey(Path folder, String key) {
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> {
                try {
                    return Files.readString(f, StandardCharsets.US_ASCII).strip().equals(key);
                } catch (java.io.IOException e) {
                    return false;
                }
            });
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static List<String> shopNames(DerbyStore store) {
        return store.findAll(Retailer.class).stream().map(Retailer::getShopName).sorted().toList();
    }

    @Test
    public void aRotationCutShortIsSettledByTheKeyThatOpensTheDatabase() throws Exception {
        List<String> names = shopNames(temp.store());
        temp.store().close();
        String old = bootKey();

        // died before Derby took the new key: the pending key is dropped, the rotation starts afresh
        Files.writeString(keys.resolve("boot.key.new"), "never-applied-key-0123456789abcdef\n");
        files.rekey();
        String first = bootKey();
        assertNotEquals(old, first);
        assertTrue(opensWith(first));

        // died after Derby took the new key, before the key file was replaced: the pending key wins
        String applied = "applied-but-not-filed-0123456789abcdef";
        try (Connection c = RawDatabase.connect(temp.home(), db, first + ";newBootPassword=" + applied)) {
            assertEquals(null, c.getWarnings());
        } finally {
            RawDatabase.shutdown(temp.home(), db);
        }
        Files.writeString(keys.resolve("boot.key.new"), applied + "\n");
        assertFalse(opensWith(first));
        files.rekey();
        assertTrue(hasKey(keys.resolve("retired"), applied), "the applied key was settled, then rotated in turn");
        assertTrue(opensWith(bootKey()));
        assertFalse(Files.exists(keys.resolve("boot.key.new")));
        assertEquals(names, shopNames(temp.reopen()));
    }
}
