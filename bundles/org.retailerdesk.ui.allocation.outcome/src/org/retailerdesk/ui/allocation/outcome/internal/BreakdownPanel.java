package org.retailerdesk.ui.allocation.outcome.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.retailerdesk.allocation.outcome.Breakdown;
import org.retailerdesk.allocation.outcome.OutcomeColumn;
import org.retailerdesk.allocation.outcome.OutcomeReport;
import org.retailerdesk.allocation.outcome.OutcomeRow;

/**
 * One breakdown of the report: its table (the groups, then the overall line in bold) and, for
 * categories and districts, a bar chart of each group's households' share of retailers beside their
 * share of supply, in per cent.
 */
public final class BreakdownPanel {

    /** Series ids of the chart. */
    public static final String RETAILERS_SERIES = "shareOfRetailers"; //$NON-NLS-1$
    public static final String SUPPLY_SERIES = "shareOfSupply"; //$NON-NLS-1$
    /** More categories than this on the x axis get slanted labels, so they do not overlap. */
    private static final int UPRIGHT_LABELS = 6;

    private final Breakdown breakdown;
    private final SashForm sash;
    private final TableViewer viewer;
    private final Chart chart;
    private OutcomeReport report;

    public BreakdownPanel(Composite parent, Breakdown breakdown) {
        this.breakdown = breakdown;
        sash = new SashForm(parent, SWT.VERTICAL);
        viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        for (OutcomeColumn c : OutcomeColumn.values()) {
            TableViewerColumn column = new TableViewerColumn(viewer,
                    c.kind() == OutcomeColumn.Kind.TEXT ? SWT.LEFT : SWT.RIGHT);
            column.getColumn().setText(c.header(breakdown));
            column.getColumn().setWidth(c.kind() == OutcomeColumn.Kind.TEXT ? 200 : 120);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return c.text((OutcomeRow) element, Locale.getDefault());
                }

                @Override
                public Font getFont(Object element) {
                    return report != null && element == report.overall() ? bold : null;
                }
            });
        }
        chart = breakdown.chartTitle() == null ? null : createChart(sash, breakdown.chartTitle());
        if (chart != null) {
            sash.setWeights(45, 55);
        }
    }

    private static Chart createChart(Composite parent, String title) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(""); //$NON-NLS-1$
        chart.getAxisSet().getYAxis(0).getTitle().setText("%"); //$NON-NLS-1$
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        series(chart, RETAILERS_SERIES, Messages.Chart_shareOfRetailers, new Color(0x8c, 0x9e, 0xb5));
        series(chart, SUPPLY_SERIES, Messages.Chart_shareOfSupply, new Color(0xc0, 0x39, 0x2b));
        return chart;
    }

    private static void series(Chart chart, String id, String description, Color color) {
        IBarSeries<?> s = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        s.setDescription(description);
        s.setBarColor(color);
    }

    public void show(OutcomeReport shown) {
        report = shown;
        viewer.setInput(breakdown.tableRows(shown));
        if (chart == null) {
            return;
        }
        List<OutcomeRow> rows = breakdown.rows(shown);
        String[] labels = new String[rows.size()];
        double[] heads = new double[rows.size()];
        double[] supply = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            OutcomeRow r = rows.get(i);
            labels[i] = r.label();
            // an undefined share (no retailers or no cartons) is drawn as no bar
            heads[i] = 100 * r.shareOfRetailers().orElse(0);
            supply[i] = 100 * r.shareOfSupply().orElse(0);
        }
        // data first, categories after, laid out once: SWTChart lays out on each setter and fails on
        // categories that its series do not have yet
        chart.suspendUpdate(true);
        try {
            ISeries<?> retailers = chart.getSeriesSet().getSeries(RETAILERS_SERIES);
            ISeries<?> supplied = chart.getSeriesSet().getSeries(SUPPLY_SERIES);
            retailers.setYSeries(heads);
            supplied.setYSeries(supply);
            retailers.setVisible(rows.size() > 0);
            supplied.setVisible(rows.size() > 0);
            IAxis x = chart.getAxisSet().getXAxis(0);
            x.setCategorySeries(labels);
            x.getTick().setTickLabelAngle(labels.length > UPRIGHT_LABELS ? 45 : 0);
            chart.getAxisSet().adjustRange();
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    /** Shows no figures: an empty table and no bars. */
    public void clear() {
        report = null;
        viewer.setInput(List.of());
        if (chart != null) {
            // hidden rather than emptied: SWTChart cannot lay out a bar series without points
            chart.getSeriesSet().getSeries(RETAILERS_SERIES).setVisible(false);
            chart.getSeriesSet().getSeries(SUPPLY_SERIES).setVisible(false);
            chart.redraw();
        }
    }

    public Control control() {
        return sash;
    }

    public Breakdown breakdown() {
        return breakdown;
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** @return the chart, or null for a breakdown without one */
    public Chart chart() {
        return chart;
    }
}
