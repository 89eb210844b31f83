package org.retailerdesk.ui.retailers.internal.life;

import java.text.NumberFormat;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.retailers.ChangeRefusedException;
import org.retailerdesk.retailers.Reassignment;
import org.retailerdesk.retailers.Reassignment.Result;
import org.retailerdesk.retailers.Reassignment.Target;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;

/**
 * Reassign: moves the selected retailers, or all the list's filter matches, to another market
 * department, delivery route and/or customer manager ({@link Reassignment}, one transaction). Says
 * how many will move; routes and managers are offered from the department chosen, else from the
 * one all the retailers are in. OK asks once more, then moves them in a Job with progress.
 */
public class ReassignDialog extends TitleAreaDialog {

    /** The questions of a move; tests answer in place of a person. */
    public interface Answers {
        /** @return true to go ahead */
        boolean confirm(Shell shell, String question);

        void done(Shell shell, String summary);
    }

    /** Asks the person at the screen. */
    public static final Answers INTERACTIVE = new Answers() {
        @Override
        public boolean confirm(Shell shell, String question) {
            return MessageDialog.openQuestion(shell, Messages.Reassign_title, question);
        }

        @Override
        public void done(Shell shell, String summary) {
            MessageDialog.openInformation(shell, Messages.Reassign_title, summary);
        }
    };

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance();

    private final List<Retailer> selected;
    private final RetailerQuery filter;
    /** The department all selected retailers are in, if they share one. */
    private final Long selectionDepartment;
    private Answers answers = INTERACTIVE;
    private Network network;
    private long filterCount = -1;
    private Button moveSelected;
    private Button moveFiltered;
    private Choice<MarketDepartment> department;
    private Choice<DeliveryRoute> route;
    private Choice<Staff> manager;
    private Label summary;
    private Result result;

