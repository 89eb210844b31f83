package org.retailerdesk.ui.allocation.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.retailerdesk.allocation.AllocationEngine;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.AllocationRounds;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.allocation.RetailerPages;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RetailerSets;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.allocation.StoredRound;
import org.retailerdesk.allocation.notice.Notice;
import org.retailerdesk.allocation.notice.NoticeFormat;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.Staff;
import org.retailerdesk.security.Operation;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.AccessTester;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.UiJob.Outcome;

/**
 * The allocation round editor, composed of the {@link SetupForm}, the {@link PlanView} and the
 * {@link RoundState} it shows. The retailers are read once, in a Job; then every change of the
 * set-up is checked at once (a bad field is marked and named in the header) and computed off the
 * UI thread by {@link Preview}, latest request only, so the chart of quantity per grade, the totals
 * per group and the lines follow every what-if change without freezing the window. Overrides ask
 * for a quantity, a reason and who decided, and can be undone until saved. Save and Publish write
 * through {@link AllocationRounds} in Jobs (a save is awaited, and asks before overwriting a
 * round saved elsewhere meanwhile); a published round is shown read-only, and the store refuses
 * to change it anyway. The public notice is written as XLSX or PDF in a Job.
 */
public class RoundEditor extends EditorPart {

    public static final String ID = "org.retailerdesk.ui.allocation.editor"; //$NON-NLS-1$

    private static final int DEFAULT_SUPPLY = 1000;

    /** Everything read once when the editor opens. */
    private record Loaded(AllocationEngine engine, List<Brand> brands, List<Staff> staff, RetailerSet retailers,
            String[] codes, String[] shops, StoredRound stored) {
    }

    private EditorDialogs dialogs = new WorkbenchDialogs();
    /** The round the editor was opened on (null: a new round). */
    private Long inputRoundId;
    private Loaded loaded;
    /** Null until the retailers are read. */
    private RoundState state;
    private Preview preview;
    private int jobs;

