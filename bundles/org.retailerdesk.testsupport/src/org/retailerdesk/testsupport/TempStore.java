package org.retailerdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.store.derby.internal.DerbyStore;

/**
 * A {@link DerbyStore} on a database in a temporary data folder of its own: {@link #close()} closes the
 * store and deletes the folder. Tests hold one per test ({@code @BeforeEach}/{@code @AfterEach}) or per
 * class ({@code @BeforeAll}/{@code @AfterAll}), or in try-with-resources.
 */
public final class TempStore implements AutoCloseable {

    private final Path home;
    private DerbyStore store;

    private TempStore(Path home) {
        this.home = home;
        this.store = new DerbyStore(home);
    }

    /** An open store on a new, empty database (newest schema) in a fresh temporary folder. */
    public static TempStore open() {
        TempStore temp = unopened();
        temp.store.open();
        return temp;
    }

    /** An open store holding the demo centre of that many retailers, with that seed, made on {@link FixedClock#TODAY}. */
    public static TempStore withDemoCentre(int retailers, long seed) {
        TempStore temp = open();
        DemoData.load(temp.store, retailers, seed, FixedClock.TODAY, new NullProgressMonitor());
        return temp;
    }

    /**
     * A fresh temporary data folder and a store on it that is not open yet: for tests that prepare the
     * folder first (an old schema, a file in the way) or that check what {@code open()} reports.
     */
    public static TempStore unopened() {
        try {
            return new TempStore(Files.createTempDirectory("retailerdesk-test-")); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store; after {@link #reopen()} the new one. */
    public DerbyStore store() {
        return store;
    }

    /** The data folder (the database is in its {@code db} folder). */
    public Path home() {
        return home;
    }

    /** Closes the store and opens a new one on the same folder, as the product's next start would. */
    public DerbyStore reopen() {
        store.close();
        store = new DerbyStore(home);
        store.open();
        return store;
    }

    /** Closes the store, shuts its database down (also when a test opened it without the store) and deletes the folder. */
    @Override
    public void close() {
        store.close();
        // only a database that exists: a shutdown request would boot Derby, and its log with it
        if (Files.exists(store.databaseFolder())) {
            DerbyStore.shutdownDatabase(store.databaseFolder());
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
