package org.retailerdesk.exports.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.cli.CommandLineException;
import org.retailerdesk.cli.CommandLineSession;
import org.retailerdesk.exports.ExportException;
import org.retailerdesk.exports.ImportReport;
import org.retailerdesk.imports.AbstractDryRun;
import org.retailerdesk.imports.ColumnMapping;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.FieldMapping;
import org.retailerdesk.imports.ImportException;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.ImportRow;
import org.retailerdesk.imports.RecordDryRun;
import org.retailerdesk.imports.RecordField;
import org.retailerdesk.imports.RecordImport;
import org.retailerdesk.imports.RecordKind;
import org.retailerdesk.imports.ReferenceDryRun;
import org.retailerdesk.imports.ReferenceField;
import org.retailerdesk.imports.ReferenceImport;
import org.retailerdesk.imports.ReferenceKind;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.imports.SavedMappings;
import org.retailerdesk.imports.TableKind;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.Staff;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;

/**
 * {@code retailerdesk import FILE ...}: the import of a retailer, record or service-network file
 * into the data folder's database without the workbench (no display needed). Runs the dry run,
 * prints its counts on one line, writes every row with its status and reasons to {@code --report},
 * and commits in one transaction unless {@code --dry-run}. Exit codes: 0 committed (or a dry run
 * without rejected rows), 1 the file cannot be imported, the commit was refused or rows are
 * rejected without {@code --skip-rejected} (nothing committed), 2 bad arguments.
 * <p>
 * It lives here and not in the imports bundle because its report is a CSV export ({@link ImportReport},
 * written through {@code CsvCells}), and the exports bundle requires the imports bundle.
 */
public class ImportApplication implements IApplication {

    static final int FAILED = CommandLineSession.EXIT_FAILED;
    static final int USAGE = CommandLineSession.EXIT_USAGE;

    private final NullProgressMonitor monitor = new NullProgressMonitor();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        context.applicationRunning();
        return run(args, System.out, System.err);
    }

    /** The command line on the store service, which it opens and closes; the exit code. */
    public Integer run(String[] args, PrintStream out, PrintStream err) {
        if (parse(args, out, err) == null) {
            return isHelp(args) ? EXIT_OK : USAGE;
        }
        try (CommandLineSession cli = CommandLineSession.start(ImportApplication.class, () -> monitor.setCanceled(true))) {
            return run(args, cli.store(), out, err);
        } catch (CommandLineException e) {
            err.println(e.getMessage());
            return e.exitCode();
        }
    }

    private static boolean isHelp(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The arguments, or null after printing the usage (on {@code out} when asked for, else on {@code err}). */
    private static ImportCommandLine parse(String[] args, PrintStream out, PrintStream err) {
        try {
            ImportCommandLine line = ImportCommandLine.parse(args);
            if (line.help()) {
                out.println(Messages.Cli_importUsage);
                return null;
            }
            return line;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Messages.Cli_importUsage);
            return null;
        }
    }

    /** The command line on an open store, which it leaves open; the exit code. */
    public int run(String[] args, Store store, PrintStream out, PrintStream err) {
        ImportCommandLine line = parse(args, out, err);
        if (line == null) {
            return isHelp(args) ? EXIT_OK : USAGE;
        }
        if (!Files.isRegularFile(line.file())) {
            err.println(NLS.bind(Messages.Cli_noImportFileThere, line.file()));
            err.println(Messages.Cli_importUsage);
            return USAGE;
        }
        ImportOptions options = new ImportOptions(line.charset(), line.sheet(), line.createMissing(), line.invalidValues());
        try {
            List<String> headers = RetailerImport.preview(line.file(), options).headers();
            FieldMapping<?> mapping;
            try {
                mapping = mapping(line, headers);
            } catch (IOException | IllegalArgumentException e) {
                err.println(NLS.bind(Messages.Cli_badMapping, line.mapping(), e.getMessage()));
                return USAGE;
            }
            AbstractDryRun<? extends ImportRow> run = dryRun(store, line, options, mapping);
            out.println(summary(run));
            if (line.report() != null) {
                ImportReport.write(run, line.report(), StandardCharsets.UTF_8);
            }
            long rejected = run.count(RowStatus.REJECTED);
            if (rejected > 0 && !line.skipRejected()) {
                err.println(NLS.bind(Messages.Cli_rejected, line.file().getFileName(), rejected));
                return FAILED;
            }
            if (line.dryRun()) {
                return EXIT_OK;
            }
            long start = System.nanoTime();
            commit(store, run, line.skipRejected());
            out.println(NLS.bind(Messages.Cli_committed, line.file().getFileName(),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9))); //$NON-NLS-1$
            return EXIT_OK;
        } catch (ImportException | ExportException | StoreException e) {
            err.println(NLS.bind(Messages.Cli_importFailed, e.getMessage()));
            return FAILED;
        } catch (OperationCanceledException e) {
            err.println(Messages.Cli_importCancelled);
            return FAILED;
        }
    }

    /** The saved mapping named on the command line, else the automatic one. */
    private static FieldMapping<?> mapping(ImportCommandLine line, List<String> headers) throws IOException {
        TableKind kind = line.records();
        if (line.mapping() == null) {
            return kind == null ? ColumnMapping.automatic(headers) : FieldMapping.automatic(headers, kind.fields());
        }
        if (kind == null) {
            return new SavedMappings().load(line.mapping(), headers);
        }
        return SavedMappings.of(kind).load(line.mapping(), headers, kind.fields());
    }

    @SuppressWarnings("unchecked") // the mapping of a kind holds the kind's fields (made above)
    private AbstractDryRun<? extends ImportRow> dryRun(Store store, ImportCommandLine line, ImportOptions options,
            FieldMapping<?> mapping) {
        if (line.records() instanceof RecordKind kind) {
            return new RecordImport(store).dryRun(line.file(), options, kind, (FieldMapping<RecordField>) mapping, monitor);
        } else if (line.records() instanceof ReferenceKind kind) {
            return new ReferenceImport(store).dryRun(line.file(), options, kind, (FieldMapping<ReferenceField>) mapping,
                    monitor);
        }
        return new RetailerImport(store).dryRun(line.file(), options, (ColumnMapping) mapping, monitor);
    }

    private void commit(Store store, AbstractDryRun<? extends ImportRow> run, boolean skipRejected) {
        if (run instanceof DryRun retailers) {
            new RetailerImport(store).commit(retailers, skipRejected, monitor);
        } else if (run instanceof RecordDryRun records) {
            new RecordImport(store).commit(records, skipRejected, monitor);
        } else {
            new ReferenceImport(store).commit((ReferenceDryRun) run, skipRejected, monitor);
        }
    }

    /** "new N, changed N, unchanged N, rejected N, warnings N, created: N districts, … N staff, N mutual-aid groups". */
    static String summary(AbstractDryRun<? extends ImportRow> run) {
        DryRun retailers = run instanceof DryRun d ? d : null;
        return NLS.bind(Messages.Cli_importSummary, new Object[] { run.count(RowStatus.NEW), run.count(RowStatus.CHANGED),
                run.count(RowStatus.UNCHANGED), run.count(RowStatus.REJECTED), (long) run.warnings().size(),
                created(retailers, District.class), created(retailers, MarketDepartment.class),
                created(retailers, DeliveryRoute.class), created(retailers, Staff.class),
                created(retailers, MutualAidGroup.class) });
    }

    private static long created(DryRun run, Class<? extends org.retailerdesk.model.Entity> type) {
        return run == null ? 0 : run.created(type);
    }

    @Override
    public void stop() {
        monitor.setCanceled(true);
    }
}
