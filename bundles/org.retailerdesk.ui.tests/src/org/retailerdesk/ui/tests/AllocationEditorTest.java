package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.retailerdesk.allocation.AllocationEngine;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.AllocationRounds;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundLockedException;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.allocation.StoredRound;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.model.Staff;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.SaveConflict.Resolution;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.allocation.internal.EditorDialogs;
import org.retailerdesk.ui.allocation.internal.RoundEditor;
import org.retailerdesk.ui.allocation.internal.RoundEditorInput;
import org.retailerdesk.ui.allocation.internal.RoundsView;

/**
 * The allocation round editor against the test runtime's demo centre: the chart follows every
 * what-if change with the engine's own per-grade quantities, an override can be undone until
 * saved and is stored with its reason, a published round is read-only in the editor and refused
 * by the store, and a bad set-up is named and stores nothing.
 */
@ExtendWith(FailureEvidence.class)
public class AllocationEditorTest {

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private Store store;
    private AllocationEngine engine;
    private final Answers answers = new Answers();

    /** Answers in place of a person. */
    private static class Answers implements EditorDialogs {
        LineOverride override;
        boolean publish;
        final List<String> failures = new ArrayList<>();
        final List<String> refusals = new ArrayList<>();
        Resolution resolution = Resolution.CANCEL;
        int conflicts;

        @Override
        public LineOverride override(Shell shell, String retailer, int current, List<Staff> staff) {
            return override;
        }

        @Override
        public boolean confirmPublish(Shell shell, String round) {
            return publish;
        }

        @Override
        public Path noticeFile(Shell shell, String suggestedName) {
            return null;
        }

        @Override
        public Resolution conflict(Shell shell, String round, ConflictException conflict) {
            conflicts++;
            return resolution;
        }

        @Override
        public void refuse(Shell shell, String message) {
            refusals.add(message);
        }

