package org.retailerdesk.ui.allocation.internal;

import java.math.BigDecimal;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
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
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RetailerPages;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RetailerSets;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.allocation.StoredRound;
import org.retailerdesk.allocation.notice.Notice;
import org.retailerdesk.allocation.notice.NoticeFormat;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;

/**
 * The allocation round editor. The retailers are read once, in a Job; then every change of the
 * set-up is checked at once (a bad field is marked and named in the header) and computed off the
 * UI thread by {@link Preview}, latest request only, so the chart of quantity per grade, the totals
 * per group and the lines follow every what-if change without freezing the window. Overrides ask
 * for a quantity, a reason and who decided, and can be undone until saved. Save and Publish write
 * through {@link AllocationRounds} in Jobs; a published round is shown read-only, and the store
 * refuses to change it anyway. The public notice is written as XLSX or PDF in a Job.
 */
public class RoundEditor extends EditorPart {

    public static final String ID = "org.retailerdesk.ui.allocation.editor"; //$NON-NLS-1$
    static final String ACTOR = System.getProperty("user.name", "retailerdesk"); //$NON-NLS-1$ //$NON-NLS-2$

    private static final int DEFAULT_SUPPLY = 1000;

    /** Everything read once when the editor opens. */
    private record Loaded(AllocationEngine engine, List<Brand> brands, List<Staff> staff, RetailerSet retailers,
            String[] codes, String[] shops, StoredRound stored) {
    }

    /** A set-up field that cannot be read, and why. */
    private static final class InputProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Control field;

