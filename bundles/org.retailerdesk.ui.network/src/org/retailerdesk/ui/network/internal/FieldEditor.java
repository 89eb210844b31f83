package org.retailerdesk.ui.network.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * One field of an entry form: its label, its widget (chosen by the field's type: text, number,
 * amount, choice of an enum's values or of the entries a reference may point at, date, check box)
 * and the decoration that shows the field's problem beside it.
 */
abstract class FieldEditor {

    private static final int WIDTH = 280;

    final EStructuralFeature feature;
    private ControlDecoration decoration;
    private Label filler;
    private Label message;
    private String problem;

    FieldEditor(EStructuralFeature feature) {
        this.feature = feature;
    }

    /** A label and the editor of the feature, in a two-column grid. */
    static FieldEditor create(Composite parent, EStructuralFeature feature, Snapshot snapshot, EObject current) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(ModelLabels.label(feature) + ":"); //$NON-NLS-1$
        FieldEditor editor;
        if (feature instanceof EReference r) {
            editor = new ReferenceField(r, snapshot.choices(r, (EObject) current.eGet(r)));
        } else if (feature.getEType() instanceof EEnum e) {
            editor = new EnumField((EAttribute) feature, e);
        } else {
            Class<?> type = feature.getEType().getInstanceClass();
            if (type == BigDecimal.class) {
                editor = new AmountField(feature);
            } else if (type == int.class || type == Integer.class) {
                editor = new IntegerField(feature);
            } else if (type == LocalDate.class) {
                editor = new DateField(feature);
            } else if (type == boolean.class || type == Boolean.class) {
                editor = new CheckField(feature);
            } else {
                editor = new TextField(feature);
            }
        }
        Control control = editor.build(parent);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = WIDTH;
        // room for the decoration at the control's left
        data.horizontalIndent = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth();
        control.setLayoutData(data);
        editor.decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        editor.decoration.hide();
        // the problem in words under the field, there only while it has one
        editor.filler = new Label(parent, SWT.NONE);
        editor.message = new Label(parent, SWT.WRAP);
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.widthHint = WIDTH;
        messageData.horizontalIndent = data.horizontalIndent;
        editor.message.setLayoutData(messageData);
        editor.filler.setLayoutData(new GridData());
        editor.showProblem(null, false);
        editor.show(current);
        return editor;
    }

    /** Makes the widget(s). */
    abstract Control build(Composite parent);

    /** Shows the entry's value. */
    abstract void show(EObject entry);

    /**
     * Puts the widget's value into the entry.
     *
     * @return why the text cannot be a value of the field (a number that is none), or null
     */
    abstract String apply(EObject entry);

    /** Calls back on every change the user makes. */
    abstract void onChange(Runnable changed);

    /** Shows a problem at the field (an icon beside it, the words under it), or none for null. */
    void showProblem(String text, boolean error) {
        problem = text;
        boolean shown = text != null;
        for (Label l : new Label[] { filler, message }) {
            ((GridData) l.getLayoutData()).exclude = !shown;
            l.setVisible(shown);
        }
        message.setText(shown ? text : ""); //$NON-NLS-1$
        if (!shown) {
            decoration.hide();
            return;
        }
        message.setForeground(message.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
        decoration.setImage(FieldDecorationRegistry.getDefault()
                .getFieldDecoration(error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING)
                .getImage());
        decoration.setDescriptionText(text);
        decoration.show();
    }

    /** The problem shown at the field, or null. */
    String problem() {
        return problem;
    }

    /** The widget a person types into or picks from (tests fill it). */
    abstract Control widget();

    /** A field typed into one text box; the subclasses say how its text becomes the value. */
    private abstract static class TextBased extends FieldEditor {
        private final int style;
        Text text;

        TextBased(EStructuralFeature feature, int style) {
            super(feature);
            this.style = style;
        }

        @Override
        Control build(Composite parent) {
            text = new Text(parent, style);
            return text;
        }

        @Override
        void onChange(Runnable changed) {
            text.addModifyListener(e -> changed.run());
        }

        @Override
        Control widget() {
            return text;
        }
    }

    private static final class TextField extends TextBased {
        TextField(EStructuralFeature feature) {
            super(feature, SWT.BORDER);
        }

        @Override
        void show(EObject entry) {
            Object v = entry.eGet(feature);
            text.setText(v == null ? "" : v.toString()); //$NON-NLS-1$
        }

        @Override
        String apply(EObject entry) {
            String v = text.getText().strip();
            entry.eSet(feature, v.isEmpty() ? null : v);
            return null;
        }
    }

    private static final class AmountField extends TextBased {
        AmountField(EStructuralFeature feature) {
            super(feature, SWT.BORDER | SWT.RIGHT);
        }

        @Override
        void show(EObject entry) {
            text.setText(entry.eGet(feature) instanceof BigDecimal d ? d.toPlainString() : ""); //$NON-NLS-1$
        }

        @Override
        String apply(EObject entry) {
            String v = text.getText().strip();
            if (v.isEmpty()) {
                entry.eSet(feature, null);
                return null;
            }
            try {
                entry.eSet(feature, new BigDecimal(v));
                return null;
            } catch (NumberFormatException e) {
                entry.eSet(feature, null);
                return NLS.bind(Messages.Dialog_notNumber, ModelLabels.label(feature), v);
            }
        }
    }

    /** A whole number that may be left empty (unset), such as a manager grade. */
    private static final class IntegerField extends TextBased {
        IntegerField(EStructuralFeature feature) {
            super(feature, SWT.BORDER | SWT.RIGHT);
        }

        @Override
        void show(EObject entry) {
            boolean set = !feature.isUnsettable() || entry.eIsSet(feature);
            text.setText(set ? String.valueOf(entry.eGet(feature)) : ""); //$NON-NLS-1$
        }

        @Override
        String apply(EObject entry) {
            String v = text.getText().strip();
            if (v.isEmpty()) {
                entry.eUnset(feature);
                return null;
            }
            try {
                entry.eSet(feature, Integer.valueOf(v));
                return null;
            } catch (NumberFormatException e) {
                entry.eUnset(feature);
                return NLS.bind(Messages.Dialog_notNumber, ModelLabels.label(feature), v);
            }
        }
    }

    private static final class EnumField extends FieldEditor {
        private final List<Enumerator> values = new ArrayList<>();
        private Combo combo;

        EnumField(EAttribute feature, EEnum type) {
            super(feature);
            for (EEnumLiteral literal : type.getELiterals()) {
                values.add(literal.getInstance());
            }
        }

        @Override
        Control build(Composite parent) {
            combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            for (Enumerator v : values) {
                combo.add(ModelLabels.valueLabel(v));
            }
            return combo;
        }

        @Override
        void show(EObject entry) {
            combo.select(values.indexOf(entry.eGet(feature)));
        }

        @Override
        String apply(EObject entry) {
            entry.eSet(feature, values.get(Math.max(0, combo.getSelectionIndex())));
            return null;
        }

        @Override
        void onChange(Runnable changed) {
            combo.addListener(SWT.Selection, e -> changed.run());
        }

        @Override
        Control widget() {
            return combo;
        }
    }

    /** The entries a reference may point at, after "(none)". */
    private static final class ReferenceField extends FieldEditor {
        private final List<EObject> choices;
        private Combo combo;

        ReferenceField(EReference feature, List<EObject> choices) {
            super(feature);
            this.choices = choices;
        }

        @Override
        Control build(Composite parent) {
            combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.add(Messages.Value_none);
            for (EObject c : choices) {
                combo.add(EntityLabels.label(c));
            }
            combo.setVisibleItemCount(Math.min(20, choices.size() + 1));
            return combo;
        }

        @Override
        void show(EObject entry) {
            Object current = entry.eGet(feature);
            int index = 0;
            for (int i = 0; i < choices.size(); i++) {
                if (current instanceof Entity c && ((Entity) choices.get(i)).getId() == c.getId()) {
                    index = i + 1;
                }
            }
            combo.select(index);
        }

        @Override
        String apply(EObject entry) {
            int i = combo.getSelectionIndex();
            entry.eSet(feature, i <= 0 ? null : choices.get(i - 1));
            return null;
        }

        @Override
        void onChange(Runnable changed) {
            combo.addListener(SWT.Selection, e -> changed.run());
        }

        @Override
        Control widget() {
            return combo;
        }
    }

    /** A date that may be unknown: a check box says whether the date beside it counts. */
    private static final class DateField extends FieldEditor {
        private Button known;
        private DateTime date;

        DateField(EStructuralFeature feature) {
            super(feature);
        }

        @Override
        Control build(Composite parent) {
            Composite box = new Composite(parent, SWT.NONE);
            GridLayout layout = new GridLayout(2, false);
            layout.marginWidth = 0;
            layout.marginHeight = 0;
            box.setLayout(layout);
            known = new Button(box, SWT.CHECK);
            known.setText(Messages.Dialog_dateKnown);
            date = new DateTime(box, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
            known.addListener(SWT.Selection, e -> date.setEnabled(known.getSelection()));
            return box;
        }

        @Override
        void show(EObject entry) {
            LocalDate d = (LocalDate) entry.eGet(feature);
            known.setSelection(d != null);
            date.setEnabled(d != null);
            if (d != null) {
                date.setDate(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
            }
        }

        @Override
        String apply(EObject entry) {
            entry.eSet(feature,
                    known.getSelection() ? LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()) : null);
            return null;
        }

        @Override
        void onChange(Runnable changed) {
            known.addListener(SWT.Selection, e -> changed.run());
            date.addListener(SWT.Selection, e -> changed.run());
        }

        /** The check box; {@link #date()} is the date beside it. */
        @Override
        Control widget() {
            return known;
        }

        DateTime date() {
            return date;
        }
    }

    private static final class CheckField extends FieldEditor {
        private Button check;

        CheckField(EStructuralFeature feature) {
            super(feature);
        }

        @Override
        Control build(Composite parent) {
            check = new Button(parent, SWT.CHECK);
            return check;
        }

        @Override
        void show(EObject entry) {
            check.setSelection(Boolean.TRUE.equals(entry.eGet(feature)));
        }

        @Override
        String apply(EObject entry) {
            entry.eSet(feature, check.getSelection());
            return null;
        }

        @Override
        void onChange(Runnable changed) {
            check.addListener(SWT.Selection, e -> changed.run());
        }

        @Override
        Control widget() {
            return check;
        }
    }

    /** The date widget of a date field, else null. */
    DateTime dateWidget() {
        return this instanceof DateField d ? d.date() : null;
    }
}
