package org.retailerdesk.ui.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.SortedMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.ui.Startup;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.StoreEvents;
import org.retailerdesk.ui.UiJob;

/**
 * The first thing staff see: which database they work on, and the centre at a glance (retailers,
 * priority households, retailers per grade band), all counted by the database in a Job. A centre
 * that is not set up yet sees the {@link SetupGuide} instead, until its four steps are done.
 */
public class OverviewView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.overview";
    /** Grades are shown in bands of five: 1-5, 6-10, ... 26-30. */
    private static final int BAND = 5;
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance();
    private static final int RECOUNT_DELAY_MILLIS = 500;

    /** What the view shows once the store has answered. */
    record Figures(StoreInfo info, long retailers, long households, long[] bands) {
    }

    private Composite stack;
    private Composite figures;
    private SetupGuide guide;
    private boolean countPending;
    private Label status;
    private Text location;
    private Text schema;
    private Text engine;
    private Text retailers;
    private Text households;
    private final Text[] bands = new Text[30 / BAND];

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        StackLayout layout = new StackLayout();
        stack.setLayout(layout);
        figures = new Composite(stack, SWT.NONE);
        layout.topControl = figures;
        figures.setLayout(new GridLayout(2, false));
        Label title = new Label(figures, SWT.NONE);
        title.setText(Messages.Overview_title);
        title.setFont(JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        status = new Label(figures, SWT.WRAP);
        status.setText(Messages.Overview_opening);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        retailers = field(figures, Messages.Overview_retailers);
        households = field(figures, Messages.Overview_households);
        for (int b = 0; b < bands.length; b++) {
            bands[b] = field(figures, NLS.bind(Messages.Overview_gradeBand, b * BAND + 1, (b + 1) * BAND));
        }
        location = field(figures, Messages.Overview_location);
        schema = field(figures, Messages.Overview_schemaVersion);
        engine = field(figures, Messages.Overview_engine);

        Display display = parent.getDisplay();
        StoreAccess.whenOpen().whenComplete((info, error) -> display.asyncExec(() -> {
            if (stack.isDisposed()) {
                return;
            }
            if (error != null) {
                showError(error);
                return;
            }
            guide = new SetupGuide(stack, getSite(), StoreAccess::store, state -> setupRead(info, state));
            guide.refresh();
        }));
    }

    /** The guide has counted: it stays until every step is done, then the figures take its place for good. */
    private void setupRead(StoreInfo info, SetupState state) {
        StackLayout layout = (StackLayout) stack.getLayout();
        if (!state.allDone()) {
            layout.topControl = guide;
            stack.layout(true, true);
            return;
        }
        guide.dispose();
        guide = null;
        layout.topControl = figures;
        stack.layout(true, true);
        StoreEvents.onChange(getSite(), figures, () -> countSoon(info), Retailer.class, PriorityHousehold.class);
        countNow(info);
    }

    private void countNow(StoreInfo info) {
        UiJob.of(Messages.Overview_counting, monitor -> count(info)).owner(figures).onDone(this::show)
                .onFailure(this::showError).schedule();
    }

    /** An import writes in chunks: the figures are counted again once the writes pause. */
    private void countSoon(StoreInfo info) {
        if (countPending) {
            return;
        }
        countPending = true;
        figures.getDisplay().timerExec(RECOUNT_DELAY_MILLIS, () -> {
            countPending = false;
            if (!figures.isDisposed()) {
                countNow(info);
            }
        });
    }

    private static Figures count(StoreInfo info) {
        Store store = StoreAccess.store();
        RetailerQuery all = RetailerQuery.all();
        SortedMap<Integer, Long> byGrade = store.retailers().countByGrade(all);
        long[] bandCounts = new long[30 / BAND];
        byGrade.forEach((grade, n) -> bandCounts[Math.min(bandCounts.length - 1, (grade - 1) / BAND)] += n);
        long total = byGrade.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(info, total, store.retailers().count(all.withPriorityHousehold(true, ActiveHouseholds.in(LocalDate.now(), LocalDate.now()))), bandCounts);
    }

    private static Text field(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.READ_ONLY);
        text.setText("\u2026");
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    private void showError(Throwable error) {
        if (status.isDisposed()) {
            return;
        }
        Throwable cause = error.getCause() != null && !(error instanceof org.retailerdesk.store.StoreException) ? error.getCause() : error;
        status.setText(Messages.Overview_failed + "\n" + cause.getMessage());
        ILog.of(getClass()).log(StoreAccess.errorStatus(cause));
        ((StackLayout) stack.getLayout()).topControl = figures;
        stack.layout(true, true);
    }

    private void show(Figures f) {
        if (status.isDisposed()) {
            return;
        }
        status.setText(statusOf(f.info()));
        retailers.setText(NUMBER.format(f.retailers()));
        households.setText(NUMBER.format(f.households()));
        for (int b = 0; b < bands.length; b++) {
            bands[b].setText(NUMBER.format(f.bands()[b]));
        }
        location.setText(f.info().where());
        schema.setText(Integer.toString(f.info().schemaVersion()));
        engine.setText(f.info().engine());
        status.getParent().layout(true, true);
        Startup.mark("first-data");
    }

    private static String statusOf(StoreInfo info) {
        DemoData.Incomplete incomplete = StoreAccess.demoDataIncomplete();
        if (incomplete != null) {
            return NLS.bind(Messages.Overview_demoIncomplete, NUMBER.format(incomplete.retailersWritten()),
                    NUMBER.format(incomplete.retailersPlanned()));
        }
        DemoData.Summary demo = StoreAccess.demoDataLoaded();
        if (demo != null) {
            return NLS.bind(StoreAccess.demoDataFinished() ? Messages.Overview_demoFinished
                    : Messages.Overview_createdWithDemo, NUMBER.format(demo.retailers()));
        }
        return info.created() ? Messages.Overview_createdNew : Messages.Overview_ready;
    }

    /** For tests: the status line as shown. */
    public String statusText() {
        return status.getText();
    }

    /** For tests: the database location as shown. */
    public String locationText() {
        return location.getText();
    }

    /** For tests: the number of retailers as shown. */
    public String retailersText() {
        return retailers.getText();
    }

    /** For tests: the setup guide while it is shown (or waiting for its first count), else null. */
    public SetupGuide setupGuide() {
        return guide;
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }
}
