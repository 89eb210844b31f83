package org.retailerdesk.ui.households.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.Masking;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;

/**
 * Edits the fields of one household on a copy; OK checks the input and the model's rules and
 * stays open with the problems shown until they are fixed. Sensitive fields start empty with
 * their masked value as a hint: left empty they keep the stored value, so editing reveals nothing.
 */
public class HouseholdDialog extends TitleAreaDialog {

    private final PriorityHousehold original;
    private final List<Staff> staff;
    private final Map<EStructuralFeature, Control> controls = new LinkedHashMap<>();
    private PriorityHousehold result;

    public HouseholdDialog(Shell parent, PriorityHousehold household, List<Staff> staff) {
        super(parent);
        this.original = household;
        this.staff = staff;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Edit_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Edit_title);
        setMessage(NLS.bind(Messages.Edit_message, Households.name(original)));
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        for (EStructuralFeature f : HouseholdColumn.FIELDS) {
            new Label(body, SWT.NONE).setText(ModelLabels.label(f));
            Control c = control(body, f);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 320;
            if (f == Literals.PRIORITY_HOUSEHOLD__HELP_GIVEN) {
                data.heightHint = 60;
            }
            c.setLayoutData(data);
            controls.put(f, c);
        }
        return area;
    }

    private Control control(Composite body, EStructuralFeature f) {
        Object value = f.isUnsettable() && !original.eIsSet(f) ? null : original.eGet(f);
        if (f.getEType() instanceof EEnum eEnum) {
            Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            eEnum.getELiterals().forEach(l -> combo.add(ModelLabels.label(l)));
            combo.select(value == null ? -1 : eEnum.getELiterals().indexOf(eEnum.getEEnumLiteral(((Enumerator) value).getValue())));
            return combo;
        }
        if (f == Literals.PRIORITY_HOUSEHOLD__VERIFIED_BY) {
            Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            for (int i = 0; i < staff.size(); i++) {
                Staff s = staff.get(i);
                combo.add(EntityLabels.label(s));
                if (value instanceof Staff v && v.getId() == s.getId()) {
                    combo.select(i);
                }
            }
            return combo;
        }
        if (f.getEType().getInstanceClass() == boolean.class) {
            Button check = new Button(body, SWT.CHECK);
            check.setSelection(Boolean.TRUE.equals(value));
            return check;
        }
        int style = f == Literals.PRIORITY_HOUSEHOLD__HELP_GIVEN ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
        Text text = new Text(body, style | SWT.BORDER);
        if (original.getId() != 0 && Masking.sensitive(original, f)) {
            // a multi-line text shows no hint on every platform: the tooltip says it too
            String keep = NLS.bind(Messages.Edit_keepMasked, Masking.shown(original, f));
            text.setMessage(keep);
            text.setToolTipText(keep);
        } else if (value instanceof Double d) {
            text.setText(HouseholdColumn.text(original, f));
        } else if (value != null) {
            text.setText(value.toString());
        }
        return text;
    }

    /** The editing widget of a field (for tests). */
    public Control control(EStructuralFeature feature) {
        return controls.get(feature);
    }

    /** The edited copy after OK, else null. */
    public PriorityHousehold result() {
        return result;
    }

    /** Presses OK as a person does (for tests). */
    public void pressOk() {
        buttonPressed(IDialogConstants.OK_ID);
    }

    @Override
    protected void okPressed() {
        PriorityHousehold copy = EcoreUtil.copy(original);
        List<String> problems = new ArrayList<>();
        controls.forEach((f, c) -> apply(copy, f, c, problems));
        if (problems.isEmpty()) {
            for (Problem p : ModelValidation.validate(copy)) {
                if (p.isError()) {
                    problems.add(p.feature() == null ? p.message() : ModelLabels.label(p.feature()) + ": " + p.message()); //$NON-NLS-1$
                }
            }
        }
        if (!problems.isEmpty()) {
            setErrorMessage(String.join("  ", problems)); //$NON-NLS-1$
            return;
        }
        setErrorMessage(null);
        result = copy;
        super.okPressed();
    }

    private void apply(PriorityHousehold copy, EStructuralFeature f, Control c, List<String> problems) {
        String label = ModelLabels.label(f);
        if (c instanceof Combo combo) {
            int i = combo.getSelectionIndex();
            if (f.getEType() instanceof EEnum eEnum) {
                if (i >= 0) {
                    copy.eSet(f, eEnum.getELiterals().get(i).getInstance());
                }
            } else {
                copy.eSet(f, i < 0 ? null : staff.get(i));
            }
        } else if (c instanceof Button check) {
            copy.eSet(f, check.getSelection());
        } else {
            String text = ((Text) c).getText().strip();
            if (text.isEmpty() && original.getId() != 0 && Masking.sensitive(original, f)) {
                return; // kept as stored
            }
            Class<?> type = f.getEType().getInstanceClass();
            if (type == LocalDate.class) {
                try {
                    copy.eSet(f, text.isEmpty() ? null : LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    problems.add(NLS.bind(Messages.Edit_notDate, label, text));
                }
            } else if (type == double.class) {
                try {
                    if (text.isEmpty()) {
                        copy.eUnset(f);
                    } else {
                        copy.eSet(f, Double.parseDouble(text));
                    }
                } catch (NumberFormatException e) {
                    problems.add(NLS.bind(Messages.Edit_notNumber, label, text));
                }
            } else {
                copy.eSet(f, text.isEmpty() ? null : text);
            }
        }
    }
}
