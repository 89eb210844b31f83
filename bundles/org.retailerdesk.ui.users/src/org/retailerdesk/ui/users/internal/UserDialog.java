package org.retailerdesk.ui.users.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.store.Users;
import org.retailerdesk.ui.NewPassword;
import org.retailerdesk.ui.StoreDialog;
import org.retailerdesk.ui.UiJob;

/**
 * A new user (name, display name, roles, staff member, first password) or an existing one's
 * display name, roles, staff member and activity. A customer manager needs his staff member; the
 * store's refusals (a name taken, the last administrator) are shown in the dialog.
 */
public class UserDialog extends StoreDialog<UserAccount> {

    private static final int NAME_LENGTH = 30;
    private static final int DISPLAY_NAME_LENGTH = 50;

    private final Users users;
    /** null for a new user */
    private final UserAccount account;
    private final List<Staff> staff;
    private Text user;
    private Text displayName;
    private final Map<Role, Button> roles = new EnumMap<>(Role.class);
    private Combo staffCombo;
    private Button active;
    private NewPassword password;

    /**
     * @param account the user to edit, or null for a new one
     * @param staff   the staff members to choose from (the active ones and the account's own)
     */
    public UserDialog(Shell parent, Users users, UserAccount account, List<Staff> staff) {
        super(parent);
        this.users = users;
        this.account = account;
        this.staff = List.copyOf(staff);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(account == null ? Messages.Dialog_newWindowTitle : Messages.Dialog_editWindowTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        if (account == null) {
            setTitle(Messages.Dialog_newTitle);
            setMessage(NLS.bind(Messages.Dialog_newMessage, Users.MIN_PASSWORD_LENGTH));
        } else {
            setTitle(NLS.bind(Messages.Dialog_editTitle, account.user()));
            setMessage(Messages.Dialog_editMessage);
        }
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(10, 8).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);

        label(c, Messages.Dialog_user);
        user = text(c, account == null ? SWT.BORDER : SWT.BORDER | SWT.READ_ONLY, NAME_LENGTH);
        label(c, Messages.Dialog_displayName);
        displayName = text(c, SWT.BORDER, DISPLAY_NAME_LENGTH);

        Label rolesLabel = label(c, Messages.Dialog_roles);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(rolesLabel);
        Composite boxes = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(16, 4).applyTo(boxes);
        for (Role r : Role.values()) {
            Button b = new Button(boxes, SWT.CHECK);
            b.setText(r.label());
            b.addListener(SWT.Selection, e -> edited());
            roles.put(r, b);
        }

        label(c, Messages.Dialog_staff);
        staffCombo = new Combo(c, SWT.READ_ONLY | SWT.DROP_DOWN);
        staffCombo.add(Messages.Dialog_noStaff);
        for (Staff s : staff) {
            staffCombo.add(EntityLabels.label(s));
        }
        staffCombo.setVisibleItemCount(15);
        staffCombo.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(staffCombo);
        staffCombo.addListener(SWT.Selection, e -> edited());

        if (account == null) {
            password = new NewPassword(c, Messages.Dialog_password, this::edited);
        } else {
            new Label(c, SWT.NONE);
            active = new Button(c, SWT.CHECK);
            active.setText(Messages.Dialog_active);
            active.addListener(SWT.Selection, e -> edited());
            fillFrom(account);
        }
        return area;
    }

    private void fillFrom(UserAccount a) {
        user.setText(a.user());
        displayName.setText(a.displayName());
        roles.forEach((r, b) -> b.setSelection(a.roles().contains(r)));
        for (int i = 0; i < staff.size(); i++) {
            if (staff.get(i).getId() == (a.staffId() == null ? -1 : a.staffId())) {
                staffCombo.select(i + 1);
            }
        }
        active.setSelection(a.active());
    }

    private static Label label(Composite c, String text) {
        Label l = new Label(c, SWT.NONE);
        l.setText(text);
        return l;
    }

    private Text text(Composite c, int style, int limit) {
        Text t = new Text(c, style);
        t.setTextLimit(limit);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(t);
        t.addListener(SWT.Modify, e -> edited());
        return t;
    }

    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((r, b) -> {
            if (b.getSelection()) {
                chosen.add(r);
            }
        });
        return chosen;
    }

    private Long chosenStaff() {
        int i = staffCombo.getSelectionIndex();
        return i <= 0 ? null : staff.get(i - 1).getId();
    }

    @Override
    protected boolean complete() {
        return !user.getText().isBlank() && rolesProblem() == null && (password == null || password.problem() == null);
    }

    @Override
    protected String problem() {
        // a new user's form is not reproached before anything is typed into it
        if (account == null && user.getText().isEmpty() && !password.typed()) {
            return null;
        }
        String problem = rolesProblem();
        if (problem == null && password != null && password.typed()) {
            problem = password.problem();
        }
        return problem;
    }

    private String rolesProblem() {
        Set<Role> chosen = chosenRoles();
        if (chosen.isEmpty()) {
            return Messages.Dialog_noRole;
        }
        return chosen.contains(Role.CUSTOMER_MANAGER) && chosenStaff() == null ? Messages.Dialog_managerNeedsStaff : null;
    }

    @Override
    protected String workName() {
        return Messages.Action_saving;
    }

    @Override
    protected UiJob.Work<UserAccount> work() {
        String name = user.getText().strip();
        String shown = displayName.getText().strip();
        Set<Role> chosen = chosenRoles();
        Long staffId = chosenStaff();
        if (account == null) {
            char[] secret = password.password();
            return monitor -> {
                try {
                    return users.create(UserAccount.of(name, shown, chosen, staffId), secret);
                } finally {
                    Arrays.fill(secret, '\0');
                }
            };
        }
        boolean isActive = active.getSelection();
        UserAccount changed = new UserAccount(account.user(), shown, chosen, staffId, isActive, account.lockedUntil());
        return monitor -> users.update(changed);
    }

    /** For tests: fill the form (password only for a new user; a null staff code chooses none). */
    public void fill(String userName, String shown, Set<Role> chosen, String staffCode, String firstPassword) {
        if (account == null) {
            user.setText(userName);
            password.fill(firstPassword, firstPassword);
        }
        displayName.setText(shown);
        roles.forEach((r, b) -> b.setSelection(chosen.contains(r)));
        List<String> codes = new ArrayList<>();
        staff.forEach(s -> codes.add(s.getCode()));
        staffCombo.select(staffCode == null ? 0 : codes.indexOf(staffCode) + 1);
        edited();
    }
}
