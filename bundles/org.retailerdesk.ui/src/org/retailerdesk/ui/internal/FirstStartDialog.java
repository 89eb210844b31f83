package org.retailerdesk.ui.internal;


import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.demodata.DemoData;

/**
 * The first start's question: an empty centre for the centre's own data (named here), or a demo
 * centre to try the product (its size). It cannot be closed without an answer: a database without
 * a centre is what it asks about.
 */
public class FirstStartDialog extends TitleAreaDialog {

    private static final int MIN_DEMO = 100;
    private static final int MAX_DEMO = 500_000;
    private static final int CODE_LENGTH = 20;
    private static final int NAME_LENGTH = 100;

    private final String location;
    private Button empty;
    private Button demo;
    private Text code;
    private Text name;
    private Spinner retailers;
    private FirstStart.Choice choice;

    /** @param location the folder of the new database, shown so the user knows which one this is */
    public FirstStartDialog(Shell parent, String location) {
        super(parent);
        this.location = location;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.FirstStart_windowTitle);
    }

    @Override
    protected boolean canHandleShellCloseEvent() {
        return false;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.FirstStart_title);
        setMessage(Messages.FirstStart_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 8).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);

        empty = radio(c, Messages.FirstStart_empty);
        hint(c, Messages.FirstStart_emptyHint);
        name = field(c, Messages.FirstStart_centreName, Messages.FirstStart_defaultName, NAME_LENGTH);
        code = field(c, Messages.FirstStart_centreCode, FirstStart.DEFAULT_CENTRE_CODE, CODE_LENGTH);

        demo = radio(c, Messages.FirstStart_demo);
        hint(c, Messages.FirstStart_demoHint);
        Label size = new Label(c, SWT.NONE);
        size.setText(Messages.FirstStart_demoSize);
        GridDataFactory.swtDefaults().indent(20, 0).applyTo(size);
        retailers = new Spinner(c, SWT.BORDER);
        retailers.setValues(DemoData.DEFAULT_RETAILERS, MIN_DEMO, MAX_DEMO, 0, 1000, 10_000);

        Label where = new Label(c, SWT.WRAP);
        where.setText(NLS.bind(Messages.FirstStart_location, location));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).indent(0, 12).applyTo(where);

        empty.setSelection(true);
        for (Button b : new Button[] { empty, demo }) {
            b.addListener(SWT.Selection, e -> update());
        }
        name.addListener(SWT.Modify, e -> update());
        code.addListener(SWT.Modify, e -> update());
        return area;
    }

    private static Button radio(Composite c, String text) {
        Button b = new Button(c, SWT.RADIO);
        b.setText(text);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(b);
        return b;
    }

    private static void hint(Composite c, String text) {
        Label l = new Label(c, SWT.WRAP);
        l.setText(text);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).indent(20, 0).applyTo(l);
    }

    private static Text field(Composite c, String label, String value, int limit) {
        Label l = new Label(c, SWT.NONE);
        l.setText(label);
        GridDataFactory.swtDefaults().indent(20, 0).applyTo(l);
        Text t = new Text(c, SWT.BORDER);
        t.setTextLimit(limit);
        t.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.FirstStart_start, true);
        update();
    }

    private void update() {
        boolean isEmpty = empty.getSelection();
        name.setEnabled(isEmpty);
        code.setEnabled(isEmpty);
        retailers.setEnabled(!isEmpty);
        String error = null;
        if (isEmpty && name.getText().isBlank()) {
            error = Messages.FirstStart_nameMissing;
        } else if (isEmpty && code.getText().isBlank()) {
            error = Messages.FirstStart_codeMissing;
        }
        setErrorMessage(error);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    @Override
    protected void okPressed() {
        choice = proposal();
        super.okPressed();
    }

    /** The answer, once the dialog was closed with it. */
    public FirstStart.Choice choice() {
        return choice;
    }

    /** For tests: fill the dialog as a user would (a size for the demo, or a code and name for an empty centre). */
    public void fill(boolean asDemo, int demoRetailers, String centreCode, String centreName) {
        empty.setSelection(!asDemo);
        demo.setSelection(asDemo);
        retailers.setSelection(demoRetailers);
        code.setText(centreCode);
        name.setText(centreName);
        update();
    }

    /** The choice as the dialog shows it now. */
    public FirstStart.Choice proposal() {
        return empty.getSelection() ? FirstStart.Choice.empty(code.getText(), name.getText())
                : FirstStart.Choice.demo(retailers.getSelection());
    }

    /** For tests: the demo's size as the spinner shows it. */
    public int demoSize() {
        return retailers.getSelection();
    }

    /** For tests: whether the start button may be pressed. */
    public boolean canStart() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    /** For tests: press the start button. */
    public void start() {
        okPressed();
    }
}
