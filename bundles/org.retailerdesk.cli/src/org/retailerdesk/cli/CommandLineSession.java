package org.retailerdesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.retailerdesk.cli.internal.Messages;
import org.retailerdesk.security.Principal;
import org.retailerdesk.store.Credentials;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;

/**
 * What every command-line tool ({@code ./retailerdesk export}, {@code import}, {@code allocate}, …)
 * does around its work: waits for the store service, opens the store, signs in
 * ({@link CommandLineSignIn}), lets Ctrl-C stop the work cleanly, and closes the store at the end.
 * The tool then acts as the signed-in user, and his permissions apply.
 *
 * <pre>
 * try (CommandLineSession cli = CommandLineSession.start(MyApplication.class, () -> monitor.setCanceled(true))) {
 *     ... cli.store() ...
 * } catch (CommandLineException e) {
 *     err.println(e.getMessage());
 *     return e.exitCode();
 * }
 * </pre>
 */
public final class CommandLineSession implements AutoCloseable {

    /** Exit code: the work failed or was refused. */
    public static final int EXIT_FAILED = 1;
    /** Exit code: bad arguments, or nothing to sign in with. */
    public static final int EXIT_USAGE = 2;

    private static final long SERVICE_WAIT_SECONDS = 30;

    private final BundleContext context;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean interrupted;
    private Store store;
    private StoreInfo info;
    private Principal principal;

    private CommandLineSession(Class<?> tool, Runnable onInterrupt) {
        this.context = FrameworkUtil.getBundle(tool).getBundleContext();
        // Ctrl-C: the work stops (a monitor is cancelled) and cleans up before the JVM ends
        this.hook = new Thread(() -> {
            interrupted = true;
            onInterrupt.run();
            try {
                finished.await(SERVICE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "retailerdesk-interrupt"); //$NON-NLS-1$
    }

    /**
     * Starts a tool's session with the credentials of the environment, else those typed on the terminal.
     *
     * @param tool        a class of the tool's bundle (whose context finds the services)
     * @param onInterrupt what stops the work on Ctrl-C (e.g. cancels its monitor); the JVM then waits
     *                    until {@link #close()}
     * @throws CommandLineException when the store is missing or cannot be opened, or the sign-in fails
     */
    public static CommandLineSession start(Class<?> tool, Runnable onInterrupt) throws CommandLineException {
        return start(tool, onInterrupt, Credentials.fromEnvironment(), Terminal.system());
    }

    /** {@link #start(Class, Runnable)} with the credentials and terminal given (null: none). */
    public static CommandLineSession start(Class<?> tool, Runnable onInterrupt, Optional<Credentials> credentials,
            Terminal terminal) throws CommandLineException {
        CommandLineSession session = new CommandLineSession(tool, onInterrupt);
        try {
            session.store = session.service(Store.class);
            Runtime.getRuntime().addShutdownHook(session.hook);
            session.info = session.store.open();
            session.principal = CommandLineSignIn.signIn(session.store, credentials, terminal);
            return session;
        } catch (StoreException e) {
            session.close();
            throw new CommandLineException(EXIT_FAILED, NLS.bind(Messages.Session_cannotOpen, e.getMessage()), e);
        } catch (CommandLineException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * @return the OSGi service of that type, waited for as long as a start may take
     * @throws CommandLineException when it does not come
     */
    public <S> S service(Class<S> type) throws CommandLineException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        trackers.add(tracker);
        tracker.open();
        S service;
        try {
            service = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            service = null;
        }
        if (service == null) {
            throw new CommandLineException(EXIT_FAILED, NLS.bind(Messages.Session_noService, type.getSimpleName()));
        }
        return service;
    }

    /** The open store, signed in. */
    public Store store() {
        return store;
    }

    /** What the store reported when it opened. */
    public StoreInfo info() {
        return info;
    }

    /** Who the tool acts as. */
    public Principal principal() {
        return principal;
    }

    /** True once Ctrl-C asked the tool to stop. */
    public boolean interrupted() {
        return interrupted;
    }

    /** Closes the store (the database is shut down cleanly) and lets an interrupted JVM end. */
    @Override
    public void close() {
        try {
            if (store != null && info != null) {
                store.close();
            }
            trackers.forEach(ServiceTracker::close);
        } finally {
            finished.countDown();
            if (!interrupted) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException | IllegalArgumentException e) {
                    // the JVM is shutting down already (Ctrl-C just now), or the hook was never added
                }
            }
        }
    }
}