    /**
     * @param selected the retailers selected in the list (may be empty)
     * @param filter   what the list shows, its filters and sort
     */
    public ReassignDialog(Shell shell, List<Retailer> selected, RetailerQuery filter) {
        super(shell);
        this.selected = List.copyOf(selected);
        this.filter = filter;
        this.selectionDepartment = sharedDepartment(selected);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    private static Long sharedDepartment(List<Retailer> selected) {
        if (selected.isEmpty()) {
            return null;
        }
        long first = selected.get(0).getMarketDepartment().getId();
        return selected.stream().allMatch(r -> r.getMarketDepartment().getId() == first) ? first : null;
    }

    /** The department all the retailers to move are in: the selection's, or the filter's; null if none. */
    private Long commonDepartment() {
        return moveSelected.getSelection() ? selectionDepartment : filter.marketDepartmentId();
    }

    public void setAnswers(Answers a) {
        answers = a;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(Messages.Reassign_title);
        setTitle(Messages.Reassign_title);
        setMessage(Messages.Reassign_message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(body, SWT.NONE).setText(Messages.Reassign_which);
        Composite which = new Composite(body, SWT.NONE);
        which.setLayout(new GridLayout(1, false));
        moveSelected = new Button(which, SWT.RADIO);
        moveSelected.setText(NLS.bind(Messages.Reassign_selected, NUMBER.format(selected.size())));
        moveSelected.setEnabled(!selected.isEmpty());
        moveFiltered = new Button(which, SWT.RADIO);
        moveFiltered.setText(Messages.Reassign_filteredCounting);
        (selected.isEmpty() ? moveFiltered : moveSelected).setSelection(true);
        moveSelected.addListener(SWT.Selection, e -> {
            if (network != null) {
                cascade();
            }
        });
        department = choice(body, P.getRetailer_MarketDepartment());
        route = choice(body, P.getRetailer_DeliveryRoute());
        manager = choice(body, P.getRetailer_CustomerManager());
        department.onChange(this::cascade);
        new Label(body, SWT.NONE);
        summary = new Label(body, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        read();
        return area;
    }

    private <T extends org.retailerdesk.model.Entity> Choice<T> choice(Composite body, org.eclipse.emf.ecore.EReference f) {
        new Label(body, SWT.NONE).setText(ModelLabels.label(f));
        Choice<T> c = new Choice<>(body, Messages.Reassign_unchanged, EntityLabels::label);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        c.combo().setLayoutData(data);
        c.onChange(this::describe);
        return c;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.Reassign_move);
        describe();
    }

    /** The network and how many retailers the filter matches, in a Job. */
    private void read() {
        record Read(Network network, long count) {
        }
        UiJob.of(Messages.Reassign_reading, monitor -> new Read(Network.read(StoreAccess.store()),
                StoreAccess.store().retailers().count(filter))).owner(getShell()).onDone(r -> {
                    network = r.network();
                    filterCount = r.count();
                    moveFiltered.setText(NLS.bind(Messages.Reassign_filtered, NUMBER.format(filterCount)));
                    moveFiltered.getParent().layout();
                    department.offer(network.departments());
                    cascade();
                }).onFailure(e -> setErrorMessage(StoreAccess.errorStatus(e).getMessage())).schedule();
    }

    /** Routes and managers of the department the retailers end up in. */
    private void cascade() {
        MarketDepartment chosen = department.selected();
        Long common = commonDepartment();
        MarketDepartment endsIn = chosen != null ? chosen
                : common == null ? null
                        : network.departments().stream().filter(d -> d.getId() == common).findFirst().orElse(null);
        route.offer(endsIn == null ? List.of() : network.routesOf(endsIn));
        manager.offer(endsIn == null ? List.of() : network.staffOf(endsIn, StaffRole.CUSTOMER_MANAGER));
        for (Choice<?> c : List.of(route, manager)) {
            c.combo().setEnabled(endsIn != null);
            c.combo().setToolTipText(endsIn == null ? Messages.Reassign_chooseDepartment : null);
        }
        describe();
    }

    private long moving() {
        return moveSelected.getSelection() ? selected.size() : filterCount;
    }

    private Target target() {
        return new Target(id(manager.selected()), id(route.selected()), id(department.selected()));
    }

    private static Long id(org.retailerdesk.model.Entity e) {
        return e == null ? null : e.getId();
    }

    /** What OK would do, in words; OK only once there is something to move and somewhere to. */
    private void describe() {
        if (summary == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        long n = moving();
        boolean ready = network != null && n > 0 && !target().isEmpty();
        summary.setText(n < 0 ? Messages.Reassign_filteredCounting
                : NLS.bind(Messages.Reassign_summary, NUMBER.format(n), where()));
        summary.getParent().layout();
        getButton(IDialogConstants.OK_ID).setEnabled(ready);
    }

    private String where() {
        if (target().isEmpty()) {
            return Messages.Reassign_nowhere;
        }
        StringBuilder b = new StringBuilder();
        for (Choice<?> c : List.of(department, route, manager)) {
            if (c.selected() instanceof org.retailerdesk.model.Entity e) {
                b.append(b.isEmpty() ? "" : Messages.Reassign_separator).append(EntityLabels.label(e)); //$NON-NLS-1$
            }
        }
        return b.toString();
    }

    @Override
    protected void okPressed() {
        long n = moving();
        if (!answers.confirm(getShell(), NLS.bind(Messages.Reassign_confirm, NUMBER.format(n), where()))) {
            return;
        }
        Target target = target();
        List<Long> ids = selected.stream().map(Retailer::getId).toList();
        boolean bySelection = moveSelected.getSelection();
        setErrorMessage(null);
        setMessage(NLS.bind(Messages.Reassign_moving, NUMBER.format(n)), IMessageProvider.INFORMATION);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        UiJob.of(NLS.bind(Messages.Reassign_moving, NUMBER.format(n)),
                monitor -> bySelection ? Reassignment.reassign(StoreAccess.store(), ids, target, monitor)
                        : Reassignment.reassign(StoreAccess.store(), filter, target, monitor))
                .user().owner(getShell()).onDone(r -> {
                    result = r;
                    answers.done(getShell(), NLS.bind(Messages.Reassign_done, NUMBER.format(r.moved()),
                            NUMBER.format(r.unchanged())));
                    super.okPressed();
                }).onFailure(e -> {
                    if (!(e instanceof ChangeRefusedException)) {
                        ILog.of(getClass()).log(StoreAccess.errorStatus(e));
                    }
                    setMessage(Messages.Reassign_message);
                    setErrorMessage(StoreAccess.errorStatus(e).getMessage());
                    getButton(IDialogConstants.OK_ID).setEnabled(true);
                }).schedule();
    }

    // For tests.

    /** What the move did, once done; null before. */
    public Result result() {
        return result;
    }

    /** True once the network and the filter's count are read. */
    public boolean isReady() {
        return network != null;
    }

    public Combo departmentCombo() {
        return department.combo();
    }

    public Combo routeCombo() {
        return route.combo();
    }

    public Combo managerCombo() {
        return manager.combo();
    }

    public Button moveFilteredButton() {
        return moveFiltered;
    }

    public String summaryText() {
        return summary.getText();
    }

    public void pressOk() {
        okPressed();
    }
}
