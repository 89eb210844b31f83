package org.retailerdesk.ui.visits.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.InspectionResult;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.VisitPurpose;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * "New Visit": purpose, what was observed, the inspection done during the visit (if any), the
 * policies explained during it with the retailer's acknowledgement, and the follow-up. Builds the
 * objects only; the page writes them with {@code VisitRecording} in one transaction.
 */
public class VisitDialog extends TitleAreaDialog {

    /** What the dialog produced: a new visit, the inspection (0 or 1) and the publicity records. */
    public record Result(Visit visit, List<Inspection> inspections, List<PublicityRecord> publicity) {
    }

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;
    private static final EStructuralFeature[] INSPECTED = { Literals.INSPECTION__HYGIENE, Literals.INSPECTION__DISPLAY,
            Literals.INSPECTION__PRICE_MARKING, Literals.INSPECTION__HONEST_OPERATION };

    private final Retailer retailer;
    private final List<Staff> visitors;
    private final List<Policy> policies;
    private Text date;
    private Combo visitor;
    private Combo purpose;
    private Button shopOpen;
    private Text sales;
    private Text stock;
    private Text compliance;
    private Text newProducts;
    private Text complaint;
    private Text note;
    private Button inspected;
    private final Combo[] results = new Combo[INSPECTED.length];
    private Text inspectionNote;
    private Table policyTable;
    private Combo acknowledgement;
    private Text followUp;
    private Text followUpDue;
    private Result result;

