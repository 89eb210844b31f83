package org.retailerdesk.ui.allocation.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.Staff;

/** Asks for a retailer's new quantity, the reason and who decided; OK only with all three valid. */
public final class OverrideDialog extends TitleAreaDialog {

    private final String retailer;
    private final int current;
    private final List<Staff> staff;
    private Text quantity;
    private Text reason;
    private Combo by;
    private LineOverride result;
    private boolean touched;

    public OverrideDialog(Shell shell, String retailer, int current, List<Staff> staff) {
        super(shell);
        this.retailer = retailer;
        this.current = current;
        this.staff = staff;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Override_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Override_title);
        setMessage(NLS.bind(Messages.Override_message, retailer, current));
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, true).indent(10, 10).applyTo(c);
        new Label(c, SWT.NONE).setText(Messages.Override_quantity);
        quantity = new Text(c, SWT.BORDER);
        quantity.setText(String.valueOf(current));
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(quantity);
        new Label(c, SWT.NONE).setText(Messages.Override_reason);
        reason = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(320, 60).applyTo(reason);
        new Label(c, SWT.NONE).setText(Messages.Override_by);
        by = new Combo(c, SWT.READ_ONLY);
        for (Staff s : staff) {
            by.add(EntityLabels.label(s));
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(by);
        quantity.addModifyListener(e -> touched());
        reason.addModifyListener(e -> touched());
        by.addModifyListener(e -> touched());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void touched() {
        touched = true;
        validate();
    }

    /** Builds the override from the fields; says what is missing (once the user has begun) and keeps OK off until all is well. */
    private void validate() {
        result = null;
        String problem = null;
        try {
            int q = Integer.parseInt(quantity.getText().strip());
            result = new LineOverride(q, reason.getText(), by.getSelectionIndex() < 0 ? null : staff.get(by.getSelectionIndex()));
        } catch (NumberFormatException e) {
            problem = NLS.bind(Messages.Input_notWhole, Messages.Override_quantity, quantity.getText());
        } catch (AllocationException e) {
            problem = e.getMessage();
        }
        setErrorMessage(touched ? problem : null);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(result != null);
        }
    }

    public LineOverride result() {
        return result;
    }

    /** For tests: the fields, to fill in place of a person. */
    public Text quantityField() {
        return quantity;
    }

    public Text reasonField() {
        return reason;
    }

    public Combo staffField() {
        return by;
    }
}
