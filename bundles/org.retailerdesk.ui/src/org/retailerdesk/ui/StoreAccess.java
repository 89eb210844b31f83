package org.retailerdesk.ui;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.ui.internal.Messages;

/**
 * How UI code reaches the {@link Store}: the database is opened once, in a Job, never on the UI
 * thread. Views register on {@link #whenOpen()} and fill themselves when it completes.
 */
public final class StoreAccess {

    private static final long SERVICE_WAIT_SECONDS = 30;

    private static CompletableFuture<StoreInfo> opening;
    private static ServiceTracker<Store, Store> tracker;
    private static volatile DemoData.Summary demoSummary;
    private static volatile boolean demoFinished;
    private static volatile DemoData.Incomplete demoIncomplete;
    /** The buttons of the dialog about an incomplete demo centre. */
    private static final int FINISH = 0;
    private static final int START_EMPTY = 1;

    /** System property: retailers in the demo centre written into a new database (default 20 000, 0: none). */
    public static final String DEMO_RETAILERS_PROPERTY = "retailerdesk.demoRetailers";

    private StoreAccess() {
    }

    /**
     * Starts opening the store in the background if nobody has yet.
     *
     * @return completes with the store's info once open, or exceptionally with a {@link StoreException}
     */
    public static synchronized CompletableFuture<StoreInfo> whenOpen() {
        if (opening == null) {
            CompletableFuture<StoreInfo> future = new CompletableFuture<>();
            opening = future;
            Job job = Job.create(Messages.StoreAccess_opening, monitor -> {
                try {
                    future.complete(openAndFillFirstTime(monitor));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
                return Status.OK_STATUS;
            });
            job.setPriority(Job.INTERACTIVE);
            job.schedule();
        }
        return opening;
    }

    /**
     * Opens the store; a database created just now is filled with the demo centre, so that a new
     * installation shows a working centre (size: {@code -Dretailerdesk.demoRetailers}, 0 for none). A
     * demo centre left incomplete by an earlier start (closed or cancelled while writing it) is
     * finished or replaced by an empty database, as the user chooses.
     */
    private static StoreInfo openAndFillFirstTime(IProgressMonitor monitor) {
        Store store = store();
        StoreInfo info = store.open();
        int retailers = Integer.getInteger(DEMO_RETAILERS_PROPERTY, DemoData.DEFAULT_RETAILERS);
        try {
            if (info.created() && retailers > 0) {
                demoSummary = DemoData.load(store, retailers, DemoData.DEFAULT_SEED, LocalDate.now(), monitor);
                log().info(NLS.bind(Messages.StoreAccess_demoLoaded, demoSummary.retailers(), info.location()));
            } else {
                DemoData.Incomplete incomplete = DemoData.incomplete(store);
                int choice = incomplete == null ? SWT.DEFAULT : askAbout(incomplete);
                if (choice == FINISH) {
                    demoSummary = DemoData.finish(store, monitor);
                    demoFinished = true;
                    log().info(NLS.bind(Messages.StoreAccess_demoFinished, demoSummary.retailers(), info.location()));
                } else if (choice == START_EMPTY) {
                    info = DemoData.startEmpty(store);
                    log().info(NLS.bind(Messages.StoreAccess_startedEmpty, info.location()));
                }
            }
        } catch (OperationCanceledException e) {
            // the chunks written stay, and the next start offers to finish them
        }
        demoIncomplete = DemoData.incomplete(store);
        if (demoIncomplete != null) {
            log().warn(NLS.bind(Messages.StoreAccess_demoIncomplete, new Object[] { demoIncomplete.retailersWritten(),
                    demoIncomplete.retailersPlanned(), info.location() }));
        }
        // from here on, views hear of every write; the demo centre is what they first read
        StoreEvents.forward(store);
        return info;
    }

    /** @return {@link #FINISH}, {@link #START_EMPTY}, or another value when the user closed the dialog */
    private static int askAbout(DemoData.Incomplete incomplete) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return SWT.DEFAULT;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        int[] choice = { SWT.DEFAULT };
        display.syncExec(() -> choice[0] = new MessageDialog(display.getActiveShell(),
                Messages.StoreAccess_incompleteTitle, null,
                NLS.bind(Messages.StoreAccess_incompleteQuestion, incomplete.retailersWritten(),
                        incomplete.retailersPlanned()),
                MessageDialog.QUESTION, FINISH, Messages.StoreAccess_finish, Messages.StoreAccess_startEmpty).open());
        return choice[0];
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
