package org.retailerdesk.backup.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.backup.Backups;
import org.retailerdesk.security.Operation;
import org.retailerdesk.store.Access;
import org.retailerdesk.store.DataFolder;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.derby.internal.DerbyStore;

/**
 * What {@code ./retailerdesk backup | restore | rekey} share: the data folder's {@link Backups}, the
 * options, the sign-in of a user who may take and restore backups, and the exit codes (0 done,
 * 1 failed or refused, 2 bad options).
 */
abstract class OwnerCommand implements IApplication {

    static final Integer EXIT_FAILED = 1;
    static final Integer EXIT_USAGE = 2;

    /** Bad options: the message, then the usage. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    final PrintStream out = System.out;
    final Backups backups = new Backups(DataFolder.resolve());

    @Override
    public final Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> options = new ArrayList<>(Arrays.asList(args == null ? new String[0] : args));
        try {
            return run(options);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            return EXIT_USAGE;
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            return EXIT_FAILED;
        } catch (RuntimeException | LinkageError e) {
            // a defect or a broken installation: say so here, not only in the configuration's log
            System.err.println(NLS.bind(Messages.Cli_unexpected, e));
            e.printStackTrace();
            return EXIT_FAILED;
        }
    }

    abstract Object run(List<String> options) throws UsageException;

    abstract String usage();

    /** Removes a flag from the options; true when it was there. */
    static boolean flag(List<String> options, String name) {
        return options.remove(name);
    }

    /** Removes an option and its value; null when absent. */
    static String value(List<String> options, String name) throws UsageException {
        int i = options.indexOf(name);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= options.size() || options.get(i + 1).startsWith("--")) { //$NON-NLS-1$
            throw new UsageException(NLS.bind(Messages.Cli_missingValue, name));
        }
        options.remove(i);
        return options.remove(i);
    }

    static void noMore(List<String> options) throws UsageException {
        if (!options.isEmpty()) {
            throw new UsageException(NLS.bind(Messages.Cli_unknownOption, options.get(0)));
        }
    }

    /** Refuses while another program has the database open (the tools here need it to themselves, or its files). */
    void requireUnused() {
        backups.files().requireUnused();
    }

    /** Opens the data folder's store (as its owner: this process holds the database files); the caller closes it. */
    DerbyStore open() {
        DerbyStore store = new DerbyStore(DataFolder.resolve());
        try {
            out.println(NLS.bind(Messages.Cli_opening, store.open().location()));
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Signs the open store in and checks that the user may take and restore backups (a denial is
     * audited under his name).
     */
    static void signIn(DerbyStore store, String what) {
        CommandLineSignIn.signIn(store);
        store.role(Access.class).require(Operation.BACKUP, what);
    }

    /** {@link #signIn} on that open store, which is closed afterwards (restore and rekey need the database shut down). */
    static void signInAndClose(DerbyStore store, String what) {
        try {
            signIn(store, what);
        } finally {
            store.close();
        }
    }

    static String seconds(long millis) {
        return String.format("%.1f", millis / 1000.0); //$NON-NLS-1$
    }

    @Override
    public void stop() {
        // runs to completion; nothing to interrupt
    }
}
