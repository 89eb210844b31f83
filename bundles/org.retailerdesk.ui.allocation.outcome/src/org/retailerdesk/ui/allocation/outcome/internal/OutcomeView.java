package org.retailerdesk.ui.allocation.outcome.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.outcome.Breakdown;
import org.retailerdesk.allocation.outcome.OutcomeExport;
import org.retailerdesk.allocation.outcome.OutcomeQuery;
import org.retailerdesk.allocation.outcome.OutcomeReport;
import org.retailerdesk.allocation.outcome.OutcomeReports;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;

/**
 * The allocation outcome report (分配结果报告): for a period, brand and round status, the share of
 * the scarce supply that reached priority households against their share of retailers, per category,
 * per district and per district and category, as tables and bar charts. The report is computed in a
 * Job (only the latest request is shown) and a table can be exported as CSV or XLSX.
 */
public class OutcomeView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.allocation.outcome.view"; //$NON-NLS-1$

    /** Pixels added to the width GTK asks for a date field. */
    private static final int DATE_SLACK = 24;

    private DateTime from;
    private DateTime to;
    private Combo brand;
    private Button calculated;
    private Button compute;
    private Button export;
    private Label status;
    private TabFolder tabs;
    private final Map<Breakdown, BreakdownPanel> panels = new EnumMap<>(Breakdown.class);
    /** Brand codes in the combo's order after "all brands". */
    private final List<String> brandCodes = new ArrayList<>();
    private OutcomeReport report;
    /** Requests made; a result is shown only if no later one was made meanwhile. */
    private int requested;
    private int answered;
    private boolean brandsRead;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // wraps when the view is narrow (stacked beside other views), so no control is cut off
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        row.spacing = 6;
        bar.setLayout(row);
        new Label(bar, SWT.NONE).setText(Messages.View_from);
        from = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        new Label(bar, SWT.NONE).setText(Messages.View_to);
        to = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        // GTK measures the date field too narrow for a Chinese date (its last character was cut)
        for (DateTime d : new DateTime[] { from, to }) {
            d.setLayoutData(new RowData(d.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + DATE_SLACK, SWT.DEFAULT));
        }
        LocalDate today = LocalDate.now();
        set(from, today.withDayOfMonth(1));
        set(to, today.withDayOfMonth(today.lengthOfMonth()));
        new Label(bar, SWT.NONE).setText(Messages.View_brand);
        brand = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        brand.add(Messages.View_allBrands);
        brand.select(0);
        brand.setLayoutData(new RowData(200, SWT.DEFAULT));
        calculated = new Button(bar, SWT.CHECK);
        calculated.setText(Messages.View_includeCalculated);
        compute = new Button(bar, SWT.PUSH);
        compute.setText(Messages.View_compute);
        compute.addListener(SWT.Selection, e -> compute());
        export = new Button(bar, SWT.PUSH);
        export.setText(Messages.View_export);
        export.setEnabled(false);
        export.addListener(SWT.Selection, e -> exportAsked());

        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(Messages.View_opening);

        tabs = new TabFolder(parent, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (Breakdown b : Breakdown.values()) {
            BreakdownPanel panel = new BreakdownPanel(tabs, b);
            TabItem item = new TabItem(tabs, SWT.NONE);
            item.setText(b.label());
            item.setControl(panel.control());
            panels.put(b, panel);
        }
        compute.setEnabled(false);
        StoreAccess.whenOpen().whenComplete((info, error) -> parent.getDisplay().asyncExec(() -> {
            if (error != null) {
                failed(error);
            } else {
                readBrandsThenCompute();
            }
        }));
    }

    private static void set(DateTime widget, LocalDate day) {
        widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }

    private static LocalDate get(DateTime widget) {
        return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
    }

    /** Offers the brands that have rounds, then computes the report for the chosen period. */
    private void readBrandsThenCompute() {
        UiJob.of(Messages.View_job, monitor -> {
            Map<String, String> brands = new TreeMap<>();
            for (AllocationRound r : StoreAccess.store().findAll(AllocationRound.class)) {
                Brand b = r.getBrand();
                brands.put(b.getCode(), EntityLabels.label(b));
            }
            return brands;
        }).owner(status).onDone(this::showBrands).onFailure(this::failed).schedule();
    }

    private void showBrands(Map<String, String> brands) {
        if (brand.isDisposed()) {
            return;
        }
        brands.forEach((code, label) -> {
            brandCodes.add(code);
            brand.add(label);
        });
        brandsRead = true;
        compute.setEnabled(true);
        compute();
    }

    /** Computes the report for what the bar shows, in a Job. */
    public void compute() {
        String code = brand.getSelectionIndex() <= 0 ? null : brandCodes.get(brand.getSelectionIndex() - 1);
        OutcomeQuery query = new OutcomeQuery(get(from), get(to), code, calculated.getSelection());
        int request = ++requested;
        status.setText(Messages.View_computing);
        Display display = status.getDisplay();
        Job job = Job.create(Messages.View_job, monitor -> {
            try {
                OutcomeReport computed = OutcomeReports.compute(StoreAccess.store(), query, monitor);
                display.asyncExec(() -> answer(request, computed, null));
            } catch (OperationCanceledException e) {
                display.asyncExec(() -> answer(request, null, null));
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                display.asyncExec(() -> answer(request, null, e));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private void answer(int request, OutcomeReport computed, RuntimeException error) {
        answered = Math.max(answered, request);
        if (status.isDisposed() || request != requested) {
            return;
        }
        if (error != null) {
            report = null;
            export.setEnabled(false);
            panels.values().forEach(BreakdownPanel::clear);
            if (error instanceof AllocationException) {
                status.setText(NLS.bind(Messages.View_failed, error.getMessage()));
            } else {
                failed(error);
            }
        } else if (computed != null) {
            show(computed);
        }
        status.getParent().layout();
    }

    private void show(OutcomeReport computed) {
        report = computed;
        panels.values().forEach(p -> p.show(computed));
        String codes = computed.rounds().stream().map(AllocationRound::getCode).collect(Collectors.joining(", ")); //$NON-NLS-1$
        status.setText(NLS.bind(Messages.View_rounds, new Object[] { computed.rounds().size(), computed.query().from(),
                computed.query().to(), codes }));
        export.setEnabled(true);
    }

    private void failed(Throwable error) {
        IStatus s = StoreAccess.errorStatus(error);
        ILog.of(getClass()).log(s);
        if (!status.isDisposed()) {
            status.setText(NLS.bind(Messages.View_failed, s.getMessage()));
            status.getParent().layout();
        }
    }

    private void exportAsked() {
        if (report == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] { "Excel (*.xlsx)", "CSV (*.csv)" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName(OutcomeExport.defaultFileName(report, OutcomeExport.Format.XLSX));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            Path file = Path.of(chosen);
            if (OutcomeExport.Format.of(file) == null) {
                OutcomeExport.Format f = dialog.getFilterIndex() == 1 ? OutcomeExport.Format.CSV : OutcomeExport.Format.XLSX;
                file = file.resolveSibling(file.getFileName() + f.extension());
            }
            export(file);
        }
    }

    /**
     * Exports the table of the tab shown, in a Job; the result or the failure goes to the status line.
     *
     * @return the scheduled Job
     */
    public Job export(Path file) {
        OutcomeReport shown = report;
        Breakdown breakdown = selected();
        Display display = status.getDisplay();
        Locale locale = Locale.getDefault();
        Job job = Job.create(NLS.bind(Messages.Export_job, file.getFileName()), monitor -> {
            String message;
            try {
                int rows = OutcomeExport.write(shown, breakdown, file, locale, monitor);
                message = NLS.bind(Messages.Export_done, rows, file);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (java.io.IOException | RuntimeException e) {
                message = NLS.bind(Messages.Export_failed, file, e.getMessage());
                ILog.of(OutcomeView.class).error(message, e);
            }
            String text = message;
            display.asyncExec(() -> {
                if (!status.isDisposed()) {
                    status.setText(text);
                    status.getParent().layout();
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The breakdown of the tab shown. */
    public Breakdown selected() {
        return Breakdown.values()[Math.max(0, tabs.getSelectionIndex())];
    }

    /** Shows a breakdown's tab. */
    public void select(Breakdown breakdown) {
        tabs.setSelection(breakdown.ordinal());
    }

    /** Sets the bar as a user would (the brand by code, null for all) and computes. */
    public void setQuery(OutcomeQuery query) {
        set(from, query.from());
        set(to, query.to());
        int index = query.brandCode() == null ? 0 : brandCodes.indexOf(query.brandCode()) + 1;
        brand.select(Math.max(0, index));
        calculated.setSelection(query.includeCalculated());
        compute();
    }

    /** True once the brands are read and the latest request is answered. */
    public boolean isSettled() {
        return brandsRead && answered == requested;
    }

    /** The report shown, or null when the last request failed. */
    public OutcomeReport report() {
        return report;
    }

    public BreakdownPanel panel(Breakdown breakdown) {
        return panels.get(breakdown);
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        compute.setFocus();
    }
}
