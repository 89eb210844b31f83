package org.retailerdesk.ui.allocation.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.model.labels.EntityLabels;

/**
 * The round editor's view of the plan: the chart of cartons per retailer by grade (one bar
 * series per group), the totals and the table of groups, and the virtual table of every
 * retailer's line with the buttons to override it or take an override back.
 */
final class PlanView {

    /** What the buttons and the lines table ask the editor to do. */
    interface Actions {
        void override(int line);

        void undo();

        void selected();
    }

    private final Font bold;
    private final Actions actions;
    private RoundState state;
    private String[] codes;
    private String[] shops;
    private Chart chart;
    private Label totals;
    private Table groups;
    private Table lines;
    private Button overrideButton;
    private Button undoButton;

    PlanView(Composite parent, Font bold, Actions actions) {
        this.bold = bold;
        this.actions = actions;
        SashForm right = new SashForm(parent, SWT.VERTICAL);
        createChart(right);
        createGroups(right);
        createLines(right);
        right.setWeights(38, 22, 40);
    }

    /** Shows the lines of a round's retailers (by index: customer code and shop name). */
    void show(RoundState state, String[] codes, String[] shops) {
        this.state = state;
        this.codes = codes;
        this.shops = shops;
        lines.setItemCount(state.retailers().size());
    }

    /** The lines show the state's quantities and overrides again. */
    void refreshLines() {
        lines.clearAll();
    }

    /** @return the selected line, or -1 */
    int selection() {
        return lines.getSelectionIndex();
    }

    void enableButtons(boolean override, boolean undo) {
        overrideButton.setEnabled(override);
        undoButton.setEnabled(undo);
    }

    boolean undoEnabled() {
        return undoButton.isEnabled();
    }

    boolean isDisposed() {
        return lines.isDisposed();
    }

