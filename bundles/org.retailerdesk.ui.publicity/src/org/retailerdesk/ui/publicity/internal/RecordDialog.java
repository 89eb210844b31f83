package org.retailerdesk.ui.publicity.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * Edits one publicity record: a new one or a correction of a stored one for a retailer, or the
 * record of a group meeting (no retailer, channel fixed). Returns the edited copy; saving is the
 * caller's, in a Job, through the publicity bundle's checks.
 */
public class RecordDialog extends TitleAreaDialog {

    private final PublicityRecord record;
    private final List<Policy> policies;
    private final List<Staff> staff;
    private final String meeting;
    private Combo policy;
    private Text date;
    private Combo channel;
    private Combo deliveredBy;
    private Combo acknowledgement;
    private Text note;
    private PublicityRecord result;

    /**
     * @param meeting null for a record of one retailer, else what the meeting's retailers are (e.g. "所选的 12 户零售户")
     */
    public RecordDialog(Shell shell, PublicityRecord record, List<Policy> policies, List<Staff> staff, String meeting) {
        super(shell);
        this.record = EcoreUtil.copy(record);
        this.policies = policies;
        this.staff = staff;
        this.meeting = meeting;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        String title = meeting != null ? Messages.Record_titleMeeting
                : record.getId() == 0 ? Messages.Record_titleNew : Messages.Record_titleCorrect;
        getShell().setText(title);
        setTitle(title);
        Retailer r = record.getRetailer();
        if (meeting != null) {
            setMessage(NLS.bind(Messages.Record_meetingMessage, meeting));
        } else if (record.getId() != 0) {
            setMessage(Messages.Record_correctMessage);
        } else if (r != null) {
            setMessage(NLS.bind(Messages.Record_message, r.getShopName(), r.getCustomerCode()));
        }
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        policy = combo(body, Literals.PUBLICITY_RECORD__POLICY, policies.stream().map(Texts::of).toList(),
                indexOf(policies, record.getPolicy()));
        label(body, Literals.PUBLICITY_RECORD__DATE);
        date = new Text(body, SWT.BORDER);
        date.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        date.setText(String.valueOf(record.getDate() == null ? LocalDate.now() : record.getDate()));
        date.setMessage(Messages.Policy_dateHint);
        channel = combo(body, Literals.PUBLICITY_RECORD__CHANNEL,
                PublicityChannel.VALUES.stream().map(Texts::of).toList(),
                meeting != null ? PublicityChannel.GROUP_MEETING_VALUE : PublicityChannel.VALUES.indexOf(record.getChannel()));
        channel.setEnabled(meeting == null);
        deliveredBy = combo(body, Literals.PUBLICITY_RECORD__DELIVERED_BY, staff.stream().map(Texts::of).toList(),
                indexOf(staff, record.getDeliveredBy()));
        acknowledgement = combo(body, Literals.PUBLICITY_RECORD__ACKNOWLEDGEMENT,
                Acknowledgement.VALUES.stream().map(Texts::of).toList(),
                Acknowledgement.VALUES.indexOf(record.getAcknowledgement()));
        Label noteLabel = label(body, Literals.PUBLICITY_RECORD__NOTE);
        noteLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        note = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData noteData = new GridData(SWT.FILL, SWT.FILL, true, true);
        noteData.widthHint = 360;
        noteData.heightHint = 60;
        note.setLayoutData(noteData);
        note.setText(record.getNote() == null ? "" : record.getNote()); //$NON-NLS-1$
        return area;
    }

    private static Label label(Composite body, org.eclipse.emf.ecore.EStructuralFeature feature) {
        Label label = new Label(body, SWT.NONE);
        label.setText(ModelLabels.label(feature));
        return label;
    }

    private static Combo combo(Composite body, org.eclipse.emf.ecore.EStructuralFeature feature, List<String> items,
            int selected) {
        label(body, feature);
        Combo combo = new Combo(body, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.setItems(items.toArray(String[]::new));
        if (selected >= 0) {
            combo.select(selected);
        }
        return combo;
    }

    private static int indexOf(List<? extends org.retailerdesk.model.Entity> list, org.retailerdesk.model.Entity e) {
        for (int i = 0; e != null && i < list.size(); i++) {
            if (list.get(i).getId() == e.getId()) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected void okPressed() {
        PublicityRecord r = EcoreUtil.copy(record);
        // the copy's references are the originals: keep them, the retailer included
        r.setRetailer(record.getRetailer());
        r.setVisit(record.getVisit());
        try {
            r.setDate(Texts.date(ModelLabels.label(Literals.PUBLICITY_RECORD__DATE), date.getText()));
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        r.setPolicy(policy.getSelectionIndex() < 0 ? null : policies.get(policy.getSelectionIndex()));
        r.setChannel(PublicityChannel.VALUES.get(Math.max(0, channel.getSelectionIndex())));
        r.setDeliveredBy(deliveredBy.getSelectionIndex() < 0 ? null : staff.get(deliveredBy.getSelectionIndex()));
        r.setAcknowledgement(Acknowledgement.VALUES.get(Math.max(0, acknowledgement.getSelectionIndex())));
        r.setNote(Texts.blankToNull(note.getText()));
        result = r;
        super.okPressed();
    }

    /** Presses OK as the user would (tests). */
    public void pressOk() {
        okPressed();
    }

    public Combo policy() {
        return policy;
    }

    public Combo deliveredBy() {
        return deliveredBy;
    }

    public Combo acknowledgement() {
        return acknowledgement;
    }

    public Text date() {
        return date;
    }

    public Text note() {
        return note;
    }

    /** The edited record after OK, else null. */
    public PublicityRecord result() {
        return result;
    }
}
