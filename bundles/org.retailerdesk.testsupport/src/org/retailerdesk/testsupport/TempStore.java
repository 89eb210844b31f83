package org.retailerdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.security.Principal;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.Credentials;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.store.Users;
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

    /** The administrator every test database is created with, and his password. */
    public static final String ADMINISTRATOR = "admin"; //$NON-NLS-1$
    private static final String PASSWORD = "test-password"; //$NON-NLS-1$

    /**
     * An open store on a new, empty database (newest schema) in a fresh temporary folder, signed in
     * as its administrator ({@value #ADMINISTRATOR}).
     */
    public static TempStore open() {
        TempStore temp = unopened();
        temp.store.open();
        signInAdministrator(temp.store);
        return temp;
    }

    /**
     * Signs an open store in as the test administrator, creating him when the database has no user
     * yet (benchmarks on stores of their own use it too).
     */
    public static Principal signInAdministrator(Store store) {
        return administrator().signIn(store);
    }

    /** The test administrator's credentials. */
    public static Credentials administrator() {
        return new Credentials(ADMINISTRATOR, PASSWORD.toCharArray());
    }

    /** The password of the users {@link #signInAs} creates. */
    public static char[] passwordOf(String user) {
        return ("pw-" + user + "-test").toCharArray(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Signs this store in as a user with those roles (and that staff member, for a customer
     * manager), created by the administrator the first time; {@link #signInAdministrator} goes back.
     */
    public Principal signInAs(String user, Long staffId, Role... roles) {
        return signInAs(store, user, staffId, roles);
    }

    /** {@link #signInAs(String, Long, Role...)} on any open store (e.g. the OSGi service's). */
    public static Principal signInAs(Store store, String user, Long staffId, Role... roles) {
        Users users = store.users();
        Principal me = users.current();
        if (me == null || !me.user().equals(ADMINISTRATOR)) {
            signInAdministrator(store);
        }
        if (users.accounts().stream().noneMatch(a -> a.user().equals(user))) {
            users.create(UserAccount.of(user, user, Set.of(roles), staffId), passwordOf(user));
        }
        return users.signIn(user, passwordOf(user));
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

    /** Closes the store and opens a new one on the same folder, as the product's next start would, signed in as the administrator. */
    public DerbyStore reopen() {
        store.close();
        store = new DerbyStore(home);
        store.open();
        signInAdministrator(store);
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
