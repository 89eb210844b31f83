package org.retailerdesk.ui.users.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.security.Operation;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.ui.AccessTester;
import org.retailerdesk.ui.RoleLabels;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.StoreDialog;
import org.retailerdesk.ui.UiJob;

/**
 * Window ▸ Users (用户管理): the centre's accounts with their roles, staff member, activity and
 * lock; New…, Edit…, Reset Password… and Deactivate / Reactivate, each through the store's
 * {@code Users} in a Job. Only for those who may {@link Operation#MANAGE_USERS}: the store refuses
 * the rest anyway, the view says so instead of asking it.
 */
public class UsersView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.users.view"; //$NON-NLS-1$

    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());

    /** What the view read: the accounts and every staff member (for names and the dialog's choice). */
    private record Snapshot(List<UserAccount> accounts, Map<Long, Staff> staff) {
    }

    private TableViewer viewer;
    private Label status;
    private Snapshot shown = new Snapshot(List.of(), Map.of());
    private int reading;
    private Action newUser;
    private Action edit;
    private Action reset;
    private Action activity;
    private Consumer<String> errors = message -> MessageDialog.openError(getSite().getShell(), Messages.Error_title,
            message);

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        column(Messages.Column_user, 120, UserAccount::user);
        column(Messages.Column_name, 120, UserAccount::displayName);
        column(Messages.Column_roles, 260, a -> RoleLabels.of(a.roles()));
        column(Messages.Column_staff, 160, this::staffText);
        column(Messages.Column_active, 80, a -> a.active() ? Messages.Status_active : Messages.Status_inactive);
        column(Messages.Column_lockedUntil, 140, a -> a.lockedUntil() == null ? "" : LOCK_TIME.format(a.lockedUntil())); //$NON-NLS-1$
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        getSite().setSelectionProvider(viewer);

        createActions();
        viewer.addSelectionChangedListener(e -> updateActions());
        viewer.addDoubleClickListener(e -> editSelected());
        updateActions();
        StoreAccess.whenOpen().whenComplete((info, error) -> parent.getDisplay().asyncExec(() -> {
            if (error == null) {
                reload();
            } else if (!status.isDisposed()) {
                status.setText(NLS.bind(Messages.View_failed, StoreAccess.errorStatus(error).getMessage()));
            }
        }));
    }

    private void column(String header, int width, Function<UserAccount, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(header);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((UserAccount) element);
            }
        });
    }

    private String staffText(UserAccount a) {
        Staff s = a.staffId() == null ? null : shown.staff().get(a.staffId());
        return EntityLabels.label(s);
    }

    private void createActions() {
        newUser = action(Messages.Action_new, this::newSelected);
        edit = action(Messages.Action_edit, this::editSelected);
        reset = action(Messages.Action_reset, this::resetSelected);
        activity = action(Messages.Action_deactivate, this::toggleSelected);
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        MenuManager menu = new MenuManager();
        for (Action a : new Action[] { newUser, edit, reset, activity }) {
            bar.add(a);
            menu.add(a);
        }
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private void updateActions() {
        boolean may = AccessTester.allows(Operation.MANAGE_USERS);
        UserAccount a = selected();
        newUser.setEnabled(may);
        edit.setEnabled(may && a != null);
        reset.setEnabled(may && a != null);
        activity.setEnabled(may && a != null);
        activity.setText(a != null && !a.active() ? Messages.Action_reactivate : Messages.Action_deactivate);
    }

    /** Reads the accounts and the staff again in a Job; the table keeps its selection. */
    public void reload() {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        updateActions();
        if (!AccessTester.allows(Operation.MANAGE_USERS)) {
            shown = new Snapshot(List.of(), Map.of());
            viewer.setInput(shown.accounts());
            status.setText(Messages.View_notAllowed);
            return;
        }
        reading++;
        status.setText(Messages.View_reading);
        UiJob.of(Messages.View_reading, monitor -> {
            Store store = StoreAccess.store();
            List<UserAccount> accounts = store.users().accounts();
            Map<Long, Staff> staff = store.findAll(Staff.class).stream()
                    .collect(Collectors.toMap(Staff::getId, s -> s, (a, b) -> a));
            return new Snapshot(accounts, staff);
        }).owner(viewer.getTable()).onDone(this::show).onFailure(e -> status.setText(NLS.bind(Messages.View_failed,
                e.getMessage()))).whenFinished(() -> reading--).schedule();
    }

    private void show(Snapshot read) {
        shown = read;
        viewer.setInput(read.accounts());
        status.setText(NLS.bind(Messages.View_count, read.accounts().size()));
        updateActions();
    }

    private UserAccount selected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof UserAccount a ? a : null;
    }

    /** The staff a user may be linked to: the active ones, and whoever the account has now; by code. */
    private List<Staff> staffChoice(UserAccount account) {
        Long own = account == null ? null : account.staffId();
        return shown.staff().values().stream().filter(s -> s.isActive() || Long.valueOf(s.getId()).equals(own))
                .sorted(Comparator.comparing(Staff::getCode)).toList();
    }

    /** The New… dialog, not opened yet; a user it creates is read back into the table. */
    public UserDialog newUserDialog() {
        return reloading(new UserDialog(getSite().getShell(), StoreAccess.store().users(), null, staffChoice(null)));
    }

    /** The Edit… dialog of the selected user (null when none is selected), not opened yet. */
    public UserDialog editDialog() {
        UserAccount a = selected();
        return a == null ? null
                : reloading(new UserDialog(getSite().getShell(), StoreAccess.store().users(), a, staffChoice(a)));
    }

    /** The Reset Password… dialog of the selected user (null when none is selected), not opened yet. */
    public ResetPasswordDialog resetDialog() {
        UserAccount a = selected();
        return a == null ? null : reloading(new ResetPasswordDialog(getSite().getShell(), StoreAccess.store().users(), a));
    }

    /** Reads the table again once the dialog's work is done, whether it was opened modal or not. */
    private <D extends StoreDialog<?>> D reloading(D dialog) {
        dialog.create();
        dialog.getShell().addDisposeListener(e -> {
            if (dialog.done()) {
                reload();
            }
        });
        return dialog;
    }

    private void newSelected() {
        newUserDialog().open();
    }

    private void editSelected() {
        open(editDialog());
    }

    private void resetSelected() {
        open(resetDialog());
    }

    private static void open(Window dialog) {
        if (dialog != null) {
            dialog.open();
        }
    }

    /** Deactivates the selected user, or reactivates him; the store's refusal (the last administrator) is shown. */
    public void toggleSelected() {
        UserAccount a = selected();
        if (a == null || !AccessTester.allows(Operation.MANAGE_USERS)) {
            return;
        }
        UserAccount changed = new UserAccount(a.user(), a.displayName(), a.roles(), a.staffId(), !a.active(),
                a.lockedUntil());
        reading++;
        UiJob.of(Messages.Action_saving, monitor -> StoreAccess.store().users().update(changed)).owner(viewer.getTable())
                .onDone(saved -> reload()).onFailure(e -> errors.accept(e.getMessage())).whenFinished(() -> reading--)
                .schedule();
    }

    /** For tests: where the store's refusals go instead of an error dialog. */
    public void setErrors(Consumer<String> errors) {
        this.errors = errors;
    }

    /** For tests: true while nothing is being read or written. */
    public boolean isSettled() {
        return reading == 0;
    }

    /** For tests: the table. */
    public TableViewer viewer() {
        return viewer;
    }

    /** For tests: the status line under the table. */
    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
    }
}
