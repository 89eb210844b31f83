package org.retailerdesk.ui.retailers.internal.life;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.Weekday;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;

/**
 * The second page of New Retailer: where the retailer belongs. The choices narrow each other so
 * that only consistent ones are offered: a district's market departments, the department's routes,
 * staff of the right role and mutual-aid groups; a route chosen sets the order day to its own.
 * What is offered is in use (active). Complete once district and department are chosen.
 */
public final class GroupsPage extends WizardPage {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    /** The retailer's staff fields and the role each takes. */
    private static final Map<EReference, StaffRole> STAFF = Map.of(P.getRetailer_CustomerManager(),
            StaffRole.CUSTOMER_MANAGER, P.getRetailer_LicenceOfficer(), StaffRole.LICENCE_OFFICER,
            P.getRetailer_DeliveryStaff(), StaffRole.DELIVERY_STAFF, P.getRetailer_PhoneOrderClerk(),
            StaffRole.PHONE_ORDER_CLERK);
    private static final List<EReference> STAFF_ORDER = List.of(P.getRetailer_CustomerManager(),
            P.getRetailer_LicenceOfficer(), P.getRetailer_DeliveryStaff(), P.getRetailer_PhoneOrderClerk());

    private final Retailer draft;
    private Network network;
    private Choice<District> district;
    private Choice<MarketDepartment> department;
    private Choice<DeliveryRoute> route;
    private final Map<EReference, Choice<Staff>> staff = new java.util.HashMap<>();
    private Choice<MutualAidGroup> group;
    private Spinner grade;
    private Choice<Weekday> orderDay;

    GroupsPage(Retailer draft) {
        super("groups"); //$NON-NLS-1$
        this.draft = draft;
        setTitle(Messages.New_groupsTitle);
        setDescription(Messages.New_groupsDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        district = choice(body, P.getRetailer_District(), Messages.New_choose);
        department = choice(body, P.getRetailer_MarketDepartment(), Messages.New_chooseDistrictFirst);
        route = choice(body, P.getRetailer_DeliveryRoute(), Messages.New_none);
        for (EReference f : STAFF_ORDER) {
            staff.put(f, choice(body, f, Messages.New_none));
        }
        group = choice(body, P.getRetailer_MutualAidGroup(), Messages.New_none);
        label(body, ModelLabels.label(P.getRetailer_Grade()) + " *"); //$NON-NLS-1$
        grade = new Spinner(body, SWT.BORDER);
        grade.setValues(1, 1, 30, 0, 1, 5);
        label(body, ModelLabels.label(P.getRetailer_OrderDay()));
        orderDay = new Choice<>(body, Messages.New_none, ModelLabels::valueLabel);
        orderDay.offer(Weekday.VALUES);
        orderDay.combo().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        district.onChange(this::cascade);
        department.onChange(this::cascade);
        route.onChange(() -> {
            if (route.selected() != null && route.selected().getOrderDay() != null) {
                orderDay.select(route.selected().getOrderDay());
            }
            validate();
        });
        setControl(body);
        if (network != null) {
            setNetwork(network);
        }
    }

    private static void label(Composite body, String text) {
        new Label(body, SWT.NONE).setText(text);
    }

    private <T extends org.retailerdesk.model.Entity> Choice<T> choice(Composite body, EReference feature, String none) {
        label(body, ModelLabels.label(feature) + (feature.isRequired() ? " *" : "")); //$NON-NLS-1$ //$NON-NLS-2$
        Choice<T> c = new Choice<>(body, none, EntityLabels::label);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        c.combo().setLayoutData(data);
        c.onChange(this::validate);
        return c;
    }

    /** The service network once read; the page offers nothing before. */
    void setNetwork(Network n) {
        network = n;
        if (district != null) {
            district.offer(n.districts());
            cascade();
        }
    }

    /** Offers what belongs to the district and department chosen. */
    private void cascade() {
        List<MarketDepartment> departments = district.selected() == null ? List.of()
                : network.departmentsOf(district.selected());
        department.offer(district.selected() == null ? Messages.New_chooseDistrictFirst : Messages.New_choose, departments);
        if (departments.size() == 1) {
            department.select(departments.get(0)); // the district's only department: nothing to choose
        }
        MarketDepartment d = department.selected();
        String none = d == null ? Messages.New_chooseDepartmentFirst : Messages.New_none;
        route.offer(none, d == null ? List.of() : network.routesOf(d));
        STAFF.forEach((f, role) -> staff.get(f).offer(none, d == null ? List.of() : network.staffOf(d, role)));
        group.offer(none, d == null ? List.of() : network.groupsOf(d));
        for (Combo c : List.of(department.combo(), route.combo(), group.combo())) {
            c.setEnabled(c == department.combo() ? district.selected() != null : d != null);
        }
        staff.values().forEach(c -> c.combo().setEnabled(d != null));
        ((Composite) getControl()).layout(true, true);
        validate();
    }

    void applyTo(Retailer r) {
        r.setDistrict(district.selected());
        r.setMarketDepartment(department.selected());
        r.setDeliveryRoute(route.selected());
        staff.forEach((f, c) -> r.eSet(f, c.selected()));
        r.setMutualAidGroup(group.selected());
        r.setGrade(grade.getSelection());
        r.setOrderDay(orderDay.selected());
    }

    private void validate() {
        if (getControl() == null) {
            return;
        }
        if (district.selected() == null || department.selected() == null) {
            setErrorMessage(null);
            setMessage(network == null ? Messages.New_reading : Messages.New_groupsDescription);
            setPageComplete(false);
            return;
        }
        Retailer probe = EcoreUtil.copy(draft);
        applyTo(probe);
        for (Problem p : ModelValidation.validate(probe)) {
            if (p.isError() && p.feature() != null && p.feature().getEContainingClass() == P.getRetailer()
                    && (p.feature() instanceof EReference || p.feature() == P.getRetailer_Grade())) {
                setErrorMessage(p.message());
                setPageComplete(false);
                return;
            }
        }
        setErrorMessage(null);
        setMessage(Messages.New_groupsDescription);
        setPageComplete(true);
    }

    // For tests.

    public Combo districtCombo() {
        return district.combo();
    }

    public Combo departmentCombo() {
        return department.combo();
    }

    public Combo routeCombo() {
        return route.combo();
    }

    public Combo staffCombo(EReference feature) {
        return staff.get(feature).combo();
    }

    public Combo orderDayCombo() {
        return orderDay.combo();
    }

    public Spinner gradeSpinner() {
        return grade;
    }
}
