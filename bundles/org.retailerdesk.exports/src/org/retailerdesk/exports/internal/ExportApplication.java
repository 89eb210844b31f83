package org.retailerdesk.exports.internal;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.cli.CommandLineException;
import org.retailerdesk.cli.CommandLineSession;
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

    static final int FAILED = CommandLineSession.EXIT_FAILED;
    static final int USAGE = CommandLineSession.EXIT_USAGE;

    private final NullProgressMonitor monitor = new NullProgressMonitor();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        context.applicationRunning();
        return run(args, System.out, System.err);
    }

    /** The command line on the given streams; the exit code. */
    public Integer run(String[] args, PrintStream out, PrintStream err) {
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
        try (CommandLineSession cli = CommandLineSession.start(ExportApplication.class, () -> monitor.setCanceled(true))) {
            Store store = cli.store();
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
        } catch (CommandLineException e) {
            err.println(e.getMessage());
            return e.exitCode();
        } catch (OperationCanceledException e) {
            err.println(Messages.Cli_cancelled);
            return FAILED;
        } catch (ExportException | StoreException e) {
            err.println(NLS.bind(Messages.Cli_failed, e.getMessage()));
            return FAILED;
        }
    }

    private static String summary(ExportResult result) {
        return NLS.bind(Messages.Cli_summary, new Object[] { result.rows(), result.file(),
                String.format(Locale.ROOT, "%.1f", result.seconds()) }); //$NON-NLS-1$
    }

    @Override
    public void stop() {
        monitor.setCanceled(true);
    }
}
