package org.retailerdesk.ui.imports.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.retailerdesk.exports.ImportReport;
import org.retailerdesk.imports.AbstractDryRun;
import org.retailerdesk.imports.ColumnMapping;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.FieldChange;
import org.retailerdesk.imports.FieldMapping;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.ImportRow;
import org.retailerdesk.imports.InvalidValues;
import org.retailerdesk.imports.RecordField;
import org.retailerdesk.imports.RecordImport;
import org.retailerdesk.imports.RecordKind;
import org.retailerdesk.imports.ReferenceField;
import org.retailerdesk.imports.ReferenceImport;
import org.retailerdesk.imports.ReferenceKind;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowResult;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.imports.TableKind;
import org.retailerdesk.ui.StoreAccess;

/**
 * Page 3: the dry run, run in a Job when the page is shown: counts per status and warnings, every
 * row with its status and reasons (a virtual table, so 100 000 rows cost nothing), a filter, the
 * entries a retailer import creates, and the choices that change the check (create missing
 * references, what invalid values do: their defaults are the centre's import preferences) or the
 * commit (skip rejected rows). The warnings stay readable after Finish in the report the page saves.
 * Finish is possible once the dry run is done and no row is rejected, or rejected rows are to be skipped.
 */
final class DryRunPage extends WizardPage {

    private static final InvalidValues[] INVALID_VALUES = InvalidValues.values();

    private Label counts;
    private Combo filter;
    private Button createMissing;
    private Combo invalidValues;
    private Composite retailerOptions;
    private Table table;
    private Label createdLabel;
    private Text created;
    private Button skip;
    private Button saveReport;
    private AbstractDryRun<? extends ImportRow> dryRun;
    private List<? extends ImportRow> shown = List.of();
    /** What the current dry run was made from; another file, options or mapping needs a new one. */
    private Object[] madeFrom;
    private Job running;

    DryRunPage() {
        super("dryRun"); //$NON-NLS-1$
        setTitle(Messages.DryRunPage_title);
        setDescription(Messages.DryRunPage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        counts = new Label(c, SWT.NONE);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(c, SWT.NONE).setText(Messages.DryRunPage_show);
        filter = new Combo(c, SWT.READ_ONLY);
        filter.add(Messages.DryRunPage_all);
        for (RowStatus s : RowStatus.values()) {
            filter.add(s.label());
        }
        filter.add(Messages.DryRunPage_withWarnings);
        filter.select(0);
        filter.addListener(SWT.Selection, e -> applyFilter());

        retailerOptions = new Composite(c, SWT.NONE);
        retailerOptions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        GridLayout options = new GridLayout(2, false);
        options.marginWidth = 0;
        options.marginHeight = 0;
        retailerOptions.setLayout(options);
        IPreferencesService preferences = Platform.getPreferencesService();
        createMissing = new Button(retailerOptions, SWT.CHECK);
        createMissing.setText(Messages.DryRunPage_createMissing);
        createMissing.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        createMissing.setSelection(preferences.getBoolean(ImportOptions.PREFERENCES, ImportOptions.PREFERENCE_CREATE_MISSING,
                false, null));
        createMissing.addListener(SWT.Selection, e -> rerun());
        new Label(retailerOptions, SWT.NONE).setText(Messages.DryRunPage_invalidValues);
        invalidValues = new Combo(retailerOptions, SWT.READ_ONLY);
        for (InvalidValues v : INVALID_VALUES) {
            invalidValues.add(v.label());
        }
        InvalidValues preferred = InvalidValues.of(preferences.getString(ImportOptions.PREFERENCES,
                ImportOptions.PREFERENCE_INVALID_VALUES, InvalidValues.WARN.name(), null));
        invalidValues.select((preferred == null ? InvalidValues.WARN : preferred).ordinal());
        invalidValues.addListener(SWT.Selection, e -> rerun());

        table = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        String[] titles = { Messages.DryRunPage_row, Messages.DryRunPage_status, Messages.DryRunPage_code,
                Messages.DryRunPage_shop, Messages.DryRunPage_details };
        int[] widths = { 60, 70, 120, 160, 420 };
        for (int i = 0; i < titles.length; i++) {
            TableColumn col = new TableColumn(table, SWT.NONE);
            col.setText(titles[i]);
            col.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));

        createdLabel = new Label(c, SWT.NONE);
        createdLabel.setText(Messages.DryRunPage_created);
        createdLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        created = new Text(c, SWT.BORDER | SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData createdData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        createdData.heightHint = 5 * created.getLineHeight();
        created.setLayoutData(createdData);

        skip = new Button(c, SWT.CHECK);
        skip.setText(Messages.DryRunPage_skip);
        skip.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        skip.addListener(SWT.Selection, e -> updateComplete());
        saveReport = new Button(c, SWT.PUSH);
        saveReport.setText(Messages.DryRunPage_saveReport);
        saveReport.addListener(SWT.Selection, e -> saveReport());
        setControl(c);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            boolean retailers = ((ImportWizard) getWizard()).filePage.kind() == null;
            // the choices of what is created and what invalid values do are the retailer import's
            for (Control control : List.of(retailerOptions, createdLabel, created)) {
                ((GridData) control.getLayoutData()).exclude = !retailers;
                control.setVisible(retailers);
            }
            retailerOptions.getParent().layout(true, true);
            rerun();
        }
    }