        InputProblem(Control field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** An override made since the last save, with the one it replaced (null: none), for undo. */
    private record Undo(long retailerId, LineOverride previous) {
    }

    private EditorDialogs dialogs = new WorkbenchDialogs();
    private Long roundId;
    /** The round as last read or saved (null: not stored yet); a save must not overwrite a newer one. */
    private StoredRound base;
    private String roundCode;
    private boolean published;
    private LocalDate publishedOn;
    private Loaded loaded;
    private Preview preview;
    private RoundSpec requested;
    private RoundSpec shown;
    private AllocationPlan plan;
    private final Map<Long, LineOverride> overrides = new HashMap<>();
    private final Deque<Undo> undo = new ArrayDeque<>();
    /** The stored quantity per retailer id: what a published round's lines show. */
    private final Map<Long, Integer> storedQuantities = new HashMap<>();
    private final Map<Long, String> storedExplanations = new HashMap<>();
    private boolean dirty;
    /** True while fields are filled by the editor itself: no change to react to. */
    private boolean filling = true;
    private int jobs;

    private Composite root;
    private Label title;
    private Label status;
    private Label problem;
    private Font bold;
    private Combo brand;
    private Text supply;
    private Text period;
    private Combo method;
    private Combo dimension1;
    private Combo dimension2;
    private Composite weights;
    private final Map<Dimension, Map<String, Text>> weightFields = new EnumMap<>(Dimension.class);
    private final Map<Dimension, Map<String, String>> weightValues = new EnumMap<>(Dimension.class);
    private Text cutoff;
    private Text cap;
    private Text multiplier;
    private Combo priority;
    private Text priorityValue;
    private final List<Control> setup = new ArrayList<>();
    private final Map<Control, ControlDecoration> decorations = new HashMap<>();
    private Chart chart;
    private Label totals;
    private Table groups;
    private Table lines;
    private Button overrideButton;
    private Button undoButton;
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
        roundId = in.roundId();
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
        createSetup(sash);
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        createChart(right);
        createGroups(right);
        createLines(right);
        right.setWeights(38, 22, 40);
        sash.setWeights(30, 70);
        setup.forEach(c -> c.setEnabled(false));
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
        saveButton = button(header, Messages.Editor_save, () -> save());
        publishButton = button(header, Messages.Editor_publish, this::publish);
        noticeButton = button(header, Messages.Editor_notice, this::exportNotice);
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

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void createSetup(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite c = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(8, 4).applyTo(c);
        brand = combo(c, Messages.Setup_brand);
        supply = text(c, Messages.Setup_supply);
        period = text(c, Messages.Setup_period);
        period.setToolTipText(Messages.Setup_periodHint);
        method = combo(c, Messages.Setup_method);
        method.add(ModelLabels.valueLabel(org.retailerdesk.model.AllocationMethod.BY_GRADE));
        method.add(ModelLabels.valueLabel(org.retailerdesk.model.AllocationMethod.BY_GRADE_AND_DIMENSION));
        dimension1 = combo(c, Messages.Setup_dimension1);
        dimension2 = combo(c, Messages.Setup_dimension2);
        for (Combo d : List.of(dimension1, dimension2)) {
            d.add(Messages.Setup_noDimension);
            for (Dimension dim : Dimension.values()) {
                d.add(dimensionLabel(dim));
            }
        }
        Label w = new Label(c, SWT.NONE);
        w.setText(Messages.Setup_weights);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(w);
        weights = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(weights);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(weights);
        cutoff = text(c, Messages.Setup_cutoff);
        cap = text(c, Messages.Setup_cap);
        cap.setToolTipText(Messages.Setup_capHint);
        multiplier = text(c, Messages.Setup_multiplier);
        priority = combo(c, Messages.Setup_priority);
        priority.add(Messages.Setup_priorityNone);
        priority.add(Messages.Setup_priorityUplift);
        priority.add(Messages.Setup_priorityMinimum);
        priorityValue = text(c, Messages.Setup_priorityValue);
        scroll.setContent(c);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        c.addListener(SWT.Resize, e -> scroll.setMinSize(c.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        scroll.setMinSize(c.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private static String dimensionLabel(Dimension d) {
        return ModelLabels.label(Literals.RETAILER.getEStructuralFeature(d.option()));
    }

    private Combo combo(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(combo);
        combo.addListener(SWT.Selection,
                e -> changed(combo == dimension1 || combo == dimension2 || combo == method || combo == priority));
        decorate(combo);
        return combo;
    }

    private Text text(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(90, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> changed(false));
        decorate(text);
        return text;
    }

    private void decorate(Control field) {
        ControlDecoration d = new ControlDecoration(field, SWT.LEFT | SWT.CENTER);
        d.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        d.hide();
        decorations.put(field, d);
        setup.add(field);
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
        overrideButton = button(c, Messages.Lines_override, () -> overrideLine(lines.getSelectionIndex()));
        undoButton = button(c, Messages.Lines_undo, this::undoOverride);
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
        lines.addListener(SWT.Selection, e -> updateButtons());
        lines.addListener(SWT.DefaultSelection, e -> overrideLine(lines.getSelectionIndex()));
    }

    private static void column(Table table, String name, int width) {
        TableColumn c = new TableColumn(table, SWT.NONE);
        c.setText(name);
        c.setWidth(width);
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
            StoredRound stored = roundId == null ? null : AllocationRounds.load(store, roundId);
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
        preview = new Preview(l.engine(), l.retailers(), lines.getDisplay(), this::computed);
        for (Brand b : l.brands()) {
            brand.add(b.getName() + " (" + b.getCode() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        RoundSpec spec;
        if (l.stored() != null) {
            spec = l.stored().spec();
            adopt(l.stored());
        } else {
            String code = l.brands().isEmpty() ? "" : l.brands().get(0).getCode(); //$NON-NLS-1$
            spec = RoundSpec.builder(code, DEFAULT_SUPPLY).period(YearMonth.now().plusMonths(1)).build();
        }
        fill(spec);
        lines.setItemCount(l.retailers().size());
        filling = false;
        setup.forEach(c -> c.setEnabled(!published));
        showStatus();
        changed(true);
        // a new round is not stored yet: it needs saving like any change
        dirty = roundId == null;
        firePropertyChange(PROP_DIRTY);
        updateButtons();
    }

    /**
     * Makes a stored round what the editor is based on: its overrides, and the versions a later
     * save is checked against.
     */
    private void adopt(StoredRound stored) {
        AllocationRound round = stored.round();
        base = stored;
        overrides.clear();
        overrides.putAll(stored.overrides());
        storedQuantities.clear();
        storedExplanations.clear();
        for (AllocationLine line : stored.lines()) {
            storedQuantities.put(line.getRetailer().getId(), line.getQuantity());
            storedExplanations.put(line.getRetailer().getId(), line.getExplanation());
        }
        roundId = round.getId();
        roundCode = round.getCode();
        published = round.getStatus() == RoundStatus.PUBLISHED;
        publishedOn = round.getPublishedOn();
        title.setText(round.getCode() + "  " + round.getTitle()); //$NON-NLS-1$
        setPartName(round.getCode());
    }

    /** Puts a specification into the fields. */
    private void fill(RoundSpec spec) {
        for (int i = 0; i < loaded.brands().size(); i++) {
            if (loaded.brands().get(i).getCode().equals(spec.brandCode())) {
                brand.select(i);
            }
        }
        supply.setText(String.valueOf(spec.supply()));
        period.setText(spec.period().toString());
        method.select(spec.method() == RoundSpec.Method.BY_GRADE ? 0 : 1);
        List<Dimension> dims = spec.dimensions();
        dimension1.select(dims.isEmpty() ? 0 : dims.get(0).ordinal() + 1);
        dimension2.select(dims.size() < 2 ? 0 : dims.get(1).ordinal() + 1);
        // the specification's weights replace whatever was typed before
        weightValues.clear();
        spec.weights().forEach((d, m) -> {
            Map<String, String> values = weightValues.computeIfAbsent(d, x -> new LinkedHashMap<>());
            m.forEach((k, v) -> values.put(k, v.stripTrailingZeros().toPlainString()));
        });
        cutoff.setText(String.valueOf(spec.cutoffGrade()));
        cap.setText(String.valueOf(spec.cap()));
        multiplier.setText(spec.biweeklyMultiplier().stripTrailingZeros().toPlainString());
        priority.select(spec.priority().kind().ordinal());
        priorityValue.setText(spec.priority().kind() == PriorityRule.Kind.NONE ? "" //$NON-NLS-1$
                : spec.priority().value().stripTrailingZeros().toPlainString());
        rebuildWeights(false);
    }

    // ---- set-up -------------------------------------------------------------------------------

    /** The chosen group dimensions, in order, without "none" and repeats. */
    private List<Dimension> chosenDimensions() {
        List<Dimension> out = new ArrayList<>();
        if (method.getSelectionIndex() == 1) {
            for (Combo c : List.of(dimension1, dimension2)) {
                int i = c.getSelectionIndex();
                if (i > 0 && !out.contains(Dimension.values()[i - 1])) {
                    out.add(Dimension.values()[i - 1]);
                }
            }
        }
        return out;
    }

    /** One weight field per key of each chosen dimension, keeping what was typed before. */
    private void rebuildWeights() {
        rebuildWeights(true);
    }

    /** @param keepTyped whether the weight fields' text replaces the values remembered before */
    private void rebuildWeights(boolean keepTyped) {
        weightFields.forEach((d, fields) -> fields.forEach((k, t) -> {
            if (keepTyped) {
                weightValues.computeIfAbsent(d, x -> new LinkedHashMap<>()).put(k, t.getText());
            }
            setup.remove(t);
            decorations.remove(t).dispose();
        }));
        weightFields.clear();
        for (Control c : weights.getChildren()) {
            c.dispose();
        }
        List<Dimension> dims = chosenDimensions();
        dimension1.setEnabled(!published && method.getSelectionIndex() == 1);
        dimension2.setEnabled(!published && method.getSelectionIndex() == 1);
        // the value means an uplift factor or a minimum; with no preference it means nothing
        priorityValue.setEnabled(!published && priority.getSelectionIndex() > 0);
        if (dims.isEmpty()) {
            Label none = new Label(weights, SWT.WRAP);
            none.setText(method.getSelectionIndex() == 1 ? Messages.Setup_chooseDimension : Messages.Setup_noWeights);
            GridDataFactory.fillDefaults().span(2, 1).hint(160, SWT.DEFAULT).applyTo(none);
        }
        for (Dimension d : dims) {
            Label head = new Label(weights, SWT.NONE);
            head.setText(dimensionLabel(d));
            head.setFont(bold);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(head);
            Map<String, Text> fields = new LinkedHashMap<>();
            Map<String, String> values = weightValues.getOrDefault(d, Map.of());
            for (String key : loaded.retailers().keys(d)) {
                String label = loaded.retailers().label(d, key);
                new Label(weights, SWT.NONE).setText(label.isEmpty() ? Messages.Setup_noKey : label);
                Text t = new Text(weights, SWT.BORDER);
                t.setText(values.getOrDefault(key, "")); //$NON-NLS-1$
                t.setMessage(Messages.Setup_weightHint);
                GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(60, SWT.DEFAULT).applyTo(t);
                t.addModifyListener(e -> changed(false));
                t.setEnabled(!published);
                decorate(t);
                fields.put(key, t);
            }
            weightFields.put(d, fields);
        }
        weights.getParent().layout(true, true);
        Composite content = weights.getParent();
        if (content.getParent() instanceof ScrolledComposite s) {
            s.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        }
    }

    /** A field changed: read the set-up again and ask for a new preview. */
    private void changed(boolean structure) {
        if (filling || loaded == null) {
            return;
        }
        if (structure) {
            rebuildWeights();
        }
        if (!published) {
            dirty = true;
            firePropertyChange(PROP_DIRTY);
        }
        decorations.values().forEach(ControlDecoration::hide);
        try {
            RoundSpec spec = readSpec();
            setProblem(""); //$NON-NLS-1$
            requested = spec;
            preview.request(spec);
        } catch (InputProblem p) {
            requested = null;
            shown = null;
            plan = null;
            showProblem(p.getMessage(), p.field);
        }
        updateButtons();
    }

    private void showProblem(String message, Control field) {
        setProblem(message);
        ControlDecoration d = field == null ? null : decorations.get(field);
        if (d != null) {
            d.setDescriptionText(message);
            d.show();
        }
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

    /** The specification the fields describe; numbers are checked here, rules by the engine. */
    private RoundSpec readSpec() throws InputProblem {
        if (brand.getSelectionIndex() < 0) {
            throw new InputProblem(brand, Messages.Input_noBrand);
        }
        RoundSpec.Builder b = RoundSpec.builder(loaded.brands().get(brand.getSelectionIndex()).getCode(),
                whole(supply, Messages.Setup_supply));
        try {
            b.period(YearMonth.parse(period.getText().strip()));
        } catch (DateTimeParseException e) {
            throw new InputProblem(period, NLS.bind(Messages.Input_badPeriod, period.getText()));
        }
        List<Dimension> dims = chosenDimensions();
        if (method.getSelectionIndex() == 1) {
            b.groups(dims.toArray(Dimension[]::new));
        }
        for (Map.Entry<Dimension, Map<String, Text>> e : weightFields.entrySet()) {
            for (Map.Entry<String, Text> w : e.getValue().entrySet()) {
                if (!w.getValue().getText().isBlank()) {
                    b.weight(e.getKey(), w.getKey(), number(w.getValue(), Messages.Setup_weights));
                }
            }
        }
        b.cutoffGrade(whole(cutoff, Messages.Setup_cutoff));
        b.cap(cap.getText().isBlank() ? 0 : whole(cap, Messages.Setup_cap));
        b.biweeklyMultiplier(multiplier.getText().isBlank() ? BigDecimal.ONE : number(multiplier, Messages.Setup_multiplier));
        switch (priority.getSelectionIndex()) {
        case 1 -> b.priority(PriorityRule.uplift(number(priorityValue, Messages.Setup_priorityValue)));
        case 2 -> b.priority(new PriorityRule(PriorityRule.Kind.GUARANTEED_MINIMUM, number(priorityValue, Messages.Setup_priorityValue)));
        default -> b.priority(PriorityRule.NONE);
        }
        return b.build();
    }

    private static int whole(Text field, String name) throws InputProblem {
        try {
            return Integer.parseInt(field.getText().strip());
        } catch (NumberFormatException e) {
            throw new InputProblem(field, NLS.bind(Messages.Input_notWhole, name, field.getText()));
        }
    }

    private static BigDecimal number(Text field, String name) throws InputProblem {
        try {
            return new BigDecimal(field.getText().strip());
        } catch (NumberFormatException e) {
            throw new InputProblem(field, NLS.bind(Messages.Input_notNumber, name, field.getText()));
        }
    }

    // ---- preview ------------------------------------------------------------------------------

    /** A computation finished; shown if it answers the latest request. */
    private void computed(RoundSpec spec, Object result) {
        if (lines.isDisposed() || spec != requested) {
            return;
        }
        shown = spec;
        if (result instanceof AllocationException e) {
            plan = null;
            showProblem(e.getMessage(), null);
        } else {
            plan = (AllocationPlan) result;
        }
        showPlan();
        updateButtons();
    }

    private void showPlan() {
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
    private void showTotals() {
        if (plan == null) {
            totals.setText(""); //$NON-NLS-1$
            return;
        }
        long total = total();
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

    /** @return the cartons of all lines as the table shows them */
    public long total() {
        long total = 0;
        for (int i = 0; i < loaded.retailers().size(); i++) {
            total += quantity(i);
        }
        return total;
    }

    /** @return retailer i's cartons as the table shows them: stored when published, else computed or overridden */
    public int quantity(int i) {
        long id = loaded.retailers().id(i);
        if (published && storedQuantities.containsKey(id)) {
            return storedQuantities.get(id);
        }
        LineOverride o = overrides.get(id);
        return o != null ? o.quantity() : plan == null ? 0 : plan.quantity(i);
    }

    private void fillLine(TableItem item, int i) {
        if (loaded == null || plan == null || i < 0) {
            return;
        }
        AllocationPlan.Line line = plan.line(i);
        long id = line.retailerId();
        LineOverride o = overrides.get(id);
        String group = line.group() < 0 ? "\u2014" : groupName(plan.groups().get(line.group())); //$NON-NLS-1$
        String explanation = published && storedExplanations.containsKey(id) ? storedExplanations.get(id) : line.explanation();
        item.setText(new String[] { loaded.codes()[i], loaded.shops()[i] == null ? "" : loaded.shops()[i], //$NON-NLS-1$
                String.valueOf(line.grade()), group, String.valueOf(line.quantity()), String.valueOf(quantity(i)),
                o == null ? "" : o.reason() + " \u2014 " + o.by().getName(), explanation }); //$NON-NLS-1$ //$NON-NLS-2$
    }

    // ---- overrides ----------------------------------------------------------------------------

    /** Asks for an override of line i and applies it (not stored until Save). */
    public void overrideLine(int i) {
        if (published || plan == null || i < 0) {
            return;
        }
        String who = loaded.codes()[i] + " " + (loaded.shops()[i] == null ? "" : loaded.shops()[i]); //$NON-NLS-1$ //$NON-NLS-2$
        LineOverride o = dialogs.override(getSite().getShell(), who, quantity(i), loaded.staff());
        if (o == null) {
            return;
        }
        long id = loaded.retailers().id(i);
        undo.push(new Undo(id, overrides.get(id)));
        overrides.put(id, o);
        overridesChanged();
    }

    /** Takes back the last override made since the last save. */
    public void undoOverride() {
        if (published || undo.isEmpty()) {
            return;
        }
        Undo u = undo.pop();
        if (u.previous() == null) {
            overrides.remove(u.retailerId());
        } else {
            overrides.put(u.retailerId(), u.previous());
        }
        overridesChanged();
    }

    private void overridesChanged() {
        dirty = true;
        firePropertyChange(PROP_DIRTY);
        lines.clearAll();
        showTotals();
        updateButtons();
    }

    // ---- save, publish, notice ----------------------------------------------------------------

    private void updateButtons() {
        if (saveButton == null || saveButton.isDisposed()) {
            return;
        }
        boolean ready = loaded != null && jobs == 0;
        boolean current = plan != null && shown == requested && requested != null;
        saveButton.setEnabled(ready && !published && current && dirty);
        publishButton.setEnabled(ready && !published && roundId != null && !dirty);
        noticeButton.setEnabled(ready && roundId != null && !dirty);
        overrideButton.setEnabled(ready && !published && current && lines.getSelectionIndex() >= 0);
        undoButton.setEnabled(ready && !published && !undo.isEmpty());
        undoAction.setEnabled(undoButton.isEnabled());
    }

    private void showStatus() {
        if (published) {
            status.setText(NLS.bind(Messages.Editor_published, publishedOn));
        } else {
            status.setText(roundId == null ? Messages.Editor_notSaved : Messages.Editor_calculated);
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
        if (published || !dirty) {
            return !dirty;
        }
        if (loaded == null) {
            dialogs.refuse(getSite().getShell(), Messages.Save_notRead);
            return false;
        }
        if (requested == null || shown == requested && plan == null) {
            dialogs.refuse(getSite().getShell(), NLS.bind(Messages.Save_invalid, problem.getText()));
            return false;
        }
        RoundSpec spec = requested;
        AllocationPlan ready = shown == requested ? plan : null;
        AllocationEngine engine = loaded.engine();
        RetailerSet retailers = loaded.retailers();
        // the preview of the latest change may still be computing: the save computes it itself
        Supplier<AllocationPlan> saving = () -> ready != null ? ready : engine.compute(spec, retailers);
        Map<Long, LineOverride> mine = Map.copyOf(overrides);
        StoredRound loadedBase = base;
        Outcome<StoredRound> outcome = await(Messages.Save_job, monitor -> stored(
                AllocationRounds.save(StoreAccess.store(), ACTOR, loadedBase, saving.get(), mine)));
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
        adopt(outcome.value());
        undo.clear();
        dirty = false;
        firePropertyChange(PROP_DIRTY);
        lines.clearAll();
        showTotals();
        showStatus();
        updateButtons();
        RoundsView.refreshAll();
        return true;
    }

    /** The round as stored now, read back with the versions the next save is checked against. */
    private static StoredRound stored(AllocationRound round) {
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
        long id = roundId;
        Map<Long, LineOverride> loadedOverrides = base.overrides();
        switch (dialogs.conflict(getSite().getShell(), roundCode, conflict)) {
        case OVERWRITE:
            return await(Messages.Save_job, monitor -> {
                StoredRound newest = AllocationRounds.load(StoreAccess.store(), id);
                return stored(AllocationRounds.save(StoreAccess.store(), ACTOR, newest, saving.get(),
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
        adopt(stored);
        filling = true;
        fill(stored.spec());
        filling = false;
        setup.forEach(c -> c.setEnabled(!published));
        changed(true);
        undo.clear();
        dirty = false;
        firePropertyChange(PROP_DIRTY);
        showStatus();
        updateButtons();
    }

    /** After confirmation, publishes the saved round and shows it read-only. */
    public void publish() {
        if (published || roundId == null || dirty || !dialogs.confirmPublish(getSite().getShell(), roundCode)) {
            return;
        }
        long id = roundId;
        run(Messages.Publish_job, monitor -> AllocationRounds.publish(StoreAccess.store(), ACTOR, id, LocalDate.now()),
                round -> {
                    published = true;
                    publishedOn = round.getPublishedOn();
                    // what the store holds is what was published
                    for (int i = 0; i < loaded.retailers().size(); i++) {
                        storedQuantities.put(loaded.retailers().id(i), quantity(i));
                    }
                    undo.clear();
                    setup.forEach(c -> c.setEnabled(false));
                    showStatus();
                    RoundsView.refreshAll();
                }, Messages.Publish_failed);
    }

    /** Asks for a file and writes the stored round's notice, as XLSX or PDF by its extension. */
    public void exportNotice() {
        if (roundId == null || dirty) {
            return;
        }
        Path file = dialogs.noticeFile(getSite().getShell(), roundCode);
        if (file == null) {
            return;
        }
        NoticeFormat format = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") //$NON-NLS-1$
                ? NoticeFormat.PDF : NoticeFormat.XLSX;
        long id = roundId;
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

    interface Work<R> {
        R run(IProgressMonitor monitor);
    }

    /** Runs store work in a Job with progress; the result, or the failure, goes to the UI thread. */
    private <R> void run(String name, Work<R> work, java.util.function.Consumer<R> onDone, String failure) {
        Display display = getSite().getShell().getDisplay();
        jobs++;
        updateButtons();
        Job job = Job.create(name, monitor -> {
            IStatus result = Status.OK_STATUS;
            Runnable after;
            try {
                R r = work.run(monitor);
                after = () -> onDone.accept(r);
            } catch (OperationCanceledException e) {
                after = () -> {
                };
                result = Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                after = () -> {
                    showProblem(failure + " " + e.getMessage(), null); //$NON-NLS-1$
                    dialogs.failed(getSite().getShell(), failure, e);
                };
            }
            Runnable then = after;
            display.asyncExec(() -> {
                if (lines.isDisposed()) {
                    return;
                }
                jobs--;
                then.run();
                updateButtons();
            });
            return result;
        });
        job.setUser(true);
        job.schedule();
    }

    private record Outcome<R>(R value, Throwable error) {
    }

    /**
     * Runs store work in a Job and waits for it with the UI alive (busy cursor, then a progress
     * dialog), the editor's widgets disabled meanwhile, so nothing changes under the work.
     */
    private <R> Outcome<R> await(String name, Work<R> work) {
        AtomicReference<Outcome<R>> outcome = new AtomicReference<>();
        Job job = Job.create(name, monitor -> {
            try {
                outcome.set(new Outcome<>(work.run(monitor), null));
            } catch (RuntimeException e) {
                outcome.set(new Outcome<>(null, e));
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        jobs++;
        updateButtons();
        root.setEnabled(false);
        try {
            job.schedule();
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> job.join());
        } catch (InvocationTargetException e) {
            return new Outcome<>(null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, e);
        } finally {
            jobs--;
            if (!root.isDisposed()) {
                root.setEnabled(true);
                updateButtons();
            }
        }
        return outcome.get();
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
        return dirty;
    }

    @Override
    public void setFocus() {
        supply.setFocus();
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
        return loaded != null && jobs == 0 && (preview == null || !preview.busy()) && shown == requested;
    }

    public void setDialogs(EditorDialogs dialogs) {
        this.dialogs = dialogs;
    }

    public AllocationPlan plan() {
        return plan;
    }

    public RetailerSet retailers() {
        return loaded.retailers();
    }

    public Long roundId() {
        return roundId;
    }

    public boolean isPublished() {
        return published;
    }

    public Chart chart() {
        return chart;
    }

    public Text supplyField() {
        return supply;
    }

    public Text cutoffField() {
        return cutoff;
    }

    public Combo methodField() {
        return method;
    }

    public Combo dimension1Field() {
        return dimension1;
    }

    /** @return the weight field of a key of a chosen dimension, or null */
    public Text weightField(Dimension d, String key) {
        Map<String, Text> fields = weightFields.get(d);
        return fields == null ? null : fields.get(key);
    }

    public List<Control> setupFields() {
        return List.copyOf(setup);
    }

    public String problemText() {
        return problem.getText();
    }

    public String statusText() {
        return status.getText();
    }

    public Table linesTable() {
        return lines;
    }

    public Button saveButton() {
        return saveButton;
    }

    public Button publishButton() {
        return publishButton;
    }

    public Button overrideButton() {
        return overrideButton;
    }
}
