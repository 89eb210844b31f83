package org.retailerdesk.ui.imports.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.retailerdesk.imports.AbstractDryRun;
import org.retailerdesk.imports.ColumnMapping;
import org.retailerdesk.imports.FieldMapping;
import org.retailerdesk.imports.ImportRow;
import org.retailerdesk.imports.RecordField;
import org.retailerdesk.imports.RecordImport;
import org.retailerdesk.imports.RecordKind;
import org.retailerdesk.imports.RecordRow;
import org.retailerdesk.imports.FieldChange;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowResult;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.ui.StoreAccess;

/**
 * Page 3: the dry run, run in a Job when the page is shown: counts per status, every row with
 * its status and reason (a virtual table, so 100 000 rows cost nothing), a status filter, and
 * the choice to skip rejected rows. Finish is possible once the dry run is done and no row is
 * rejected, or rejected rows are to be skipped.
 */
final class DryRunPage extends WizardPage {

    private Label counts;
    private Combo filter;
    private Table table;
    private Button skip;
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
        filter.select(0);
        filter.addListener(SWT.Selection, e -> applyFilter());

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

        skip = new Button(c, SWT.CHECK);
        skip.setText(Messages.DryRunPage_skip);
        skip.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        skip.addListener(SWT.Selection, e -> updateComplete());
        setControl(c);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            ImportWizard wizard = (ImportWizard) getWizard();
            Path file = wizard.mappingPage.preview().file();
            ImportOptions options = wizard.filePage.options();
            FieldMapping<?> mapping = wizard.mappingPage.mapping();
            RecordKind kind = wizard.filePage.kind();
            Object[] from = { file, options, mapping.toProperties(), kind };
            if (madeFrom == null || !java.util.Arrays.equals(madeFrom, from)) {
                start(file, options, kind, mapping, from);
            }
        }
    }

    /** The dry run in a user Job (progress dialog with Cancel); the page shows its result. */
    @SuppressWarnings("unchecked") // the mapping page makes a record mapping for a record kind
    private void start(Path file, ImportOptions options, RecordKind kind, FieldMapping<?> mapping, Object[] from) {
        if (running != null) {
            running.cancel();
        }
        dryRun = null;
        madeFrom = null;
        show(List.of());
        counts.setText(Messages.DryRunPage_running);
        setErrorMessage(null);
        updateComplete();
        var display = getShell().getDisplay();
        Job job = Job.create(NLS.bind(Messages.DryRunPage_job, file.getFileName()), monitor -> {
            try {
                StoreAccess.whenOpen().join();
                AbstractDryRun<?> run = kind == null
                        ? new RetailerImport(StoreAccess.store()).dryRun(file, options, (ColumnMapping) mapping, monitor)
                        : new RecordImport(StoreAccess.store()).dryRun(file, options, kind,
                                (FieldMapping<RecordField>) mapping, monitor);
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
        } else {
            counts.setText(NLS.bind(Messages.DryRunPage_counts, new Object[] { run.count(RowStatus.NEW),
                    run.count(RowStatus.CHANGED), run.count(RowStatus.UNCHANGED), run.count(RowStatus.REJECTED),
                    run.source() }));
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
        String key = r instanceof RowResult x ? x.customerCode() : ((RecordRow) r).key();
        String shop = r instanceof RowResult x && x.retailer() != null && x.retailer().getShopName() != null
                ? x.retailer().getShopName() : ""; //$NON-NLS-1$
        item.setText(new String[] { Integer.toString(r.row()), r.status().label(), key, shop, details(r) });
    }

    private static String details(ImportRow r) {
        return switch (r.status()) {
            case CHANGED -> r.changes().stream().map(FieldChange::toString).collect(Collectors.joining("; ")); //$NON-NLS-1$
            case REJECTED -> r.rejections().stream().map(x -> x.column() + ": " + x.reason()) //$NON-NLS-1$
                    .collect(Collectors.joining("; ")); //$NON-NLS-1$
            default -> ""; //$NON-NLS-1$
        };
    }

    private void updateComplete() {
        boolean rejected = dryRun != null && dryRun.count(RowStatus.REJECTED) > 0;
        skip.setEnabled(rejected);
        if (dryRun != null && rejected && !skip.getSelection()) {
            setMessage(NLS.bind(Messages.DryRunPage_rejectedHint, dryRun.count(RowStatus.REJECTED)), WARNING);
        } else {
            setMessage(null);
        }
        setPageComplete(dryRun != null && (!rejected || skip.getSelection()));
    }

    AbstractDryRun<? extends ImportRow> dryRun() {
        return dryRun;
    }

    boolean skipRejected() {
        return skip.getSelection();
    }

    @Override
    public void dispose() {
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }
}