    static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void createChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(Messages.Chart_title);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText(Messages.Chart_grade);
        x.enableCategory(true);
        String[] grades = new String[RetailerSet.MAX_GRADE];
        for (int g = RetailerSet.MIN_GRADE; g <= RetailerSet.MAX_GRADE; g++) {
            grades[g - 1] = String.valueOf(g);
        }
        x.setCategorySeries(grades);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Chart_quantity);
    }

    private void createGroups(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(c);
        totals = new Label(c, SWT.NONE);
        totals.setFont(bold);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(totals);
        groups = new Table(c, SWT.BORDER | SWT.FULL_SELECTION);
        groups.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(groups);
        column(groups, Messages.Groups_group, 200);
        column(groups, Messages.Groups_retailers, 90);
        column(groups, Messages.Groups_share, 90);
        column(groups, Messages.Groups_allocated, 90);
        column(groups, Messages.Groups_spill, 120);
    }

    private void createLines(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(c);
        Label l = new Label(c, SWT.NONE);
        l.setText(Messages.Lines_title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(l);
        overrideButton = button(c, Messages.Lines_override, () -> actions.override(lines.getSelectionIndex()));
        undoButton = button(c, Messages.Lines_undo, actions::undo);
        lines = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        lines.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(lines);
        column(lines, Messages.Lines_code, 110);
        column(lines, Messages.Lines_shop, 160);
        column(lines, Messages.Lines_grade, 50);
        column(lines, Messages.Lines_group, 110);
        column(lines, Messages.Lines_computed, 70);
        column(lines, Messages.Lines_quantity, 95);
        column(lines, Messages.Lines_overrideReason, 140);
        column(lines, Messages.Lines_explanation, 600);
        lines.addListener(SWT.SetData, e -> fillLine((TableItem) e.item, lines.indexOf((TableItem) e.item)));
        lines.addListener(SWT.Selection, e -> actions.selected());
        lines.addListener(SWT.DefaultSelection, e -> actions.override(lines.getSelectionIndex()));
    }

    static void column(Table table, String name, int width) {
        TableColumn c = new TableColumn(table, SWT.NONE);
        c.setText(name);
        c.setWidth(width);
    }

    /** Shows the plan the state holds now (none: empty chart and groups). */
    void showPlan() {
        AllocationPlan plan = state.plan();
        chart.suspendUpdate(true);
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        groups.removeAll();
        if (plan != null) {
            int n = 0;
            for (AllocationPlan.Group g : plan.groups()) {
                double[] y = new double[RetailerSet.MAX_GRADE];
                for (int grade = RetailerSet.MIN_GRADE; grade <= RetailerSet.MAX_GRADE; grade++) {
                    y[grade - 1] = g.perGrade()[grade];
                }
                String name = groupName(g);
                IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, name + "#" + n); //$NON-NLS-1$
                bars.setDescription(name);
                bars.setYSeries(y);
                bars.setBarColor(color(n++));
                TableItem item = new TableItem(groups, SWT.NONE);
                long retailers = 0;
                for (long r : g.retailersPerGrade()) {
                    retailers += r;
                }
                item.setText(new String[] { name, String.valueOf(retailers), String.valueOf(g.share()),
                        String.valueOf(g.total()), String.valueOf(g.spill()) });
            }
            chart.getLegend().setVisible(plan.groups().size() > 1);
        }
        chart.getAxisSet().adjustRange();
        chart.suspendUpdate(false);
        chart.redraw();
        showTotals();
        lines.clearAll();
    }

    private static String groupName(AllocationPlan.Group g) {
        return g.label().isEmpty() ? Messages.Chart_allRetailers : g.label();
    }

    private Color color(int n) {
        int[][] palette = { { 0x1f, 0x77, 0xb4 }, { 0xff, 0x7f, 0x0e }, { 0x2c, 0xa0, 0x2c }, { 0xd6, 0x27, 0x28 },
                { 0x94, 0x67, 0xbd }, { 0x8c, 0x56, 0x4b }, { 0xe3, 0x77, 0xc2 }, { 0x7f, 0x7f, 0x7f } };
        int[] c = palette[n % palette.length];
        return new Color(c[0], c[1], c[2]);
    }

    /** The round's total with the overrides (for a published round: as stored), the supply and the gap. */
    void showTotals() {
        AllocationPlan plan = state.plan();
        if (plan == null) {
            totals.setText(""); //$NON-NLS-1$
            return;
        }
        long total = state.total();
        long supplied = plan.spec().supply();
        StringBuilder text = new StringBuilder(NLS.bind(Messages.Preview_totals, new Object[] { total, supplied, supplied - total }));
        text.append(NLS.bind(Messages.Preview_computed, plan.total(), plan.hitsSupply() ? Messages.Preview_exact : Messages.Preview_closest));
        if (total != plan.total()) {
            long delta = total - plan.total();
            text.append(NLS.bind(Messages.Preview_overrides, (delta > 0 ? "+" : "") + delta)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        totals.setText(text.toString());
        totals.getParent().layout();
    }

    private void fillLine(TableItem item, int i) {
        AllocationPlan plan = state == null ? null : state.plan();
        if (plan == null || i < 0) {
            return;
        }
        AllocationPlan.Line line = plan.line(i);
        LineOverride o = state.overrideOf(line.retailerId());
        String group = line.group() < 0 ? "\u2014" : groupName(plan.groups().get(line.group())); //$NON-NLS-1$
        String explanation = state.explanation(i, line);
        item.setText(new String[] { codes[i], shops[i] == null ? "" : shops[i], //$NON-NLS-1$
                String.valueOf(line.grade()), group, String.valueOf(line.quantity()), String.valueOf(state.quantity(i)),
                o == null ? "" : o.reason() + " \u2014 " + EntityLabels.label(o.by()), explanation }); //$NON-NLS-1$ //$NON-NLS-2$
    }

    Chart chart() {
        return chart;
    }

    Table linesTable() {
        return lines;
    }

    Button overrideButton() {
        return overrideButton;
    }
}
