package org.retailerdesk.exports.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.retailerdesk.exports.ExportException;
import org.retailerdesk.exports.ExportFormatDescriptor;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportResult;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.exports.RecordExport;
import org.retailerdesk.exports.ReferenceExport;
import org.retailerdesk.exports.RetailerExport;
import org.retailerdesk.exports.RetailerFilter;
import org.retailerdesk.imports.RecordKind;
import org.retailerdesk.imports.ReferenceKind;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;

/**
 * {@code retailerdesk export ...}: exports retailers (or every record or entry of a kind, {@code --records})
 * from the data folder's database without the workbench (no display needed) and prints one summary line. Exit codes: 0 written, 1 the export
 * failed or was interrupted (nothing written), 2 bad arguments.
 */
public class ExportApplication implements IApplication {

    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final long SERVICE_WAIT_SECONDS = 30;

    private final NullProgressMonitor monitor = new NullProgressMonitor();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        context.applicationRunning();
        return run(args, System.out, System.err);
    }

    /** The command line on the given streams; the exit code. */
    public Integer run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        CommandLine line;
        ExportFormatDescriptor format;
        try {
            line = CommandLine.parse(args);
            if (line.help()) {
                out.println(Messages.Cli_usage);
                return EXIT_OK;
            }
            format = line.records() == null ? ExportFormats.get(line.format()) : null;
            if (line.records() != null && RecordExport.Format.of(line.format()) == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.Cli_badRecordFormat, line.format()));
            }
        } catch (IllegalArgumentException | ExportException e) {
            err.println(e.getMessage());
            err.println(Messages.Cli_usage);
            return USAGE;
        }
        ServiceTracker<Store, Store> tracker = new ServiceTracker<>(bundleContext(), Store.class, null);
        tracker.open();
        Store store = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
        if (store == null) {
            err.println(Messages.Cli_noStore);
            return FAILED;
        }
        // Ctrl-C cancels the export, which then deletes its temporary file before the JVM ends
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            monitor.setCanceled(true);
            awaitQuietly(finished);
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            store.open();
            if (line.records() != null) {
                RecordExport.Format tableFormat = RecordExport.Format.of(line.format());
                ExportResult result = line.records() instanceof RecordKind records
                        ? RecordExport.run(store, records, tableFormat, line.out(), line.encoding(), line.locale(), monitor)
                        : ReferenceExport.run(store, (ReferenceKind) line.records(), tableFormat, line.out(),
                                line.encoding(), line.locale(), monitor);
                out.println(summary(result));
                return EXIT_OK;
            }
            ExportScope scope;
            try {
                scope = line.ids() != null ? new ExportScope.Selection(line.ids())
                        : new ExportScope.Filter(RetailerFilter.parse(line.filter(), store));
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return USAGE;
            }
            ExportRequest request = new ExportRequest(scope, line.columns(), line.encoding(), line.locale());
            ExportResult result = RetailerExport.run(store, format, request, line.out(), monitor);
            out.println(summary(result));
            return EXIT_OK;
        } catch (OperationCanceledException e) {
            err.println(Messages.Cli_cancelled);
            return FAILED;
        } catch (ExportException | StoreException e) {
            err.println(NLS.bind(Messages.Cli_failed, e.getMessage()));
            return FAILED;
        } finally {
            store.close();
            tracker.close();
            finished.countDown();
            if (!monitor.isCanceled()) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    private static String summary(ExportResult result) {
        return NLS.bind(Messages.Cli_summary, new Object[] { result.rows(), result.file(),
                String.format(Locale.ROOT, "%.1f", result.seconds()) }); //$NON-NLS-1$
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(SERVICE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static BundleContext bundleContext() {
        return FrameworkUtil.getBundle(ExportApplication.class).getBundleContext();
    }

    @Override
    public void stop() {
        monitor.setCanceled(true);
    }
}
