package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.bench.support.BenchFolder;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * Benchmarks delete and rewrite their databases; they must never do that to a folder they did not
 * create, such as a user's data folder that a benchmark run from an IDE resolves to.
 */
public class BenchFolderTest {

    @TempDir
    Path temp;

    @Test
    public void refusesAUsersDataFolderAndLeavesItsDatabase() throws Exception {
        Path home = temp.resolve("home");
        DerbyStore user = new DerbyStore(home);
        user.open();
        TempStore.signInAdministrator(user);
        user.close();
        List<Path> before = tree(home);
        assertTrue(before.contains(home.resolve("db")), "a data folder with a database: " + before);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> BenchFolder.claim(home).clear());
        assertTrue(refused.getMessage().contains(home.toString()), refused.getMessage());
        System.setProperty("retailerdesk.bench.test.dir", home.toString());
        try {
            assertThrows(IllegalStateException.class, () -> BenchFolder.of("retailerdesk.bench.test.dir", "x").clear());
        } finally {
            System.clearProperty("retailerdesk.bench.test.dir");
        }
        assertEquals(before, tree(home), "nothing deleted or added");
    }

    @Test
    public void emptiesOnlyAFolderABenchmarkCreated() throws Exception {
        Path dir = temp.resolve("bench");
        BenchFolder folder = BenchFolder.claim(dir);
        Files.createDirectories(dir.resolve("db/seg0"));
        Files.writeString(dir.resolve("db/seg0/c10.dat"), "rows");

        BenchFolder again = BenchFolder.claim(dir); // a later run finds its own folder and reuses it
        assertTrue(Files.exists(dir.resolve("db/seg0/c10.dat")));
        again.clear();
        assertEquals(List.of(dir, dir.resolve(BenchFolder.MARKER)), tree(dir));
        assertEquals(dir, folder.path());

        Path fresh = BenchFolder.fresh("bench-test").path();
        try {
            assertEquals(List.of(fresh, fresh.resolve(BenchFolder.MARKER)), tree(fresh));
        } finally {
            BenchFolder.claim(fresh).clear();
            Files.delete(fresh.resolve(BenchFolder.MARKER));
            Files.delete(fresh);
        }
    }

    private static List<Path> tree(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().toList();
        }
    }
}
