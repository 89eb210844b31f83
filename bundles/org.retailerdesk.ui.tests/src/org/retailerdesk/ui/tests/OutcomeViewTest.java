package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.retailerdesk.allocation.AllocationEngine;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RetailerSets;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.allocation.outcome.Breakdown;
import org.retailerdesk.allocation.outcome.OutcomeColumn;
import org.retailerdesk.allocation.outcome.OutcomeExport;
import org.retailerdesk.allocation.outcome.OutcomeQuery;
import org.retailerdesk.allocation.outcome.OutcomeReport;
import org.retailerdesk.allocation.outcome.OutcomeReports;
import org.retailerdesk.allocation.outcome.OutcomeRow;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AllocationRule;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.allocation.outcome.internal.BreakdownPanel;
import org.retailerdesk.ui.allocation.outcome.internal.OutcomeView;

/**
 * The outcome report view on the test runtime's demo centre, with two rounds of February 2026
 * computed by the allocation engine (one published, one calculated): its tables show the figures
 * of the headless computation, its charts have both series, errors reach the status line, and
 * the export writes the table or nothing.
 */
@ExtendWith(FailureEvidence.class)
public class OutcomeViewTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 2);
    private static final OutcomeQuery QUERY = OutcomeQuery.of(MONTH.atDay(1), MONTH.atEndOfMonth()).withCalculated(true);

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private static Store store;
    private static final List<Long> rounds = new ArrayList<>();

    @TempDir
    Path folder;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @BeforeAll
    static void storeRounds() throws Exception {
        Spin.until("the store", () -> StoreAccess.whenOpen().isDone());
        store = StoreAccess.store();
        BundleContext context = FrameworkUtil.getBundle(OutcomeViewTest.class).getBundleContext();
        ServiceTracker<AllocationEngine, AllocationEngine> tracker = new ServiceTracker<>(context, AllocationEngine.class, null);
        tracker.open();
        try {
            AllocationEngine engine = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
            assertNotNull(engine, "the allocation engine service"); //$NON-NLS-1$
            RetailerSet retailers = RetailerSets.fromStore(store, MONTH.atDay(15), new NullProgressMonitor());
            List<Brand> brands = store.findAll(Brand.class);
            AllocationRound published = engine.store(store, engine.compute(RoundSpec.builder(brands.get(0).getCode(), 2400)
                    .period(MONTH).cutoffGrade(3).priority(PriorityRule.minimum(3)).build(), retailers));
            AllocationRound calculated = engine.store(store, engine.compute(
                    RoundSpec.builder(brands.get(1).getCode(), 900).period(MONTH).cap(4).build(), retailers));
            AllocationRound r = store.get(AllocationRound.class, published.getId());
            r.setStatus(RoundStatus.PUBLISHED);
            store.update(r);
            rounds.add(published.getId());
            rounds.add(calculated.getId());
        } finally {
            tracker.close();
        }
    }

    /**
     * Takes the calculated round away again, so that other tests see the demo centre as it was;
     * the published one stays, since the store refuses to delete a published round.
     */
    @AfterAll
    static void deleteRounds() {
        List<Long> drafts = rounds.stream()
                .filter(id -> store.get(AllocationRound.class, id).getStatus() != RoundStatus.PUBLISHED).toList();
        store.write(tx -> {
            for (AllocationLine l : store.findAll(AllocationLine.class)) {
                if (drafts.contains(l.getRound().getId())) {
                    tx.delete(l);
                }
            }
            for (AllocationRule rule : store.findAll(AllocationRule.class)) {
                if (drafts.contains(rule.getRound().getId())) {
                    tx.delete(rule);
                }
            }
            for (Long id : drafts) {
                tx.delete(store.get(AllocationRound.class, id));
            }
            return null;
        });
    }

    @AfterEach
    void hideView() {
        OutcomeView view = (OutcomeView) page().findView(OutcomeView.ID);
        if (view != null) {
            page().hideView(view);
        }
    }

    private static OutcomeView open(OutcomeQuery query) throws Exception {
        OutcomeView view = (OutcomeView) page().showView(OutcomeView.ID);
        Spin.until("the first report", view::isSettled);
        view.setQuery(query);
        Spin.until("the report", view::isSettled);
        return view;
    }

    @Test
    public void theTablesShowTheHeadlessFiguresAndTheChartsBothShares() throws Exception {
        OutcomeView view = open(QUERY);
        OutcomeReport expected = OutcomeReports.compute(store, QUERY, new NullProgressMonitor());
        OutcomeReport shown = view.report();
        assertNotNull(shown, view.statusText());
        assertTrue(shown.rounds().stream().map(AllocationRound::getId).toList().containsAll(rounds));
        assertTrue(expected.overall().households() > 0, "the demo centre has households in the period"); //$NON-NLS-1$
        assertTrue(expected.overall().householdCartons() > 0);
        assertEquals(expected.overall(), shown.overall());
        for (Breakdown b : Breakdown.values()) {
            view.select(b);
            BreakdownPanel panel = view.panel(b);
            List<OutcomeRow> rows = b.tableRows(expected);
            assertEquals(rows, b.tableRows(shown), b.name());
            Table table = panel.viewer().getTable();
            assertEquals(rows.size(), table.getItemCount(), b.name());
            for (int i = 0; i < rows.size(); i++) {
                TableItem item = table.getItem(i);
                for (OutcomeColumn c : OutcomeColumn.values()) {
                    assertEquals(c.text(rows.get(i), Locale.getDefault()), item.getText(c.ordinal()),
                            b + " row " + i + " " + c); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            // spot check against the raw figures, not only against the shared formatting
            OutcomeRow overall = expected.overall();
            TableItem last = table.getItem(rows.size() - 1);
            assertEquals(String.format(Locale.getDefault(), "%,d", overall.retailers()), //$NON-NLS-1$
                    last.getText(OutcomeColumn.RETAILERS.ordinal()));
            assertEquals(String.format(Locale.getDefault(), "%,d", overall.householdCartons()), //$NON-NLS-1$
                    last.getText(OutcomeColumn.HOUSEHOLD_CARTONS.ordinal()));
            Chart chart = panel.chart();
            if (b.chartTitle() == null) {
                assertNull(chart);
                continue;
            }
            List<OutcomeRow> groups = b.rows(expected);
            assertEquals(2, chart.getSeriesSet().getSeries().length);
            assertTrue(chart.getSeriesSet().getSeries(BreakdownPanel.SUPPLY_SERIES).isVisible());
            ISeries<?> heads = chart.getSeriesSet().getSeries(BreakdownPanel.RETAILERS_SERIES);
            ISeries<?> supply = chart.getSeriesSet().getSeries(BreakdownPanel.SUPPLY_SERIES);
            assertArrayEquals(groups.stream().mapToDouble(r -> 100 * r.shareOfRetailers().orElse(0)).toArray(),
                    heads.getYSeries(), 1e-9);
            assertArrayEquals(groups.stream().mapToDouble(r -> 100 * r.shareOfSupply().orElse(0)).toArray(),
                    supply.getYSeries(), 1e-9);
            assertArrayEquals(groups.stream().map(OutcomeRow::label).toArray(String[]::new),
                    chart.getAxisSet().getXAxis(0).getCategorySeries());
        }
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    public void publishedOnlyLeavesTheCalculatedRoundOut() throws Exception {
        OutcomeQuery published = OutcomeQuery.of(QUERY.from(), QUERY.to());
        OutcomeView view = open(published);
        List<Long> ids = view.report().rounds().stream().map(AllocationRound::getId).toList();
        assertTrue(ids.contains(rounds.get(0)));
        assertFalse(ids.contains(rounds.get(1)));
        assertEquals(OutcomeReports.compute(store, published, new NullProgressMonitor()).overall(), view.report().overall());
    }

    @Test
    public void aPeriodEndingBeforeItStartsIsExplainedAndShowsNoFigures() throws Exception {
        OutcomeView view = open(QUERY);
        assertNotNull(view.report());
        view.setQuery(new OutcomeQuery(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 10), null, true));
        Spin.until("the report", view::isSettled);
        assertNull(view.report());
        assertTrue(view.statusText().contains("2026-02-10") && view.statusText().contains("2026-02-20"), //$NON-NLS-1$ //$NON-NLS-2$
                view.statusText());
        assertEquals(0, view.panel(Breakdown.CATEGORY).viewer().getTable().getItemCount());
        assertFalse(view.panel(Breakdown.CATEGORY).chart().getSeriesSet().getSeries(BreakdownPanel.SUPPLY_SERIES)
                .isVisible(), "no bars left from an earlier report"); //$NON-NLS-1$
        view.setQuery(new OutcomeQuery(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 31), null, true));
        Spin.until("the report", view::isSettled);
        assertNull(view.report());
        assertTrue(view.statusText().contains("2001-01-01"), view.statusText()); //$NON-NLS-1$
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    public void theExportWritesTheTableShownAsCsvAndXlsxOrNothing() throws Exception {
        OutcomeView view = open(QUERY);
        view.select(Breakdown.DISTRICT);
        Path csv = folder.resolve("outcome.csv"); //$NON-NLS-1$
        Job job = view.export(csv);
        join(job);
        List<OutcomeRow> rows = Breakdown.DISTRICT.tableRows(view.report());
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            records = CSVFormat.DEFAULT.parse(in).getRecords();
        }
        assertEquals(rows.size() + 1, records.size());
        assertEquals(OutcomeColumn.RETAILERS.header(Breakdown.DISTRICT), records.get(0).get(1));
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = records.get(i + 1);
            OutcomeRow row = rows.get(i);
            assertEquals(row.label(), r.get(0));
            assertEquals(row.retailers(), Long.parseLong(r.get(OutcomeColumn.RETAILERS.ordinal())));
            assertEquals(row.households(), Long.parseLong(r.get(OutcomeColumn.HOUSEHOLDS.ordinal())));
            assertEquals(row.householdCartons(), Long.parseLong(r.get(OutcomeColumn.HOUSEHOLD_CARTONS.ordinal())));
            assertEquals(row.cartons(), Long.parseLong(r.get(OutcomeColumn.CARTONS.ordinal())));
            String share = r.get(OutcomeColumn.SHARE_OF_SUPPLY.ordinal());
            if (row.shareOfSupply().isPresent()) {
                assertEquals(row.shareOfSupply().getAsDouble(), Double.parseDouble(share), 1e-6);
            } else {
                assertEquals("", share); //$NON-NLS-1$
            }
        }
        assertTrue(view.statusText().contains(csv.toString()), view.statusText());

        Path xlsx = folder.resolve("outcome.xlsx"); //$NON-NLS-1$
        join(view.export(xlsx));
        byte[] head = Files.readAllBytes(xlsx);
        assertTrue(head.length > 1000 && head[0] == 'P' && head[1] == 'K', "a zip (XLSX) file"); //$NON-NLS-1$

        // cancelled: the older file stays as it was and nothing else is left
        byte[] before = Files.readAllBytes(csv);
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> OutcomeExport.write(view.report(), Breakdown.CATEGORY, csv, Locale.ROOT, cancelled));
        assertArrayEquals(before, Files.readAllBytes(csv));
        try (var files = Files.list(folder)) {
            assertEquals(List.of("outcome.csv", "outcome.xlsx"), //$NON-NLS-1$ //$NON-NLS-2$
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        // a folder that cannot be written: the failure is told, no file appears
        Path blocked = folder.resolve("not-a-folder"); //$NON-NLS-1$
        Files.writeString(blocked, "x"); //$NON-NLS-1$
        assertThrows(IOException.class, () -> OutcomeExport.write(view.report(), Breakdown.CATEGORY,
                blocked.resolve("outcome.csv"), Locale.ROOT, new NullProgressMonitor())); //$NON-NLS-1$
        assertFalse(Files.exists(blocked.resolve("outcome.csv"))); //$NON-NLS-1$
    }

    private static void join(Job job) throws InterruptedException {
        Spin.until("the export", () -> job.getResult() != null);
        // the status line is set after the Job's work
        Spin.idle(100);
    }
}
