package org.retailerdesk.ui;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.security.Principal;
import org.retailerdesk.store.Credentials;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.ui.internal.FirstStart;
import org.retailerdesk.ui.internal.FirstStartDialog;
import org.retailerdesk.ui.internal.Messages;
import org.retailerdesk.ui.internal.SignInDialog;

/**
 * How UI code reaches the {@link Store}: the database is opened once, in a Job, never on the UI
 * thread. Views register on {@link #whenOpen()} and fill themselves when it completes.
 */
public final class StoreAccess {

    private static final long SERVICE_WAIT_SECONDS = 30;

    private static CompletableFuture<StoreInfo> booting;
    private static CompletableFuture<StoreInfo> opening;
    /** True once the opening went on after the sign-in (the first start may be writing). */
    private static volatile boolean finishing;
    private static ServiceTracker<Store, Store> tracker;
    private static volatile DemoData.Summary demoSummary;
    private static volatile boolean demoFinished;
    private static volatile DemoData.Incomplete demoIncomplete;
    /** The buttons of the dialog about an incomplete demo centre. */
    private static final int FINISH = 0;
    private static final int START_EMPTY = 1;

    /**
     * System property: retailers in the demo centre written into a database without a centre, without
     * asking (0: an empty centre); unset, the first start asks (see {@link FirstStart}).
     */
    public static final String DEMO_RETAILERS_PROPERTY = "retailerdesk.demoRetailers";
    /** How long the first-start question waits for the workbench window, and how often it looks. */
    private static final long WINDOW_WAIT_MINUTES = 10;
    private static final long WINDOW_POLL_MILLIS = 100;

    private StoreAccess() {
    }

    /**
     * Starts opening the store in the background if nobody has yet.
     *
     * @return completes with the store's info once the database is open, someone is signed in and
     *         the first start (if this is one) is done; or exceptionally with a {@link StoreException}
     */
    public static synchronized CompletableFuture<StoreInfo> whenOpen() {
        start();
        return opening;
    }

    /**
     * Starts opening the store in the background if nobody has yet.
     *
     * @return completes once the database is open, before anyone needs to be signed in: what the
     *         sign-in dialog waits for
     */
    public static synchronized CompletableFuture<StoreInfo> whenBooted() {
        start();
        return booting;
    }

    /**
     * @return true when the environment names the user ({@link Credentials#fromEnvironment()}: tests,
     *         demonstrations): the store signs in with it by itself, and no dialog asks
     */
    public static boolean signsInFromEnvironment() {
        return Credentials.fromEnvironment().isPresent();
    }

    /**
     * Goes on opening once the sign-in dialog has signed the store in: the first start's question
     * and filling, then {@link #whenOpen()} completes.
     */
    public static void signedIn() {
        CompletableFuture<StoreInfo> booted = whenBooted();
        if (!booted.isDone() || booted.isCompletedExceptionally()) {
            throw new IllegalStateException("signed in before the database was open"); //$NON-NLS-1$
        }
        synchronized (StoreAccess.class) {
            if (finishing) {
                return;
            }
            finishing = true;
        }
        schedule(monitor -> finishOpening(booted.join(), monitor));
    }

    private static void start() {
        if (booting != null) {
            return;
        }
        booting = new CompletableFuture<>();
        opening = new CompletableFuture<>();
        schedule(monitor -> {
            Store store = store();
            StoreInfo info = store.open();
            booting.complete(info);
            if (signInFromEnvironment(store)) {
                finishOpening(info, monitor);
            }
            // else the sign-in dialog signs in, then calls signedIn()
        });
    }

    /**
     * The one place where the workbench signs in without asking.
     *
     * @return true when {@link Credentials#fromEnvironment()} named a user and the store signed in as him
     * @throws org.retailerdesk.store.SignInException when they are refused
     */
    private static boolean signInFromEnvironment(Store store) {
        Optional<Credentials> given = Credentials.fromEnvironment();
        given.ifPresent(c -> c.signIn(store));
        return given.isPresent();
    }

