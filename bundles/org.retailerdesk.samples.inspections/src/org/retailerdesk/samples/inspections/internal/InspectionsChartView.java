package org.retailerdesk.samples.inspections.internal;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.InspectionResult;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.ui.RetailerSelection;
import org.retailerdesk.ui.StoreAccess;

/**
 * Charts the inspections of the retailer selected in the Retailers list: per inspection, how many
 * of its four criteria (hygiene, display, price marking, honest operation) were good. What a
 * plug-in view needs: {@link RetailerSelection#follow} for the retailer, {@link StoreAccess} for
 * its records, read in a Job and shown on the UI thread.
 */
public class InspectionsChartView extends ViewPart {

    public static final String ID = "org.retailerdesk.samples.inspections.chart"; //$NON-NLS-1$
    private static final String SERIES = "criteria"; //$NON-NLS-1$

    private Label heading;
    private Chart chart;
    /** The retailer whose inspections were asked for last; answers for others are dropped. */
    private volatile Retailer showing;
    private List<Inspection> shown = List.of();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        heading.setText(Messages.Chart_noRetailer);
        chart = new Chart(parent, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getTitle().setText(Messages.Chart_title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.Chart_axisX);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Chart_axisY);
        chart.getLegend().setVisible(false);
        RetailerSelection.follow(this, this::show);
    }

    /** Reads the retailer's inspections in a Job, then charts them. */
    private void show(Retailer retailer) {
        showing = retailer;
        String name = retailer.getShopName();
        heading.setText(NLS.bind(Messages.Chart_reading, name));
        Job.create(Messages.Chart_readJob, monitor -> {
            try {
                StoreAccess.whenOpen().join();
                List<Inspection> inspections = StoreAccess.store().findBy(Inspection.class, retailer.getId()).stream()
                        .filter(i -> i.getDate() != null).sorted(Comparator.comparing(Inspection::getDate)).toList();
                asyncExec(() -> {
                    if (showing == retailer) {
                        chart(retailer, inspections);
                    }
                });
            } catch (RuntimeException e) {
                asyncExec(() -> heading.setText(NLS.bind(Messages.Chart_failed, name, e.getMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void chart(Retailer retailer, List<Inspection> inspections) {
        shown = inspections;
        String name = retailer.getShopName();
        heading.setText(inspections.isEmpty() ? NLS.bind(Messages.Chart_none, name, retailer.getCustomerCode())
                : NLS.bind(Messages.Chart_retailer, new Object[] { name, retailer.getCustomerCode(), inspections.size() }));
        if (chart.getSeriesSet().getSeries(SERIES) != null) {
            chart.getSeriesSet().deleteSeries(SERIES);
        }
        if (!inspections.isEmpty()) {
            ISeries<?> series = chart.getSeriesSet().createSeries(SeriesType.LINE, SERIES);
            series.setDescription(Messages.Chart_series);
            series.setXDateSeries(inspections.stream()
                    .map(i -> Date.from(i.getDate().atStartOfDay(ZoneId.systemDefault()).toInstant())).toArray(Date[]::new));
            series.setYSeries(inspections.stream().mapToDouble(InspectionsChartView::criteriaMet).toArray());
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    /** How many of the inspection's four criteria were good: 0 to 4. */
    static int criteriaMet(Inspection inspection) {
        int met = 0;
        for (InspectionResult r : List.of(inspection.getHygiene(), inspection.getDisplay(), inspection.getPriceMarking(),
                inspection.getHonestOperation())) {
            if (r == InspectionResult.GOOD) {
                met++;
            }
        }
        return met;
    }

    private void asyncExec(Runnable r) {
        if (!heading.isDisposed()) {
            heading.getDisplay().asyncExec(() -> {
                if (!heading.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }

    // For tests.

    /** The retailer shown (or being read), or null before one is selected. */
    public Retailer retailer() {
        return showing;
    }

    /** The inspections on the chart, oldest first. */
    public List<Inspection> inspections() {
        return shown;
    }

    /** The chart's values: criteria met per inspection, or an empty array. */
    public double[] values() {
        ISeries<?> series = chart.getSeriesSet().getSeries(SERIES);
        return series == null ? new double[0] : series.getYSeries();
    }

    /** The heading above the chart. */
    public String headingText() {
        return heading.getText();
    }
}
