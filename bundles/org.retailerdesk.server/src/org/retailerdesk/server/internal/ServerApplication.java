package org.retailerdesk.server.internal;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.security.Role;
import org.retailerdesk.backup.Backups;
import org.retailerdesk.store.Credentials;
import org.retailerdesk.store.DataFolder;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.store.Users;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.store.derby.internal.OwnerAgent;

/**
 * {@code ./retailerdesk server [--host ADDR] [--port N] [--ssl] [--backup-at HH:MM [--keep N]]}: opens the data folder's database
 * as its owner, serves it to the centre's workstations until Ctrl-C, then stops the network
 * server and shuts the database down cleanly. A new database gets its administrator first, from
 * {@code RETAILERDESK_USER} / {@code RETAILERDESK_PASSWORD} or asked on the terminal. Exit code 1
 * when it cannot serve, 2 for bad options.
 */
public class ServerApplication implements IApplication {

    static final Integer EXIT_FAILED = 1;
    static final Integer EXIT_USAGE = 2;

    /** The command line's options. */
    record Options(String host, int port, boolean ssl, LocalTime backupAt, int keep) {

        /** Backups kept by the daily backup unless {@code --keep} says otherwise. */
        static final int KEEP = 7;

        static Options parse(String[] args) {
            String host = null;
            int port = 1527;
            boolean ssl = false;
            LocalTime backupAt = null;
            int keep = KEEP;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--host" -> host = value(args, ++i); //$NON-NLS-1$
                    case "--port" -> port = port(value(args, ++i)); //$NON-NLS-1$
                    case "--ssl" -> ssl = true; //$NON-NLS-1$
                    case "--backup-at" -> backupAt = time(value(args, ++i)); //$NON-NLS-1$
                    case "--keep" -> keep = keep(value(args, ++i)); //$NON-NLS-1$
                    default -> throw new IllegalArgumentException(NLS.bind(Messages.Cli_unknownOption, args[i]));
                }
            }
            return new Options(host, port, ssl, backupAt, keep);
        }

        private static LocalTime time(String text) {
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.Cli_badTime, text), e);
            }
        }

        private static int keep(String text) {
            try {
                int k = Integer.parseInt(text);
                if (k >= 1) {
                    return k;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException(NLS.bind(Messages.Cli_badKeep, text));
        }

        private static String value(String[] args, int i) {
            if (i >= args.length || args[i].startsWith("--")) { //$NON-NLS-1$
                throw new IllegalArgumentException(NLS.bind(Messages.Cli_missingValue, args[i - 1]));
            }
            return args[i];
        }

        private static int port(String text) {
            try {
                int p = Integer.parseInt(text);
                if (p >= 1 && p <= 65535) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException(NLS.bind(Messages.Cli_badPort, text));
        }
    }

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = System.out;
        Options options;
        try {
            options = Options.parse(args == null ? new String[0] : args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Messages.Cli_usage);
            return EXIT_USAGE;
        }
        Path home = DataFolder.resolve();
        // workstations then name the database by its folder's name, "db", not by its full path
        if (System.getProperty("derby.system.home") == null) { //$NON-NLS-1$
            System.setProperty("derby.system.home", home.toString()); //$NON-NLS-1$
        }
        // the embedded database, whatever RETAILERDESK_DB says: this process is the server
        DerbyStore store = new DerbyStore(home);
        CentreServer server = null;
        try {
            out.println(NLS.bind(Messages.Cli_opening, store.databaseFolder()));
            store.open();
            ensureAdministrator(store.users(), out);
            server = CentreServer.start(store, options.host(), options.port(), options.ssl());
            report(out, server, OwnerAgent.accounts(store));
            DailyBackup daily = options.backupAt() == null ? null
                    : DailyBackup.start(store, new Backups(home), options.backupAt(), options.keep(), out);
            CentreServer running = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println(Messages.Cli_stopping);
                if (daily != null) {
                    daily.close();
                }
                running.close();
                store.close();
                stopped.countDown();
            }, "RetailerDesk server shutdown")); //$NON-NLS-1$
            stopped.await();
            return IApplication.EXIT_OK;
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            if (server != null) {
                server.close();
            }
            store.close();
            return EXIT_FAILED;
        }
    }

    /** A database without users gets its administrator before anyone may connect. */
    private static void ensureAdministrator(Users users, PrintStream out) {
        if (!users.needsAdministrator()) {
            return;
        }
        Credentials given = Credentials.fromEnvironment().orElseGet(ServerApplication::ask);
        try {
            users.createAdministrator(given.user(), given.user(), given.password());
            out.println(NLS.bind(Messages.Cli_administratorCreated, given.user()));
        } finally {
            Arrays.fill(given.password(), '\0');
            users.signOut();
        }
    }

    private static Credentials ask() {
        Console console = System.console();
        if (console == null) {
            throw new StoreException(Messages.Cli_noTerminal);
        }
        console.printf("%s%n", Messages.Cli_firstStart); //$NON-NLS-1$
        String user = console.readLine("%s", Messages.Cli_askUser); //$NON-NLS-1$
        while (true) {
            char[] password = console.readPassword("%s", Messages.Cli_askPassword); //$NON-NLS-1$
            char[] again = console.readPassword("%s", Messages.Cli_askAgain); //$NON-NLS-1$
            if (user == null || password == null || again == null) {
                throw new StoreException(Messages.Cli_noTerminal);
            }
            boolean same = Arrays.equals(password, again);
            Arrays.fill(again, '\0');
            if (same) {
                return new Credentials(user.strip(), password);
            }
            Arrays.fill(password, '\0');
            console.printf("%s%n", Messages.Cli_notSame); //$NON-NLS-1$
        }
    }

    private static void report(PrintStream out, CentreServer server, List<UserAccount> accounts) {
        out.println(NLS.bind(Messages.Cli_listening, server.address()));
        out.println(NLS.bind(Messages.Cli_workstations, server.address()));
        if (server.fingerprint() != null) {
            out.println(NLS.bind(Messages.Cli_fingerprint, server.fingerprint()));
        } else {
            out.println(Messages.Cli_clearText);
        }
        List<UserAccount> active = accounts.stream().filter(UserAccount::active).toList();
        out.println(NLS.bind(Messages.Cli_accounts, active.size()));
        for (UserAccount a : active) {
            out.println("  " + a.user() + " (" + a.displayName() + "): " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + a.roles().stream().map(Role::label).collect(Collectors.joining(", "))); //$NON-NLS-1$
        }
        out.println(Messages.Cli_stopHint);
    }

    @Override
    public void stop() {
        stopped.countDown();
    }
}