    /**
     * A database made anew (an incomplete demo centre replaced by an empty one) has no user: whoever
     * chose it creates its administrator, in the sign-in dialog on the workbench window.
     */
    private static void signInAgain(Store store, StoreInfo info, IProgressMonitor monitor) {
        if (signInFromEnvironment(store)) {
            return;
        }
        Principal p = askOnWorkbench(shell -> {
            SignInDialog dialog = new SignInDialog(shell, CompletableFuture.completedFuture(info), store::users);
            return dialog.open() == Window.OK ? dialog.principal() : null;
        }, monitor);
        if (p == null) {
            throw new StoreException(Messages.StoreAccess_notSignedIn);
        }
    }

    /** Opening work in a Job; a failure fails both futures (whichever is still open). */
    private static void schedule(Consumer<IProgressMonitor> work) {
        Job job = Job.create(Messages.StoreAccess_opening, monitor -> {
            try {
                work.accept(monitor);
            } catch (RuntimeException e) {
                booting.completeExceptionally(e);
                if (opening.completeExceptionally(e)) {
                    log().error(NLS.bind(Messages.StoreAccess_failed, e.getMessage()), e);
                }
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    private static void finishOpening(StoreInfo info, IProgressMonitor monitor) {
        finishing = true;
        opening.complete(fillFirstTime(store(), info, monitor));
    }

    /**
     * Closes the store at the end of the workbench, or when the sign-in was cancelled: waits for the
     * database to be open first, so that it is shut down cleanly. An opening still under way after
     * the sign-in (a demo centre being written) is left to finish or be cut short by the exit.
     */
    public static void close() {
        CompletableFuture<StoreInfo> booted;
        synchronized (StoreAccess.class) {
            booted = booting;
        }
        if (booted == null || (finishing && !opening.isDone())) {
            return;
        }
        try {
            booted.join();
        } catch (RuntimeException e) {
            // it never opened: nothing to close
            return;
        }
        store().close();
    }

    /**
     * Fills the store on its first start, once signed in. A database without a centre (new, or left
     * so by an earlier start) becomes what the user chooses on this first start, a demo centre or an
     * empty one ({@code -Dretailerdesk.demoRetailers} chooses without asking: N retailers, or 0 for
     * empty). A demo centre left incomplete by an earlier start (closed or cancelled while writing it)
     * is finished or replaced by an empty centre, as the user chooses.
     */
    private static StoreInfo fillFirstTime(Store store, StoreInfo opened, IProgressMonitor monitor) {
        StoreInfo info = opened;
        try {
            DemoData.Incomplete incomplete = DemoData.incomplete(store);
            if (incomplete != null) {
                Integer choice = askOnWorkbench(shell -> askAbout(shell, incomplete), monitor);
                if (choice != null && choice == FINISH) {
                    demoSummary = DemoData.finish(store, monitor);
                    demoFinished = true;
                    log().info(NLS.bind(Messages.StoreAccess_demoFinished, demoSummary.retailers(), info.where()));
                } else if (choice != null && choice == START_EMPTY) {
                    info = DemoData.startEmpty(store);
                    signInAgain(store, info, monitor);
                    FirstStart.apply(store, FirstStart.Choice.emptyWithDefaults(), monitor);
                    log().info(NLS.bind(Messages.StoreAccess_startedEmpty, info.where()));
                }
            } else if (store.findAll(ServiceCentre.class).isEmpty()) {
                String location = info.where();
                FirstStart.Choice choice = FirstStart.fromProperty();
                if (choice == null) {
                    choice = askOnWorkbench(shell -> {
                        FirstStartDialog dialog = new FirstStartDialog(shell, location);
                        dialog.open();
                        return dialog.choice();
                    }, monitor);
                }
                if (choice != null) {
                    demoSummary = FirstStart.apply(store, choice, monitor);
                    log().info(demoSummary != null
                            ? NLS.bind(Messages.StoreAccess_demoLoaded, demoSummary.retailers(), location)
                            : NLS.bind(Messages.StoreAccess_emptyCentre, choice.centreName(), location));
                }
            }
        } catch (OperationCanceledException e) {
            // the chunks written stay, and the next start offers to finish them
        }
        demoIncomplete = DemoData.incomplete(store);
        if (demoIncomplete != null) {
            log().warn(NLS.bind(Messages.StoreAccess_demoIncomplete, new Object[] { demoIncomplete.retailersWritten(),
                    demoIncomplete.retailersPlanned(), info.where() }));
        }
        // from here on, views hear of every write; the demo centre is what they first read
        StoreEvents.forward(store);
        return info;
    }

    /** @return {@link #FINISH}, {@link #START_EMPTY}, or another value when the user closed the dialog */
    private static int askAbout(Shell shell, DemoData.Incomplete incomplete) {
        return new MessageDialog(shell, Messages.StoreAccess_incompleteTitle, null,
                NLS.bind(Messages.StoreAccess_incompleteQuestion, incomplete.retailersWritten(), incomplete.retailersPlanned()),
                MessageDialog.QUESTION, FINISH, Messages.StoreAccess_finish, Messages.StoreAccess_startEmpty).open();
    }

    /**
     * Asks on the UI thread once the workbench window is open (the store opens while the workbench
     * builds it), with the window as the dialog's parent.
     *
     * @return the answer, or null when the workbench closed (or never opened a window) first
     */
    private static <T> T askOnWorkbench(Function<Shell, T> question, IProgressMonitor monitor) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(WINDOW_WAIT_MINUTES);
        boolean seenRunning = false;
        while (System.nanoTime() < deadline && !monitor.isCanceled()) {
            if (PlatformUI.isWorkbenchRunning()) {
                seenRunning = true;
                Display display = PlatformUI.getWorkbench().getDisplay();
                AtomicReference<Optional<T>> answer = new AtomicReference<>();
                if (!display.isDisposed()) {
                    display.syncExec(() -> {
                        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
                        if (windows.length > 0 && windows[0].getShell() != null && windows[0].getShell().isVisible()) {
                            answer.set(Optional.ofNullable(question.apply(windows[0].getShell())));
                        }
                    });
                }
                if (answer.get() != null) {
                    return answer.get().orElse(null);
                }
            } else if (seenRunning) {
                return null;
            }
            try {
                Thread.sleep(WINDOW_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private static ILog log() {
        return ILog.of(StoreAccess.class);
    }

    /** The complete demo centre written (or finished) into the database at this start, or null if none was. */
    public static DemoData.Summary demoDataLoaded() {
        return demoSummary;
    }

    /** True when {@link #demoDataLoaded()} is an incomplete centre finished at this start. */
    public static boolean demoDataFinished() {
        return demoFinished;
    }

    /** The demo centre the database holds incompletely after this start, or null. */
    public static DemoData.Incomplete demoDataIncomplete() {
        return demoIncomplete;
    }

    /** The store service; waits for it to be registered. Not for the UI thread. */
    public static Store store() {
        ServiceTracker<Store, Store> t = tracker();
        try {
            Store store = t.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
            if (store == null) {
                throw new StoreException(Messages.StoreAccess_noService);
            }
            return store;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(Messages.StoreAccess_noService, e);
        }
    }

    /** The store's info if it is open already, else null; never blocks. */
    public static StoreInfo infoIfOpen() {
        CompletableFuture<StoreInfo> f;
        synchronized (StoreAccess.class) {
            f = opening;
        }
        return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
    }

    /** A status for an error log entry or dialog about a failed store operation. */
    public static IStatus errorStatus(Throwable t) {
        Throwable cause = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
        return Status.error(String.valueOf(cause.getMessage()), cause);
    }

    private static synchronized ServiceTracker<Store, Store> tracker() {
        if (tracker == null) {
            BundleContext context = FrameworkUtil.getBundle(StoreAccess.class).getBundleContext();
            tracker = new ServiceTracker<>(context, Store.class, null);
            tracker.open();
        }
        return tracker;
    }
}
