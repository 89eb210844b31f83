package org.retailerdesk.ui.publicity.internal;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.publicity.Coverage;
import org.retailerdesk.publicity.CoverageExport;
import org.retailerdesk.publicity.CoverageFilter;
import org.retailerdesk.publicity.CoverageMatrix;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.retailers.RetailerList;

/**
 * The coverage matrix (宣传覆盖表) of one policy: the retailers it concerns under the chosen district,
 * customer manager and date range, who was told (latest record: when, how, acknowledgement) and who
 * not, with coverage per district and per customer manager as a table and a chart. Opens the untold
 * in the Retailers view and exports to XLSX. Everything is read in Jobs; only the latest request is shown.
 */
public class CoverageView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.publicity.coverage"; //$NON-NLS-1$
    private static final int PAGE = RetailerQuery.DEFAULT_PAGE_SIZE;
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance();

    /** A retailer concerned with its latest record of the policy, or null when not told. */
    public record Row(Retailer retailer, PublicityRecord latest) {
    }

    private Combo policyCombo;
    private Combo districtCombo;
    private Combo managerCombo;
    private Text from;
    private Text to;
    private Label summary;
    private TableViewer shares;
    private Chart chart;
    private TableViewer retailers;
    private Button onlyUntold;
    private Label pageLabel;
    private Button previous;
    private Button next;
    private Button openUntold;
    private Button export;

    private List<Policy> policies = List.of();
    private List<District> districts = List.of();
    private List<CoverageMatrix.Share> managers = List.of();
    private Long wantedPolicy;
    private CoverageMatrix matrix;
    private List<Row> rows;
    private int offset;
    private long requests;
    private boolean settled;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(11, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(bar, SWT.NONE).setText(Messages.Coverage_policy);
        policyCombo = new Combo(bar, SWT.READ_ONLY);
        GridData policyData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        policyData.widthHint = 260;
        policyCombo.setLayoutData(policyData);
        new Label(bar, SWT.NONE).setText(Messages.Coverage_district);
        districtCombo = new Combo(bar, SWT.READ_ONLY);
        new Label(bar, SWT.NONE).setText(Messages.Coverage_manager);
        managerCombo = new Combo(bar, SWT.READ_ONLY);
        managerCombo.setLayoutData(new GridData(140, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText(Messages.Coverage_from);
        from = dateField(bar);
        new Label(bar, SWT.NONE).setText(Messages.Coverage_to);
        to = dateField(bar);
        Button show = new Button(bar, SWT.PUSH);
        show.setText(Messages.Coverage_compute);
        show.addListener(SWT.Selection, e -> compute());
        policyCombo.addListener(SWT.Selection, e -> compute());
        districtCombo.addListener(SWT.Selection, e -> {
            managerCombo.removeAll();
            compute();
        });
        managerCombo.addListener(SWT.Selection, e -> compute());

        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm top = new SashForm(sash, SWT.HORIZONTAL);
        shares = Tables.create(top);
        Class<CoverageMatrix.Share> share = CoverageMatrix.Share.class;
        Tables.column(shares, share, Messages.Coverage_group, 150, CoverageMatrix.Share::name);
        Tables.column(shares, share, Messages.Coverage_retailers, 80, s -> NUMBER.format(s.retailers()));
        Tables.column(shares, share, Messages.Coverage_told, 80, s -> NUMBER.format(s.told()));
        Tables.column(shares, share, Messages.Coverage_untold, 80, s -> NUMBER.format(s.untold()));
        Tables.column(shares, share, Messages.Coverage_percent, 90, s -> String.format("%.1f", s.percent())); //$NON-NLS-1$
        chart = new Chart(top, SWT.NONE);
        chart.getLegend().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Coverage_percent);
        top.setWeights(2, 3);

        Composite list = new Composite(sash, SWT.NONE);
        list.setLayout(new GridLayout(6, false));
        onlyUntold = new Button(list, SWT.CHECK);
        onlyUntold.setText(Messages.Coverage_onlyUntold);
        onlyUntold.addListener(SWT.Selection, e -> readPage(0));
        pageLabel = new Label(list, SWT.NONE);
        pageLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        previous = button(list, Messages.Coverage_previous, () -> readPage(Math.max(0, offset - PAGE)));
        next = button(list, Messages.Coverage_next, () -> readPage(offset + PAGE));
        openUntold = button(list, Messages.Coverage_openUntold, this::openUntold);
        export = button(list, Messages.Coverage_export, this::exportAsked);
        retailers = Tables.create(list);
        retailers.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        Tables.column(retailers, Row.class, Messages.Column_customerCode, 110, r -> r.retailer().getCustomerCode());
        Tables.column(retailers, Row.class, Messages.Column_shop, 180, r -> r.retailer().getShopName());
        Tables.column(retailers, Row.class, Messages.Column_district, 80, r -> name(r.retailer().getDistrict()));
        Tables.column(retailers, Row.class, Messages.Column_manager, 90, r -> r.retailer().getCustomerManager());
        Tables.column(retailers, Row.class, Messages.Column_told, 60,
                r -> r.latest() == null ? Messages.Column_no : Messages.Column_yes);
        Tables.column(retailers, Row.class, Messages.Column_date, 90, r -> latest(r, PublicityRecord::getDate));
        Tables.column(retailers, Row.class, Messages.Column_channel, 90, r -> latest(r, PublicityRecord::getChannel));
        Tables.column(retailers, Row.class, Messages.Column_acknowledgement, 90,
                r -> latest(r, PublicityRecord::getAcknowledgement));
        Tables.column(retailers, Row.class, Messages.Column_deliveredBy, 90, r -> latest(r, PublicityRecord::getDeliveredBy));
        sash.setWeights(2, 3);
        enableActions();
        StoreAccess.whenOpen().thenRun(() -> UiJob.of(Messages.Job_readingPolicies, monitor -> {
            Store store = StoreAccess.store();
            return new Choices(store.findAll(Policy.class), store.findAll(District.class));
        }).owner(policyCombo).onDone(this::showChoices).onFailure(this::showFailure).schedule());
    }

    private record Choices(List<Policy> policies, List<District> districts) {
    }

    private static String name(District d) {
        return d == null ? null : d.getName();
    }

    private static Object latest(Row row, Function<PublicityRecord, Object> value) {
        return row.latest() == null ? null : value.apply(row.latest());
    }

    private static Text dateField(Composite bar) {
        Text t = new Text(bar, SWT.BORDER);
        t.setMessage(Messages.Policy_dateHint);
        t.setLayoutData(new GridData(80, SWT.DEFAULT));
        return t;
    }

    private static Button button(Composite parent, String text, Runnable run) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> run.run());
        return b;
    }

    private void showChoices(Choices choices) {
        policies = choices.policies();
        districts = choices.districts();
        policyCombo.setItems(policies.stream().map(Texts::of).toArray(String[]::new));
        List<String> names = new ArrayList<>(List.of(Messages.Coverage_anyDistrict));
        districts.forEach(d -> names.add(d.getName()));
        districtCombo.setItems(names.toArray(String[]::new));
        districtCombo.select(0);
        selectPolicy(wantedPolicy != null ? wantedPolicy : policies.isEmpty() ? null : policies.get(0).getId());
    }

    /** Shows the matrix of the policy with that id (once the catalogue is read). */
    public void showPolicy(long policyId) {
        wantedPolicy = policyId;
        if (!policies.isEmpty()) {
            selectPolicy(policyId);
        }
    }

    private void selectPolicy(Long id) {
        for (int i = 0; id != null && i < policies.size(); i++) {
            if (policies.get(i).getId() == id) {
                policyCombo.select(i);
                compute();
                return;
            }
        }
    }

    /** Sets the district (null: all) and date range (null bounds open) and computes; the manager goes back to any. */
    public void setFilter(Long districtId, LocalDate fromDate, LocalDate toDate) {
        districtCombo.select(0);
        for (int i = 0; districtId != null && i < districts.size(); i++) {
            if (districts.get(i).getId() == districtId) {
                districtCombo.select(i + 1);
            }
        }
        managerCombo.removeAll();
        from.setText(fromDate == null ? "" : fromDate.toString()); //$NON-NLS-1$
        to.setText(toDate == null ? "" : toDate.toString()); //$NON-NLS-1$
        compute();
    }

    /** Selects one of the district's customer managers (offered once its matrix is shown) and computes. */
    public void selectManager(long managerId) {
        for (int i = 0; i < managers.size(); i++) {
            if (managers.get(i).id() == managerId) {
                managerCombo.select(i + 1);
                compute();
                return;
            }
        }
        throw new IllegalArgumentException("not a manager of the district: " + managerId); //$NON-NLS-1$
    }

    private CoverageFilter filter() {
        int d = districtCombo.getSelectionIndex();
        int m = managerCombo.getSelectionIndex();
        Long district = d <= 0 ? null : districts.get(d - 1).getId();
        Long manager = district == null || m <= 0 || m > managers.size() ? null : managers.get(m - 1).id();
        return new CoverageFilter(district, manager, Texts.date(Messages.Coverage_from, from.getText()),
                Texts.date(Messages.Coverage_to, to.getText()));
    }

    /** Computes the matrix of what the bar shows, in a Job; the answers of earlier requests are dropped. */
    public void compute() {
        int p = policyCombo.getSelectionIndex();
        if (p < 0) {
            return;
        }
        Policy policy = policies.get(p);
        CoverageFilter filter;
        try {
            filter = filter();
        } catch (RuntimeException e) {
            summary.setText(e.getMessage());
            return;
        }
        long request = ++requests;
        settled = false;
        summary.setText(Messages.Coverage_computing);
        boolean untoldOnly = onlyUntold.getSelection();
        UiJob.of(Messages.Job_coverage, monitor -> {
            Store store = StoreAccess.store();
            CoverageMatrix m = Coverage.compute(store, policy, filter);
            return new Computed(m, page(store, m, untoldOnly, 0));
        }).owner(summary).onDone(computed -> {
            if (request == requests) {
                showMatrix(computed.matrix());
                showRows(computed.rows(), 0);
            }
        }).onFailure(e -> {
            if (request == requests) {
                showFailure(e);
            }
        }).schedule();
    }

    private record Computed(CoverageMatrix matrix, List<Row> rows) {
    }

    /** One page of the retailers concerned (or of the untold) with their latest records. Not for the UI thread. */
    private static List<Row> page(Store store, CoverageMatrix m, boolean untoldOnly, int first) {
        RetailerQuery q = untoldOnly ? m.untoldQuery() : m.concerned();
        if (q == null) {
            return List.of();
        }
        List<Retailer> page = store.retailers().findRetailerRows(q.page(first, PAGE));
        Map<Long, PublicityRecord> latest = Coverage.latest(store, m, page.stream().map(Retailer::getId).toList());
        return page.stream().map(r -> new Row(r, latest.get(r.getId()))).toList();
    }

    private void readPage(int first) {
        CoverageMatrix m = matrix;
        if (m == null) {
            return;
        }
        long request = ++requests;
        settled = false;
        boolean untoldOnly = onlyUntold.getSelection();
        UiJob.of(Messages.Job_coverage, monitor -> page(StoreAccess.store(), m, untoldOnly, first))
                .owner(summary).onDone(page -> {
                    if (request == requests) {
                        showRows(page, first);
                    }
                }).onFailure(this::showFailure).schedule();
    }

    private void showMatrix(CoverageMatrix m) {
        matrix = m;
        summary.setText(m.retailers() == 0 ? Messages.Coverage_none
                : NLS.bind(Messages.Coverage_summary, new Object[] { NUMBER.format(m.retailers()), NUMBER.format(m.told()),
                        NUMBER.format(m.untold()), String.format("%.1f", m.percent()) })); //$NON-NLS-1$
        boolean inDistrict = m.filter().districtId() != null;
        List<CoverageMatrix.Share> groups = inDistrict ? m.byManager() : m.byDistrict();
        shares.getTable().getColumn(0).setText(inDistrict ? Messages.Coverage_byManager : Messages.Coverage_byDistrict);
        shares.setInput(groups);
        if (inDistrict && managerCombo.getItemCount() == 0) {
            managers = m.byManager().stream().filter(s -> s.id() != null).toList();
            List<String> names = new ArrayList<>(List.of(Messages.Coverage_anyManager));
            managers.forEach(s -> names.add(s.name()));
            managerCombo.setItems(names.toArray(String[]::new));
            managerCombo.select(0);
        }
        managerCombo.setEnabled(inDistrict);
        drawChart(groups, inDistrict ? Messages.Coverage_chartTitle : Messages.Coverage_chartTitleDistrict);
        summary.getParent().layout(true, true);
    }

    private void drawChart(List<CoverageMatrix.Share> groups, String title) {
        chart.getTitle().setText(title);
        for (var s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "coverage"); //$NON-NLS-1$
        bars.setYSeries(groups.stream().mapToDouble(CoverageMatrix.Share::percent).toArray());
        bars.setBarColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(groups.stream().map(CoverageMatrix.Share::name).toArray(String[]::new));
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 100));
        chart.redraw();
    }

    private void showRows(List<Row> page, int first) {
        rows = page;
        offset = first;
        retailers.setInput(page);
        long total = onlyUntold.getSelection() ? matrix.untold() : matrix.retailers();
        pageLabel.setText(total == 0 ? "" : NLS.bind(Messages.Coverage_page, new Object[] { //$NON-NLS-1$
                NUMBER.format(first + 1L), NUMBER.format(first + (long) page.size()), NUMBER.format(total) }));
        settled = true;
        enableActions();
    }

    private void enableActions() {
        boolean any = matrix != null && matrix.concerned() != null;
        previous.setEnabled(any && offset > 0);
        next.setEnabled(any && offset + PAGE < (onlyUntold.getSelection() ? matrix.untold() : matrix.retailers()));
        openUntold.setEnabled(any && matrix.untold() > 0);
        export.setEnabled(any);
    }

    private void showFailure(RuntimeException e) {
        ILog.of(getClass()).log(StoreAccess.errorStatus(e));
        summary.setText(String.valueOf(e.getMessage()));
        settled = true;
    }

    /**
     * Opens the Retailers view on the untold retailers of the matrix.
     *
     * @return the query the Retailers view now lists, or null when there are none
     */
    public RetailerQuery openUntold() {
        CoverageMatrix m = matrix;
        if (m == null || m.untoldQuery() == null) {
            return null;
        }
        Policy p = m.policy();
        CoverageFilter f = m.filter();
        String restriction = f.from() == null && f.to() == null
                ? NLS.bind(Messages.Coverage_restriction, Texts.of(p))
                : NLS.bind(Messages.Coverage_restrictionRange, new Object[] { Texts.of(p),
                        f.from() == null ? "…" : f.from(), f.to() == null ? "…" : f.to() }); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            return RetailerList.show(getSite().getPage(), m.untoldQuery(), restriction);
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
            return null;
        }
    }

    private void exportAsked() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
        dialog.setFileName(matrix.policy().getCode() + ".xlsx"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            export(Path.of(file));
        }
    }

    /** Exports the matrix shown to the file, in a Job with progress and cancel. */
    public void export(Path file) {
        CoverageMatrix m = matrix;
        UiJob.of(Messages.Job_export, monitor -> CoverageExport.writeXlsx(StoreAccess.store(), m, file, monitor))
                .owner(summary).user()
                .onDone(written -> MessageDialog.openInformation(getSite().getShell(), Messages.Coverage_export,
                        NLS.bind(Messages.Coverage_exported, NUMBER.format(written), file)))
                .onFailure(e -> MessageDialog.openError(getSite().getShell(), Messages.Coverage_export, e.getMessage()))
                .schedule();
    }

    /** The matrix shown, else null. */
    public CoverageMatrix matrix() {
        return matrix;
    }

    /** The page of retailers shown. */
    public List<Row> rows() {
        return rows;
    }

    /** True when the latest request has been answered. */
    public boolean isSettled() {
        return settled;
    }

    public TableViewer shares() {
        return shares;
    }

    public Chart chart() {
        return chart;
    }

    public void setOnlyUntold(boolean only) {
        onlyUntold.setSelection(only);
        readPage(0);
    }

    @Override
    public void setFocus() {
        policyCombo.setFocus();
    }
}