    /** Starts a dry run unless the last one was made from the same file, options and mapping. */
    private void rerun() {
        ImportWizard wizard = (ImportWizard) getWizard();
        Path file = wizard.mappingPage.preview().file();
        ImportOptions options = options();
        FieldMapping<?> mapping = wizard.mappingPage.mapping();
        TableKind kind = wizard.filePage.kind();
        Object[] from = { file, options, mapping.toProperties(), kind };
        if (madeFrom == null || !Arrays.equals(madeFrom, from)) {
            start(file, options, kind, mapping, from);
        }
    }

    /** The first page's reading options with this page's choices. */
    private ImportOptions options() {
        return ((ImportWizard) getWizard()).filePage.options().withCreateMissing(createMissing.getSelection())
                .withInvalidValues(INVALID_VALUES[Math.max(0, invalidValues.getSelectionIndex())]);
    }

    /** The dry run in a user Job (progress dialog with Cancel); the page shows its result. */
    @SuppressWarnings("unchecked") // the mapping page makes a kind's mapping of the kind's fields
    private void start(Path file, ImportOptions options, TableKind kind, FieldMapping<?> mapping, Object[] from) {
        if (running != null) {
            running.cancel();
        }
        dryRun = null;
        madeFrom = null;
        show(List.of());
        counts.setText(Messages.DryRunPage_running);
        created.setText(""); //$NON-NLS-1$
        setErrorMessage(null);
        updateComplete();
        var display = getShell().getDisplay();
        Job job = Job.create(NLS.bind(Messages.DryRunPage_job, file.getFileName()), monitor -> {
            try {
                StoreAccess.whenOpen().join();
                AbstractDryRun<?> run;
                if (kind instanceof RecordKind records) {
                    run = new RecordImport(StoreAccess.store()).dryRun(file, options, records,
                            (FieldMapping<RecordField>) mapping, monitor);
                } else if (kind instanceof ReferenceKind entries) {
                    run = new ReferenceImport(StoreAccess.store()).dryRun(file, options, entries,
                            (FieldMapping<ReferenceField>) mapping, monitor);
                } else {
                    run = new RetailerImport(StoreAccess.store()).dryRun(file, options, (ColumnMapping) mapping, monitor);
                }
                display.asyncExec(() -> done(run, from, null));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                display.asyncExec(() -> done(null, null, Messages.DryRunPage_cancelled));
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                display.asyncExec(() -> done(null, null, StoreAccess.errorStatus(e).getMessage()));
                return Status.OK_STATUS; // reported on the page
            }
        });
        job.setUser(true);
        running = job;
        job.schedule();
        PlatformUI.getWorkbench().getProgressService().showInDialog(getShell(), job);
    }

    private void done(AbstractDryRun<? extends ImportRow> run, Object[] from, String error) {
        if (getControl() == null || getControl().isDisposed()) {
            return;
        }
        running = null;
        dryRun = run;
        madeFrom = from;
        setErrorMessage(error);
        if (run == null) {
            counts.setText(""); //$NON-NLS-1$
            created.setText(""); //$NON-NLS-1$
        } else {
            counts.setText(NLS.bind(Messages.DryRunPage_counts, new Object[] { run.count(RowStatus.NEW),
                    run.count(RowStatus.CHANGED), run.count(RowStatus.UNCHANGED), run.count(RowStatus.REJECTED),
                    run.warnings().size(), run.source() }));
            List<String> lines = run instanceof DryRun retailers ? retailers.createdSummary() : List.of();
            String nothing = createMissing.getSelection() ? Messages.DryRunPage_createsNothing
                    : Messages.DryRunPage_createsNothingUnticked;
            created.setText(lines.isEmpty() ? nothing : String.join("\n", lines)); //$NON-NLS-1$
            counts.getParent().layout(true, true);
        }
        applyFilter();
        updateComplete();
    }