    private Composite root;
    private Label title;
    private Label status;
    private Label problem;
    private Font bold;
    private SetupForm form;
    private PlanView plans;
    private Button saveButton;
    private Button publishButton;
    private Button noticeButton;
    private Action undoAction;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof RoundEditorInput in)) {
            throw new PartInitException("not a round: " + input); //$NON-NLS-1$
        }
        setSite(site);
        setInput(input);
        inputRoundId = in.roundId();
        setPartName(input.getName());
        undoAction = new Action(Messages.Lines_undo) {
            @Override
            public void run() {
                undoOverride();
            }
        };
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
    }

    @Override
    public void createPartControl(Composite parent) {
        root = parent;
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        createHeader(parent);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        form = new SetupForm(sash, bold, this::changed);
        plans = new PlanView(sash, bold, new PlanView.Actions() {
            @Override
            public void override(int line) {
                overrideLine(line);
            }

            @Override
            public void undo() {
                undoOverride();
            }

            @Override
            public void selected() {
                updateButtons();
            }
        });
        sash.setWeights(30, 70);
        updateButtons();
        load(parent.getDisplay());
    }

    private void createHeader(Composite parent) {
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        title = new Label(header, SWT.NONE);
        FontData[] data = title.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
            d.setHeight(d.getHeight() + 2);
        }
        bold = new Font(parent.getDisplay(), data);
        title.setFont(bold);
        title.setText(getPartName());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        saveButton = PlanView.button(header, Messages.Editor_save, () -> save());
        publishButton = PlanView.button(header, Messages.Editor_publish, this::publish);
        noticeButton = PlanView.button(header, Messages.Editor_notice, this::exportNotice);
        new Label(header, SWT.NONE);
        new Label(header, SWT.NONE);
        status = new Label(header, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(6, 1).applyTo(status);
        status.setText(Messages.Editor_reading);
        problem = new Label(header, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(6, 1).hint(400, SWT.DEFAULT).exclude(true).applyTo(problem);
        problem.setVisible(false);
    }
    // ---- reading ------------------------------------------------------------------------------

    private void load(Display display) {
        run(Messages.Editor_reading, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            StoreAccess.whenOpen().join();
            Store store = StoreAccess.store();
            BundleContext context = FrameworkUtil.getBundle(RoundEditor.class).getBundleContext();
            ServiceReference<AllocationEngine> ref = context.getServiceReference(AllocationEngine.class);
            if (ref == null) {
                throw new IllegalStateException(Messages.Editor_noEngine);
            }
            AllocationEngine engine = context.getService(ref);
            StoredRound stored = inputRoundId == null ? null : AllocationRounds.load(store, inputRoundId);
            RetailerSet retailers = RetailerSets.fromStore(store, LocalDate.now(), progress.split(6));
            String[] codes = new String[retailers.size()];
            String[] shops = new String[retailers.size()];
            names(store, retailers, codes, shops, progress.split(4));
            return new Loaded(engine, store.findAll(Brand.class), store.findAll(Staff.class), retailers, codes, shops, stored);
        }, this::loaded, Messages.Editor_readFailed);
    }

    /** The customer code and shop name of every retailer of the set, by its index. */
    private static void names(Store store, RetailerSet retailers, String[] codes, String[] shops, IProgressMonitor monitor) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < retailers.size(); i++) {
            index.put(retailers.id(i), i);
        }
        RetailerPages.forEach(store, monitor, r -> {
            Integer i = index.get(r.getId());
            if (i != null) {
                codes[i] = r.getCustomerCode();
                shops[i] = r.getShopName();
            }
        });
    }

    private void loaded(Loaded l) {
        loaded = l;
        state = new RoundState(l.retailers());
        preview = new Preview(l.engine(), l.retailers(), root.getDisplay(), this::computed);
        form.offer(l.brands(), l.retailers());
        RoundSpec spec;
        if (l.stored() != null) {
            spec = l.stored().spec();
            stored(l.stored());
        } else {
            String code = l.brands().isEmpty() ? "" : l.brands().get(0).getCode(); //$NON-NLS-1$
            spec = RoundSpec.builder(code, DEFAULT_SUPPLY).period(YearMonth.now().plusMonths(1)).build();
        }
        form.setEditable(!state.isPublished());
        form.fill(spec);
        plans.show(state, l.codes(), l.shops());
        showStatus();
        changed(true);
        state.opened();
        firePropertyChange(PROP_DIRTY);
        updateButtons();
    }

    /** The round is stored as the editor shows it: the state is based on it, the title names it. */
    private void stored(StoredRound stored) {
        state.stored(stored);
        AllocationRound round = stored.round();
        title.setText(round.getCode() + "  " + round.getTitle()); //$NON-NLS-1$
        setPartName(round.getCode());
    }

    // ---- set-up and preview -------------------------------------------------------------------

    /** A field changed: read the set-up again and ask for a new preview. */
    private void changed(boolean structure) {
        if (state == null) {
            return;
        }
        if (structure) {
            form.rebuildWeights();
        }
        state.changed();
        firePropertyChange(PROP_DIRTY);
        form.clearMarks();
        try {
            RoundSpec spec = form.read();
            setProblem(""); //$NON-NLS-1$
            state.request(spec);
            preview.request(spec);
        } catch (SetupForm.InputProblem p) {
            state.request(null);
            showProblem(p.getMessage(), p.field);
        }
        updateButtons();
    }

    /** A computation finished; shown if it answers the latest request. */
    private void computed(RoundSpec spec, Object result) {
        if (plans.isDisposed() || !state.computed(spec, result)) {
            return;
        }
        if (result instanceof AllocationException e) {
            showProblem(e.getMessage(), null);
        }
        plans.showPlan();
        updateButtons();
    }

    private void showProblem(String message, Control field) {
        setProblem(message);
        form.mark(field, message);
        problem.getParent().layout(true, true);
    }

    /** Shows the message in the header, which takes no room while there is none. */
    private void setProblem(String message) {
        problem.setText(message);
        boolean shown = !message.isEmpty();
        if (problem.getVisible() != shown) {
            problem.setVisible(shown);
            ((org.eclipse.swt.layout.GridData) problem.getLayoutData()).exclude = !shown;
            problem.getParent().getParent().layout(true, true);
        }
    }

    // ---- overrides ----------------------------------------------------------------------------

    /** Asks for an override of line i and applies it (not stored until Save). */
    public void overrideLine(int i) {
        if (state == null || state.isPublished() || state.plan() == null || i < 0) {
            return;
        }
        String who = loaded.codes()[i] + " " + (loaded.shops()[i] == null ? "" : loaded.shops()[i]); //$NON-NLS-1$ //$NON-NLS-2$
        LineOverride o = dialogs.override(getSite().getShell(), who, state.quantity(i), loaded.staff());
        if (o == null) {
            return;
        }
        state.override(loaded.retailers().id(i), o);
        overridesChanged();
    }

    /** Takes back the last override made since the last save. */
    public void undoOverride() {
        if (state == null || state.isPublished() || !state.undoOverride()) {
            return;
        }
        overridesChanged();
    }

    private void overridesChanged() {
        firePropertyChange(PROP_DIRTY);
        plans.refreshLines();
        plans.showTotals();
        updateButtons();
    }

    // ---- save, publish, notice ----------------------------------------------------------------

    private void updateButtons() {
        if (saveButton == null || saveButton.isDisposed()) {
            return;
        }
        boolean ready = state != null && jobs == 0;
        boolean editable = ready && !state.isPublished();
        boolean current = ready && state.current();
        boolean stored = ready && state.roundId() != null && !state.isDirty();
        // greyed for those whose roles may not plan or publish (the store refuses it to them anyway)
        saveButton.setEnabled(editable && current && state.isDirty() && AccessTester.allows(Operation.PLAN_ALLOCATION));
        saveButton.setToolTipText(AccessTester.refusal(Operation.PLAN_ALLOCATION));
        publishButton.setEnabled(editable && stored && AccessTester.allows(Operation.PUBLISH_ROUND));
        publishButton.setToolTipText(AccessTester.refusal(Operation.PUBLISH_ROUND));
        noticeButton.setEnabled(stored);
        plans.enableButtons(editable && current && plans.selection() >= 0, editable && state.canUndo());
        undoAction.setEnabled(plans.undoEnabled());
    }

    private void showStatus() {
        if (state.isPublished()) {
            status.setText(NLS.bind(Messages.Editor_published, state.publishedOn()));
        } else {
            status.setText(state.roundId() == null ? Messages.Editor_notSaved : Messages.Editor_calculated);
        }
        status.getParent().layout(true, true);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!save()) {
            // the workbench then keeps the editor open and dirty (closing, shutting down)
            monitor.setCanceled(true);
        }
    }

    /**
     * Stores the round as the editor shows it (the set-up, its plan and the overrides) and waits
     * until it is stored, since the workbench may close the editor right after. A preview still
     * being computed is computed by the save itself. When the round cannot be saved (a problem in
     * the set-up, a refusal of the store) the user is told why and the editor stays dirty.
     *
     * @return whether nothing is left unsaved
     */
    public boolean save() {
        if (state == null) {
            dialogs.refuse(getSite().getShell(), Messages.Save_notRead);
            return false;
        }
        if (state.isPublished() || !state.isDirty()) {
            return !state.isDirty();
        }
        if (!state.saveable()) {
            dialogs.refuse(getSite().getShell(), NLS.bind(Messages.Save_invalid, problem.getText()));
            return false;
        }
        RoundSpec spec = state.requested();
        AllocationPlan ready = state.settled() ? state.plan() : null;
        AllocationEngine engine = loaded.engine();
        RetailerSet retailers = loaded.retailers();
        // the preview of the latest change may still be computing: the save computes it itself
        Supplier<AllocationPlan> saving = () -> ready != null ? ready : engine.compute(spec, retailers);
        Map<Long, LineOverride> mine = state.overrides();
        StoredRound loadedBase = state.base();
        Outcome<StoredRound> outcome = await(Messages.Save_job, monitor -> readBack(
                AllocationRounds.save(StoreAccess.store(), loadedBase, saving.get(), mine)));
        if (outcome.error() instanceof ConflictException conflict) {
            outcome = resolve(conflict, saving, mine);
            if (outcome == null) {
                // cancelled: mine stay unsaved; reloaded: the editor shows the stored round
                return !isDirty();
            }
        }
        if (outcome.error() != null) {
            if (!(outcome.error() instanceof AllocationException)) {
                // a refusal with its reason (locked, unknown brand) is told, not a fault to log
                ILog.of(getClass()).log(StoreAccess.errorStatus(outcome.error()));
            }
            showProblem(Messages.Save_failed + " " + outcome.error().getMessage(), null); //$NON-NLS-1$
            dialogs.failed(getSite().getShell(), Messages.Save_failed, outcome.error());
            return false;
        }
        stored(outcome.value());
        firePropertyChange(PROP_DIRTY);
        plans.refreshLines();
        plans.showTotals();
        showStatus();
        updateButtons();
        return true;
    }

    /** The round as stored now, read back with the versions the next save is checked against. */
    private static StoredRound readBack(AllocationRound round) {
        return AllocationRounds.load(StoreAccess.store(), round.getId());
    }

    /**
     * Someone else saved the round since it was read: asks whether to overwrite (my set-up and my
     * override changes on the newest round, their overrides of other lines kept), to discard mine
     * and reload, or to cancel.
     *
     * @return the outcome of the save over the newest round, or null when nothing is saved (cancel,
     *         or reload: the editor then shows the stored round and is not dirty)
     */
    private Outcome<StoredRound> resolve(ConflictException conflict, Supplier<AllocationPlan> saving,
            Map<Long, LineOverride> mine) {
        long id = state.roundId();
        Map<Long, LineOverride> loadedOverrides = state.base().overrides();
        switch (dialogs.conflict(getSite().getShell(), state.roundCode(), conflict)) {
        case OVERWRITE:
            return await(Messages.Save_job, monitor -> {
                StoredRound newest = AllocationRounds.load(StoreAccess.store(), id);
                return readBack(AllocationRounds.save(StoreAccess.store(), newest, saving.get(),
                        newest.overridesOver(loadedOverrides, mine)));
            });
        case RELOAD:
            Outcome<StoredRound> reloaded = await(Messages.Editor_reading, monitor -> AllocationRounds.load(StoreAccess.store(), id));
            if (reloaded.error() != null) {
                return reloaded;
            }
            show(reloaded.value());
            return null;
        default:
            return null;
        }
    }

    /** Shows a stored round in place of the editor's changes, which are dropped. */
    private void show(StoredRound stored) {
        stored(stored);
        form.fill(stored.spec());
        form.setEditable(!state.isPublished());
        changed(true);
        // the fields show the stored set-up now: nothing is unsaved
        state.stored(stored);
        firePropertyChange(PROP_DIRTY);
        showStatus();
        updateButtons();
    }

    /** After confirmation, publishes the saved round and shows it read-only. */
    public void publish() {
        if (state == null || state.isPublished() || state.roundId() == null || state.isDirty()
                || !dialogs.confirmPublish(getSite().getShell(), state.roundCode())) {
            return;
        }
        long id = state.roundId();
        run(Messages.Publish_job, monitor -> AllocationRounds.publish(StoreAccess.store(), id, LocalDate.now()),
                round -> {
                    // what the store holds is what was published
                    state.published(round.getPublishedOn());
                    form.setEditable(false);
                    showStatus();
                }, Messages.Publish_failed);
    }

    /** Asks for a file and writes the stored round's notice, as XLSX or PDF by its extension. */
    public void exportNotice() {
        if (state == null || state.roundId() == null || state.isDirty()) {
            return;
        }
        Path file = dialogs.noticeFile(getSite().getShell(), state.roundCode());
        if (file == null) {
            return;
        }
        NoticeFormat format = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") //$NON-NLS-1$
                ? NoticeFormat.PDF : NoticeFormat.XLSX;
        long id = state.roundId();
        run(NLS.bind(Messages.Notice_job, file.getFileName()), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            Notice notice = Notice.read(StoreAccess.store(), id, progress.split(7));
            progress.split(3).subTask(file.toString());
            format.write(notice, file);
            return file;
        }, written -> {
            status.setText(NLS.bind(Messages.Notice_written, written));
            status.getParent().layout(true, true);
        }, Messages.Notice_failed);
    }

    /** Runs store work in a Job with progress; the result, or the failure, goes to the UI thread while the editor lives. */
    private <R> void run(String name, UiJob.Work<R> work, java.util.function.Consumer<R> onDone, String failure) {
        jobs++;
        updateButtons();
        UiJob.of(name, work).owner(plans.linesTable()).user().onDone(onDone).onFailure(e -> {
            showProblem(failure + " " + e.getMessage(), null); //$NON-NLS-1$
            dialogs.failed(getSite().getShell(), failure, e);
        }).whenFinished(() -> {
            jobs--;
            updateButtons();
        }).schedule();
    }

    /**
     * Runs store work in a Job and waits for it with the UI alive (busy cursor, then a progress
     * dialog), the editor's widgets disabled meanwhile, so nothing changes under the work.
     */
    private <R> Outcome<R> await(String name, UiJob.Work<R> work) {
        jobs++;
        updateButtons();
        root.setEnabled(false);
        try {
            return UiJob.of(name, work).interactive().runAndWait();
        } finally {
            jobs--;
            if (!root.isDisposed()) {
                root.setEnabled(true);
                updateButtons();
            }
        }
    }

    @Override
    public void doSaveAs() {
        // a round is saved in place
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return state != null && state.isDirty();
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        if (preview != null) {
            preview.cancel();
        }
        if (bold != null) {
            bold.dispose();
        }
        super.dispose();
    }

    // ---- for tests ----------------------------------------------------------------------------

    /** @return whether nothing is being read, computed or written and the preview shows the set-up */
    public boolean isSettled() {
        return state != null && jobs == 0 && (preview == null || !preview.busy()) && state.settled();
    }

    public void setDialogs(EditorDialogs dialogs) {
        this.dialogs = dialogs;
    }

    public AllocationPlan plan() {
        return state == null ? null : state.plan();
    }

    public RetailerSet retailers() {
        return loaded.retailers();
    }

    public Long roundId() {
        return state == null ? inputRoundId : state.roundId();
    }

    public boolean isPublished() {
        return state != null && state.isPublished();
    }

    /** @return the cartons of all lines as the table shows them */
    public long total() {
        return state.total();
    }

    /** @return retailer i's cartons as the table shows them: stored when published, else computed or overridden */
    public int quantity(int i) {
        return state.quantity(i);
    }

    public Chart chart() {
        return plans.chart();
    }

    public Text supplyField() {
        return form.supplyField();
    }

    public Text cutoffField() {
        return form.cutoffField();
    }

    public Combo methodField() {
        return form.methodField();
    }

    public Combo dimension1Field() {
        return form.dimension1Field();
    }

    /** @return the weight field of a key of a chosen dimension, or null */
    public Text weightField(Dimension d, String key) {
        return form.weightField(d, key);
    }

    public List<Control> setupFields() {
        return form.fields();
    }

    public String problemText() {
        return problem.getText();
    }

    public String statusText() {
        return status.getText();
    }

    public Table linesTable() {
        return plans.linesTable();
    }

    public Button saveButton() {
        return saveButton;
    }

    public Button publishButton() {
        return publishButton;
    }

    public Button overrideButton() {
        return plans.overrideButton();
    }
}
