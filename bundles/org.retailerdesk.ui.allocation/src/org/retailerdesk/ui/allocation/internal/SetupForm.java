package org.retailerdesk.ui.allocation.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * The round editor's set-up form: brand, supply, month, method, group dimensions with a weight
 * field per group, cut-off grade, cap, two-week-cycle multiplier and priority rule. It reads the
 * fields into a {@link RoundSpec} (a field that cannot be read is an {@link InputProblem} naming
 * it), marks a bad field, and tells its listener about every change a person makes.
 */
final class SetupForm {

    /** Hears about the changes a person makes to the fields. */
    interface Listener {
        /** @param structure whether the change alters which fields there are (method, dimensions, priority) */
        void changed(boolean structure);
    }

    /** A set-up field that cannot be read, and why. */
    static final class InputProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Control field;

        InputProblem(Control field, String message) {
            super(message);
            this.field = field;
        }
    }

    private final Font bold;
    private final Listener listener;
    private List<Brand> brands = List.of();
    private RetailerSet retailers;
    private boolean editable;
    /** True while the form fills its fields itself: no change to report. */
    private boolean filling = true;
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

    SetupForm(Composite parent, Font bold, Listener listener) {
        this.bold = bold;
        this.listener = listener;
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
        setup.forEach(f -> f.setEnabled(false));
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

    /** Puts a specification into the fields. */
    void fill(RoundSpec spec) {
        filling = true;
        for (int i = 0; i < brands.size(); i++) {
            if (brands.get(i).getCode().equals(spec.brandCode())) {
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
        filling = false;
    }

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
    void rebuildWeights() {
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
        dimension1.setEnabled(editable && method.getSelectionIndex() == 1);
        dimension2.setEnabled(editable && method.getSelectionIndex() == 1);
        // the value means an uplift factor or a minimum; with no preference it means nothing
        priorityValue.setEnabled(editable && priority.getSelectionIndex() > 0);
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
            for (String key : retailers.keys(d)) {
                String label = retailers.label(d, key);
                new Label(weights, SWT.NONE).setText(label.isEmpty() ? Messages.Setup_noKey : label);
                Text t = new Text(weights, SWT.BORDER);
                t.setText(values.getOrDefault(key, "")); //$NON-NLS-1$
                t.setMessage(Messages.Setup_weightHint);
                GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(60, SWT.DEFAULT).applyTo(t);
                t.addModifyListener(e -> changed(false));
                t.setEnabled(editable);
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

    /** The specification the fields describe; numbers are checked here, rules by the engine. */
    RoundSpec read() throws InputProblem {
        if (brand.getSelectionIndex() < 0) {
            throw new InputProblem(brand, Messages.Input_noBrand);
        }
        RoundSpec.Builder b = RoundSpec.builder(brands.get(brand.getSelectionIndex()).getCode(),
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

    /** What the fields offer: the brands to choose from and the retailers whose groups get weights. */
    void offer(List<Brand> brands, RetailerSet retailers) {
        this.brands = List.copyOf(brands);
        this.retailers = retailers;
        for (Brand b : brands) {
            brand.add(EntityLabels.label(b));
        }
    }

    /** Enables every field, or none (a published round, or nothing read yet). */
    void setEditable(boolean editable) {
        this.editable = editable;
        setup.forEach(c -> c.setEnabled(editable));
    }

    private void changed(boolean structure) {
        if (!filling && retailers != null) {
            listener.changed(structure);
        }
    }

    /** Takes every field's mark away. */
    void clearMarks() {
        decorations.values().forEach(ControlDecoration::hide);
    }

    /** Marks a field as the one with the problem; nothing for null or a field no longer there. */
    void mark(Control field, String message) {
        ControlDecoration d = field == null ? null : decorations.get(field);
        if (d != null) {
            d.setDescriptionText(message);
            d.show();
        }
    }

    void setFocus() {
        supply.setFocus();
    }

    Text supplyField() {
        return supply;
    }

    Text cutoffField() {
        return cutoff;
    }

    Combo methodField() {
        return method;
    }

    Combo dimension1Field() {
        return dimension1;
    }

    /** @return the weight field of a key of a chosen dimension, or null */
    Text weightField(Dimension d, String key) {
        Map<String, Text> fields = weightFields.get(d);
        return fields == null ? null : fields.get(key);
    }

    List<Control> fields() {
        return List.copyOf(setup);
    }
}