    private void applyFilter() {
        if (dryRun == null) {
            show(List.of());
            return;
        }
        int i = filter.getSelectionIndex();
        if (i > RowStatus.values().length) {
            show(dryRun.rows().stream().filter(r -> r.status() != RowStatus.REJECTED && !r.warnings().isEmpty()).toList());
            return;
        }
        RowStatus status = i <= 0 ? null : RowStatus.values()[i - 1];
        show(status == null ? dryRun.rows() : dryRun.rows().stream().filter(r -> r.status() == status).toList());
    }

    private void show(List<? extends ImportRow> rows) {
        shown = rows;
        table.clearAll();
        table.setItemCount(rows.size());
    }

    private void fill(TableItem item, int index) {
        ImportRow r = shown.get(index);
        String shop = r instanceof RowResult x && x.retailer() != null && x.retailer().getShopName() != null
                ? x.retailer().getShopName() : ""; //$NON-NLS-1$
        item.setText(new String[] { Integer.toString(r.row()), r.status().label(), r.key(), shop, details(r) });
    }

    /** Changes or reasons, then the warnings of a row that is imported. */
    static String details(ImportRow r) {
        List<String> parts = new ArrayList<>();
        if (r.status() == RowStatus.CHANGED) {
            r.changes().stream().map(FieldChange::toString).forEach(parts::add);
        } else if (r.status() == RowStatus.REJECTED) {
            r.rejections().stream().map(x -> x.column() + ": " + x.reason()).forEach(parts::add); //$NON-NLS-1$
        }
        if (r.status() != RowStatus.REJECTED) {
            r.warnings().stream().map(w -> NLS.bind(Messages.DryRunPage_warning, w.column(), w.reason())).forEach(parts::add);
        }
        return parts.stream().collect(Collectors.joining("; ")); //$NON-NLS-1$
    }

    private void updateComplete() {
        boolean rejected = dryRun != null && dryRun.count(RowStatus.REJECTED) > 0;
        skip.setEnabled(rejected);
        saveReport.setEnabled(dryRun != null);
        if (dryRun != null && rejected && !skip.getSelection()) {
            setMessage(NLS.bind(Messages.DryRunPage_rejectedHint, dryRun.count(RowStatus.REJECTED)), WARNING);
        } else if (dryRun != null && !dryRun.warnings().isEmpty()) {
            setMessage(NLS.bind(Messages.DryRunPage_warningsHint, dryRun.warnings().size()), INFORMATION);
        } else {
            setMessage(null);
        }
        setPageComplete(dryRun != null && (!rejected || skip.getSelection()));
    }

    /** Saves every row with its status, reasons, warnings and changes, and what is created, as CSV. */
    private void saveReport() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
        dialog.setFileName(NLS.bind(Messages.DryRunPage_reportName, dryRun.file().getFileName()));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            writeReport(Path.of(chosen));
        }
    }

    /** Writes the report in a Job; a failure is shown on the page. */
    void writeReport(Path file) {
        AbstractDryRun<? extends ImportRow> run = dryRun;
        var display = getShell().getDisplay();
        Job.create(NLS.bind(Messages.DryRunPage_reportJob, file.getFileName()), monitor -> {
            String error = null;
            try {
                ImportReport.write(run, file, StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                error = e.getMessage();
            }
            String message = error;
            display.asyncExec(() -> {
                if (getControl() != null && !getControl().isDisposed()) {
                    if (message != null) {
                        setErrorMessage(message);
                    } else {
                        setMessage(NLS.bind(Messages.DryRunPage_reportSaved, file), INFORMATION);
                    }
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    AbstractDryRun<? extends ImportRow> dryRun() {
        return dryRun;
    }

    boolean skipRejected() {
        return skip.getSelection();
    }

    /** What the created-entries box shows (UI tests). */
    String createdText() {
        return created.getText();
    }

    /** Ticks or clears "create missing references" as the user would, checking again (UI tests). */
    void setCreateMissing(boolean create) {
        createMissing.setSelection(create);
        rerun();
    }

    /** Chooses what invalid values do as the user would, checking again (UI tests). */
    void setInvalidValues(InvalidValues v) {
        invalidValues.select(v.ordinal());
        rerun();
    }

    @Override
    public void dispose() {
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }
}
