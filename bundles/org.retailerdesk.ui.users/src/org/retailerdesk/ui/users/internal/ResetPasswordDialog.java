package org.retailerdesk.ui.users.internal;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.store.Users;
import org.retailerdesk.ui.NewPassword;
import org.retailerdesk.ui.StoreDialog;
import org.retailerdesk.ui.UiJob;

/** Reset Password…: an administrator gives a user a new password, which also ends his lock. */
public class ResetPasswordDialog extends StoreDialog<UserAccount> {

    private final Users users;
    private final UserAccount account;
    private NewPassword password;

    public ResetPasswordDialog(Shell parent, Users users, UserAccount account) {
        super(parent);
        this.users = users;
        this.account = account;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Reset_windowTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(NLS.bind(Messages.Reset_title, account.displayName()));
        setMessage(NLS.bind(Messages.Reset_message, account.displayName(), Users.MIN_PASSWORD_LENGTH));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(10, 8).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        password = new NewPassword(c, Messages.Reset_password, this::edited);
        return area;
    }

    @Override
    protected boolean complete() {
        return password.problem() == null;
    }

    @Override
    protected String problem() {
        return password.typed() ? password.problem() : null;
    }

    @Override
    protected String workName() {
        return Messages.Reset_resetting;
    }

    @Override
    protected UiJob.Work<UserAccount> work() {
        char[] secret = password.password();
        return monitor -> {
            try {
                users.resetPassword(account.user(), secret);
                return account;
            } finally {
                Arrays.fill(secret, '\0');
            }
        };
    }

    /** For tests: type the new password twice. */
    public void fill(String newPassword) {
        password.fill(newPassword, newPassword);
    }
}