        @Override
        public void failed(Shell shell, String message, Throwable error) {
            failures.add(message + ": " + error);
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @BeforeEach
    void openStore() throws Exception {
        Spin.until("the store", () -> StoreAccess.whenOpen().isDone());
        store = StoreAccess.store();
        BundleContext context = FrameworkUtil.getBundle(AllocationEditorTest.class).getBundleContext();
        engine = context.getService(context.getServiceReference(AllocationEngine.class));
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        RoundsView view = (RoundsView) page().findView(RoundsView.ID);
        if (view != null) {
            page().hideView(view);
        }
    }

    private RoundEditor openNewRound() throws Exception {
        RoundsView view = (RoundsView) page().showView(RoundsView.ID);
        Spin.until("the rounds read", view::isSettled);
        RoundEditor editor = (RoundEditor) page().openEditor(RoundEditorInput.newRound(), RoundEditor.ID);
        editor.setDialogs(answers);
        Spin.until("the editor read", () -> editor.isSettled() && editor.plan() != null);
        return editor;
    }

    private static void select(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** The chart shows one bar series per group, each the engine's x_g for grades 1..30. */
    private void assertChartIsTheEnginesPlan(RoundEditor editor, RoundSpec spec) {
        AllocationPlan expected = engine.compute(spec, editor.retailers());
        ISeries<?>[] series = editor.chart().getSeriesSet().getSeries();
        assertEquals(expected.groups().size(), series.length);
        for (int k = 0; k < series.length; k++) {
            double[] y = series[k].getYSeries();
            assertEquals(RetailerSet.MAX_GRADE, y.length);
            for (int g = RetailerSet.MIN_GRADE; g <= RetailerSet.MAX_GRADE; g++) {
                assertEquals(expected.groups().get(k).perGrade()[g], (int) y[g - 1], "group " + k + " grade " + g);
            }
        }
        assertEquals(expected.total(), editor.plan().total());
    }

    @Test
    public void thePreviewFollowsEveryChangeAndAPublishedRoundIsLocked() throws Exception {
        RoundEditor editor = openNewRound();
        editor.supplyField().setText("2345");
        Spin.until("the new supply computed", () -> editor.isSettled() && editor.plan() != null
                && editor.plan().spec().supply() == 2345);
        RoundSpec byGrade = editor.plan().spec();
        assertEquals(RoundSpec.Method.BY_GRADE, byGrade.method());
        assertChartIsTheEnginesPlan(editor, byGrade);

        select(editor.methodField(), 1);
        select(editor.dimension1Field(), Dimension.MARKET_TYPE.ordinal() + 1);
        editor.weightField(Dimension.MARKET_TYPE, "URBAN").setText("4");
        editor.weightField(Dimension.MARKET_TYPE, "RURAL").setText("6");
        editor.cutoffField().setText("3");
        Spin.until("the groups computed", () -> editor.isSettled() && editor.plan() != null
                && editor.plan().spec().method() == RoundSpec.Method.BY_GRADE_IN_GROUPS && editor.plan().spec().cutoffGrade() == 3);
        assertEquals("", editor.problemText());
        assertChartIsTheEnginesPlan(editor, editor.plan().spec());
        assertEquals(2, editor.chart().getSeriesSet().getSeries().length);

        // override the first line, undo it, override again
        Staff staff = store.findAll(Staff.class).get(0);
        int computed = editor.plan().quantity(0);
        long total = editor.plan().total();
        answers.override = new LineOverride(computed + 5, "shop doubled its floor", staff);
        editor.overrideLine(0);
        assertEquals(computed + 5, editor.quantity(0));
        assertEquals(total + 5, editor.total());
        editor.undoOverride();
        assertEquals(computed, editor.quantity(0));
        assertEquals(total, editor.total());
        editor.overrideLine(0);
        assertTrue(editor.isDirty());

        editor.save();
        Spin.until("the round saved", () -> editor.isSettled() && editor.roundId() != null);
        assertFalse(editor.isDirty());
        assertEquals(List.of(), answers.failures);
        long retailer = editor.retailers().id(0);
        StoredRound stored = AllocationRounds.load(store, editor.roundId());
        assertEquals(RoundStatus.CALCULATED, stored.round().getStatus());
        assertEquals(total + 5, stored.total());
        AllocationLine line = stored.lines().stream().filter(l -> l.getRetailer().getId() == retailer).findFirst().orElseThrow();
        assertTrue(line.isOverridden());
        assertEquals(computed + 5, line.getQuantity());
        assertEquals("shop doubled its floor", line.getOverrideReason());
        List<AuditEntry> trail = store.audit().auditTrail(retailer, 0, 20).rows();
        assertTrue(trail.stream().anyMatch(e -> "overrideReason".equals(e.field()) && "shop doubled its floor".equals(e.newValue())),
                trail.toString());

        answers.publish = true;
        editor.publish();
        Spin.until("the round published", () -> editor.isSettled() && editor.isPublished());
        assertEquals(RoundStatus.PUBLISHED, AllocationRounds.load(store, editor.roundId()).round().getStatus());
        for (Control c : editor.setupFields()) {
            assertFalse(c.isEnabled(), "read-only after publishing: " + c);
        }
        assertFalse(editor.saveButton().isEnabled());
        assertFalse(editor.publishButton().isEnabled());
        assertFalse(editor.overrideButton().isEnabled());
        assertTrue(editor.statusText().contains(LocalDate.now().toString()), editor.statusText());
        // the editor does nothing more, and the store refuses a change made behind its back
        editor.overrideLine(1);
        assertEquals(total + 5, editor.total());
        assertThrows(RoundLockedException.class, () -> AllocationRounds.override(store, line.getId(),
                new LineOverride(1, "too late", staff)));
        assertEquals(computed + 5, store.get(AllocationLine.class, line.getId()).getQuantity());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    public void aBadSetUpIsNamedAndStoresNothing() throws Exception {
        RoundEditor editor = openNewRound();
        int rounds = AllocationRounds.list(store).size();
        String[][] supplies = { { "0", "0" }, { "-5", "-5" }, { "12x", "12x" } };
        for (String[] s : supplies) {
            editor.supplyField().setText(s[0]);
            Spin.until("the check of " + s[0], editor::isSettled);
            assertTrue(editor.problemText().contains(s[1]), editor.problemText());
            assertFalse(editor.saveButton().isEnabled());
            editor.save();
            Spin.idle(200);
            assertNull(editor.roundId());
        }
        editor.supplyField().setText("1000");
        editor.cutoffField().setText("31");
        Spin.until("the check of the cut-off", editor::isSettled);
        assertTrue(editor.problemText().contains("31"), editor.problemText());
        editor.cutoffField().setText("1");
        select(editor.methodField(), 1);
        select(editor.dimension1Field(), Dimension.MARKET_TYPE.ordinal() + 1);
        editor.weightField(Dimension.MARKET_TYPE, "URBAN").setText("0");
        editor.weightField(Dimension.MARKET_TYPE, "RURAL").setText("0");
        Spin.until("the check of the weights", editor::isSettled);
        assertNull(editor.plan());
        assertFalse(editor.problemText().isBlank());
        editor.weightField(Dimension.MARKET_TYPE, "RURAL").setText("six");
        Spin.until("the check of a weight", editor::isSettled);
        assertTrue(editor.problemText().contains("six"), editor.problemText());
        assertFalse(editor.saveButton().isEnabled());
        editor.save();
        Spin.idle(200);
        assertNull(editor.roundId());
        assertEquals(rounds, AllocationRounds.list(store).size());
        // a good value again gives a plan
        editor.weightField(Dimension.MARKET_TYPE, "RURAL").setText("6");
        Spin.until("a valid set-up computed", () -> editor.isSettled() && editor.plan() != null);
        assertEquals("", editor.problemText());
        assertNotNull(editor.plan());
        assertTrue(editor.saveButton().isEnabled());
    }

    /**
     * Saving, as closing the editor with "Save" does, stores the round or keeps the editor open
     * and dirty and says why: never a silent return that lets the workbench close it unsaved.
     */
    @Test
    public void aSaveStoresTheRoundOrSaysWhyNotAndKeepsTheEditorOpen() throws Exception {
        RoundEditor editor = openNewRound();
        int rounds = AllocationRounds.list(store).size();

        // a bad set-up: refused with the problem named
        editor.supplyField().setText("12x");
        Spin.until("the check of 12x", editor::isSettled);
        assertFalse(page().saveEditor(editor, false), "the workbench is told the save did not happen");
        assertEquals(1, answers.refusals.size(), answers.refusals.toString());
        assertTrue(answers.refusals.get(0).contains("12x"), answers.refusals.toString());
        assertTrue(editor.isDirty());
        assertEquals(rounds, AllocationRounds.list(store).size());

        // a change whose preview is still being computed (its answer comes on this thread, later): saved as set up
        editor.supplyField().setText("1777");
        assertFalse(editor.isSettled());
        assertTrue(page().saveEditor(editor, false));
        assertNotNull(editor.roundId());
        assertFalse(editor.isDirty());
        StoredRound stored = AllocationRounds.load(store, editor.roundId());
        assertEquals(1777, stored.round().getTotalQuantity());
        assertEquals(engine.compute(stored.spec(), editor.retailers()).total(), stored.total());
        Spin.until("the preview of 1777", () -> editor.isSettled() && editor.plan().spec().supply() == 1777);

        // a save the store refuses (published on another workstation meanwhile): reported, the editor stays open and dirty
        AllocationRounds.publish(store, editor.roundId(), LocalDate.now());
        answers.override = new LineOverride(editor.quantity(0) + 1, "asked at the counter", store.findAll(Staff.class).get(0));
        editor.overrideLine(0);
        assertFalse(page().saveEditor(editor, false));
        assertEquals(1, answers.failures.size(), answers.failures.toString());
        assertTrue(answers.failures.get(0).contains(stored.round().getCode()), answers.failures.toString());
        assertTrue(editor.isDirty());
        assertTrue(List.of(page().getEditorReferences()).stream().anyMatch(r -> r.getEditor(false) == editor));
        assertEquals(Map.of(), AllocationRounds.load(store, editor.roundId()).overrides());
        assertTrue(errors.isEmpty(), "a refusal is told, not logged as an error: " + errors);
    }

    /**
     * Another workstation overrides a line of the open round: saving asks (like the profile
     * editor) instead of overwriting; cancel keeps mine unsaved, overwrite saves mine and keeps
     * theirs, reload shows theirs and drops mine.
     */
    @Test
    public void aSaveOverAnotherWorkstationsOverrideAsksAndLosesNothing() throws Exception {
        RoundEditor editor = openNewRound();
        assertTrue(editor.save());
        long id = editor.roundId();
        Staff staff = store.findAll(Staff.class).get(0);
        long mine = editor.retailers().id(0);
        long theirs = editor.retailers().id(1);
        int theirQuantity = overrideElsewhere(id, theirs, "their reason", staff);
        answers.override = new LineOverride(editor.quantity(0) + 1, "my reason", staff);
        editor.overrideLine(0);

        answers.resolution = Resolution.CANCEL;
        assertFalse(page().saveEditor(editor, false));
        assertEquals(1, answers.conflicts);
        assertTrue(editor.isDirty(), "cancel keeps my override in the editor");
        assertEquals(Map.of(theirs, "their reason"), reasons(id));

        answers.resolution = Resolution.OVERWRITE;
        assertTrue(page().saveEditor(editor, false));
        assertEquals(2, answers.conflicts);
        assertFalse(editor.isDirty());
        assertEquals(Map.of(theirs, "their reason", mine, "my reason"), reasons(id), "mine saved, theirs kept");
        assertEquals(theirQuantity, editor.quantity(1), "and the editor shows theirs");

        // once more, dropping mine this time
        long third = editor.retailers().id(2);
        overrideElsewhere(id, third, "their second reason", staff);
        answers.override = new LineOverride(editor.quantity(3) + 1, "dropped", staff);
        editor.overrideLine(3);
        answers.resolution = Resolution.RELOAD;
        assertTrue(page().saveEditor(editor, false));
        assertEquals(3, answers.conflicts);
        assertFalse(editor.isDirty());
        Map<Long, String> stored = reasons(id);
        assertEquals(Map.of(theirs, "their reason", mine, "my reason", third, "their second reason"), stored);
        Spin.until("the reloaded round computed", () -> editor.isSettled() && editor.plan() != null);
        assertEquals(AllocationRounds.load(store, id).total(), editor.total(), "the editor shows the stored round");
        // and it saves again over what it reloaded, without asking
        answers.override = new LineOverride(editor.quantity(4) + 1, "after reload", staff);
        editor.overrideLine(4);
        assertTrue(page().saveEditor(editor, false));
        assertEquals(3, answers.conflicts);
        assertEquals(4, reasons(id).size());
        assertEquals(List.of(), answers.failures);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    /** Another workstation overrides a line of the round; returns the cartons it gave. */
    private int overrideElsewhere(long roundId, long retailer, String reason, Staff staff) {
        AllocationLine line = AllocationRounds.load(store, roundId).lines().stream()
                .filter(l -> l.getRetailer().getId() == retailer).findFirst().orElseThrow();
        AllocationRounds.override(store, line.getId(), new LineOverride(line.getQuantity() + 2, reason, staff));
        return line.getQuantity() + 2;
    }

    private Map<Long, String> reasons(long roundId) {
        Map<Long, String> out = new HashMap<>();
        AllocationRounds.load(store, roundId).overrides().forEach((retailer, o) -> out.put(retailer, o.reason()));
        return out;
    }
}
