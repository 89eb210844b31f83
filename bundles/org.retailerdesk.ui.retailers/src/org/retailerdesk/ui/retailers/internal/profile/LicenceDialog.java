package org.retailerdesk.ui.retailers.internal.profile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.model.LicenceEventKind;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.retailers.ChangeRefusedException;
import org.retailerdesk.retailers.Licences;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;

/**
 * One licence event of a retailer: its date (today unless changed), the new licence number or
 * holder where the event has one, and a note. OK records it in a Job ({@link Licences}); a refusal
 * is shown in the dialog, which stays open, and nothing was written.
 */
public class LicenceDialog extends TitleAreaDialog {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;

    private final Retailer retailer;
    private final LicenceEventKind kind;
    private Text date;
    private Text value;
    private Text note;
    private Retailer stored;

    /** @param retailer the retailer as last read (its id is what counts; the store reads it again) */
    public LicenceDialog(Shell shell, Retailer retailer, LicenceEventKind kind) {
        super(shell);
        this.retailer = retailer;
        this.kind = kind;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** What the action that opens the dialog is called, e.g. "Suspend…". */
    static String actionLabel(LicenceEventKind kind) {
        return switch (kind) {
            case SUSPENDED -> Messages.Licence_suspend;
            case RESUMED -> Messages.Licence_resume;
            case CANCELLED -> Messages.Licence_cancel;
            case LICENCE_NUMBER_CHANGED -> Messages.Licence_changeNumber;
            case HOLDER_CHANGED -> Messages.Licence_changeHolder;
        };
    }

    private String explanation() {
        return switch (kind) {
            case SUSPENDED -> Messages.Licence_suspendExplained;
            case RESUMED -> Messages.Licence_resumeExplained;
            case CANCELLED -> Messages.Licence_cancelExplained;
            case LICENCE_NUMBER_CHANGED, HOLDER_CHANGED -> Messages.Licence_changeExplained;
        };
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        String title = NLS.bind(Messages.Licence_title, ModelLabels.valueLabel(kind), EntityLabels.label(retailer));
        getShell().setText(ModelLabels.valueLabel(kind));
        setTitle(title);
        setMessage(explanation(), kind == LicenceEventKind.CANCELLED ? IMessageProvider.WARNING : IMessageProvider.NONE);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        date = text(body, ModelLabels.label(P.getLicenceEvent_Date()), SWT.SINGLE);
        date.setText(LocalDate.now().toString());
        date.setMessage(Messages.Licence_dateHint);
        if (Licences.takesValue(kind)) {
            String field = ModelLabels.label(Licences.changedField(kind));
            new Label(body, SWT.NONE).setText(NLS.bind(Messages.Licence_present, field));
            Label present = new Label(body, SWT.NONE);
            present.setText(String.valueOf(retailer.eGet(Licences.changedField(kind))));
            value = text(body, NLS.bind(Messages.Licence_new, field), SWT.SINGLE);
        }
        note = text(body, ModelLabels.label(P.getLicenceEvent_Note()), SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        ((GridData) note.getLayoutData()).heightHint = 60;
        return area;
    }

    private static Text text(Composite body, String label, int style) {
        Label caption = new Label(body, SWT.NONE);
        caption.setText(label);
        caption.setLayoutData(new GridData(SWT.LEFT, (style & SWT.MULTI) != 0 ? SWT.TOP : SWT.CENTER, false, false));
        Text text = new Text(body, SWT.BORDER | style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        text.setLayoutData(data);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(ModelLabels.valueLabel(kind));
    }

    @Override
    protected void okPressed() {
        LocalDate day;
        try {
            day = LocalDate.parse(date.getText().strip());
        } catch (DateTimeParseException e) {
            setErrorMessage(NLS.bind(Messages.Licence_dateInvalid, date.getText().strip()));
            return;
        }
        String newValue = value == null ? null : value.getText();
        String text = note.getText();
        long id = retailer.getId();
        setErrorMessage(null);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        UiJob.of(NLS.bind(Messages.Licence_recording, ModelLabels.valueLabel(kind)),
                monitor -> new Licences(StoreAccess.store()).record(id, kind, day, newValue, text))
                .owner(getShell()).onDone(r -> {
                    stored = r;
                    super.okPressed();
                }).onFailure(e -> {
                    if (!(e instanceof ChangeRefusedException)) {
                        ILog.of(getClass()).log(StoreAccess.errorStatus(e));
                    }
                    setErrorMessage(StoreAccess.errorStatus(e).getMessage());
                    getButton(IDialogConstants.OK_ID).setEnabled(true);
                }).schedule();
    }

    /** The retailer as stored after the event, once recorded; else null. */
    public Retailer stored() {
        return stored;
    }

    // For tests.

    public Text dateField() {
        return date;
    }

    /** The new licence number or holder; null for the status events. */
    public Text valueField() {
        return value;
    }

    public Text noteField() {
        return note;
    }

    public void pressOk() {
        okPressed();
    }
}