    public VisitDialog(Shell shell, Retailer retailer, List<Staff> staff, List<Policy> policies) {
        super(shell);
        this.retailer = retailer;
        // customer managers first: they make the visits; then the other staff who may
        List<Staff> sorted = new ArrayList<>(staff.stream().filter(Staff::isActive).toList());
        sorted.sort(java.util.Comparator.comparing((Staff s) -> s.getRole() != StaffRole.CUSTOMER_MANAGER)
                .thenComparing(Staff::getCode));
        this.visitors = sorted;
        this.policies = policies;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Dialog_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Dialog_title);
        setMessage(NLS.bind(Messages.Dialog_message, retailer.getShopName(), retailer.getCustomerCode()));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, true));

        Group visit = group(body, Messages.Dialog_visit);
        date = text(visit, ModelLabels.label(Literals.VISIT__DATE));
        date.setText(LocalDate.now().toString());
        label(visit, ModelLabels.label(Literals.VISIT__VISITOR));
        visitor = new Combo(visit, SWT.READ_ONLY | SWT.DROP_DOWN);
        visitor.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (Staff s : visitors) {
            visitor.add(EntityLabels.label(s));
            if (retailer.getCustomerManager() != null && s.getId() == retailer.getCustomerManager().getId()) {
                visitor.select(visitor.getItemCount() - 1);
            }
        }
        label(visit, ModelLabels.label(Literals.VISIT__PURPOSE));
        purpose = new Combo(visit, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (VisitPurpose p : VisitPurpose.VALUES) {
            purpose.add(ModelLabels.valueLabel(p));
        }
        purpose.select(0);
        label(visit, ModelLabels.label(Literals.VISIT__SHOP_OPEN));
        shopOpen = new Button(visit, SWT.CHECK);
        shopOpen.setSelection(true);
        sales = text(visit, ModelLabels.label(Literals.VISIT__SALES_NOTE));
        stock = text(visit, ModelLabels.label(Literals.VISIT__STOCK_NOTE));
        compliance = text(visit, ModelLabels.label(Literals.VISIT__COMPLIANCE_NOTE));
        newProducts = text(visit, ModelLabels.label(Literals.VISIT__NEW_PRODUCT_NOTE));
        complaint = text(visit, ModelLabels.label(Literals.VISIT__COMPLAINT));
        note = text(visit, ModelLabels.label(Literals.VISIT__NOTE));
        followUp = text(visit, ModelLabels.label(Literals.VISIT__FOLLOW_UP));
        followUpDue = text(visit, ModelLabels.label(Literals.VISIT__FOLLOW_UP_DUE));
        followUpDue.setMessage(Messages.Dialog_dateHint);

        Composite right = new Composite(body, SWT.NONE);
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout rightLayout = new GridLayout(1, false);
        rightLayout.marginWidth = 0;
        rightLayout.marginHeight = 0;
        right.setLayout(rightLayout);
        Group inspection = group(right, Messages.Dialog_inspection);
        inspected = new Button(inspection, SWT.CHECK);
        inspected.setText(Messages.Dialog_inspected);
        inspected.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (int i = 0; i < INSPECTED.length; i++) {
            label(inspection, ModelLabels.label(INSPECTED[i]));
            results[i] = new Combo(inspection, SWT.READ_ONLY | SWT.DROP_DOWN);
            for (InspectionResult r : InspectionResult.VALUES) {
                results[i].add(ModelLabels.valueLabel(r));
            }
            results[i].select(0);
        }
        inspectionNote = text(inspection, ModelLabels.label(Literals.OPERATING_RECORD__NOTE));
        inspected.addListener(SWT.Selection, e -> enableInspection());
        enableInspection();

        Group publicity = group(right, Messages.Dialog_publicity);
        ((GridData) publicity.getLayoutData()).grabExcessVerticalSpace = true;
        ((GridData) publicity.getLayoutData()).verticalAlignment = SWT.FILL;
        policyTable = new Table(publicity, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 120;
        policyTable.setLayoutData(tableData);
        for (Policy p : policies) {
            new TableItem(policyTable, SWT.NONE).setText(EntityLabels.label(p));
        }
        label(publicity, ModelLabels.label(Literals.PUBLICITY_RECORD__ACKNOWLEDGEMENT));
        acknowledgement = new Combo(publicity, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Acknowledgement a : Acknowledgement.VALUES) {
            acknowledgement.add(ModelLabels.valueLabel(a));
        }
        acknowledgement.select(0);
        return area;
    }

    private void enableInspection() {
        for (Combo c : results) {
            c.setEnabled(inspected.getSelection());
        }
        inspectionNote.setEnabled(inspected.getSelection());
    }

    private static Group group(Composite parent, String text) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(text);
        g.setLayout(new GridLayout(2, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        return g;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static Text text(Composite parent, String label) {
        label(parent, label);
        Text t = new Text(parent, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 220;
        t.setLayoutData(data);
        return t;
    }

    @Override
    protected void okPressed() {
        LocalDate day = date(date, Literals.VISIT__DATE, false);
        LocalDate due = date(followUpDue, Literals.VISIT__FOLLOW_UP_DUE, true);
        if (day == null || due == null && !followUpDue.getText().isBlank()) {
            return;
        }
        if (visitor.getSelectionIndex() < 0) {
            setErrorMessage(NLS.bind(Messages.Dialog_required, ModelLabels.label(Literals.VISIT__VISITOR)));
            return;
        }
        Visit v = F.createVisit();
        v.setRetailer(retailer);
        v.setVisitor(visitors.get(visitor.getSelectionIndex()));
        v.setDate(day);
        v.setPurpose(VisitPurpose.get(purpose.getSelectionIndex()));
        v.setShopOpen(shopOpen.getSelection());
        v.setSalesNote(blankToNull(sales));
        v.setStockNote(blankToNull(stock));
        v.setComplianceNote(blankToNull(compliance));
        v.setNewProductNote(blankToNull(newProducts));
        v.setComplaint(blankToNull(complaint));
        v.setNote(blankToNull(note));
        v.setFollowUp(blankToNull(followUp));
        v.setFollowUpDue(due);
        List<Inspection> inspections = new ArrayList<>();
        if (inspected.getSelection()) {
            Inspection in = F.createInspection();
            for (int i = 0; i < INSPECTED.length; i++) {
                in.eSet(INSPECTED[i], InspectionResult.get(results[i].getSelectionIndex()));
            }
            in.setNote(blankToNull(inspectionNote));
            inspections.add(in);
        }
        List<PublicityRecord> publicity = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            if (policyTable.getItem(i).getChecked()) {
                PublicityRecord p = F.createPublicityRecord();
                p.setPolicy(policies.get(i));
                p.setAcknowledgement(Acknowledgement.get(acknowledgement.getSelectionIndex()));
                publicity.add(p);
            }
        }
        result = new Result(v, inspections, publicity);
        super.okPressed();
    }

    /** The field's date, or null with the error shown (or null for an empty optional field). */
    private LocalDate date(Text field, EStructuralFeature feature, boolean optional) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            if (!optional) {
                setErrorMessage(NLS.bind(Messages.Dialog_required, ModelLabels.label(feature)));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            setErrorMessage(NLS.bind(Messages.Dialog_notDate, ModelLabels.label(feature), text));
            return null;
        }
    }

    private static String blankToNull(Text t) {
        String s = t.getText().strip();
        return s.isEmpty() ? null : s;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Dialog_save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** What OK produced, or null. */
    public Result result() {
        return result;
    }

    // for tests: the dialog's fields, filled as a person would

    public Text dateField() {
        return date;
    }

    public Combo purposeField() {
        return purpose;
    }

    public Text complaintField() {
        return complaint;
    }

    public Text salesField() {
        return sales;
    }

    public Text followUpField() {
        return followUp;
    }

    public Text followUpDueField() {
        return followUpDue;
    }

    public Button inspectedField() {
        return inspected;
    }

    /** The result drop-downs: hygiene, display, price marking, honest operation. */
    public Combo[] resultFields() {
        return results;
    }

    public Table policyTable() {
        return policyTable;
    }

    /** Presses Save as a person would; false if the dialog stayed open with an error. */
    public boolean save() {
        okPressed();
        return result != null;
    }
}
