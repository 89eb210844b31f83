package org.retailerdesk.ui.internal;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.store.Users;
import org.retailerdesk.ui.NewPassword;
import org.retailerdesk.ui.StoreDialog;
import org.retailerdesk.ui.UiJob;

/**
 * File ▸ Change Password: the signed-in user's own password, old one first. The change runs in a
 * Job; a wrong old password is shown in the dialog, which stays open.
 */
public class ChangePasswordDialog extends StoreDialog<Boolean> {

    private final Users users;
    private Text old;
    private NewPassword fresh;

    public ChangePasswordDialog(Shell parent, Users users) {
        super(parent);
        this.users = users;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ChangePassword_windowTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.ChangePassword_title);
        setMessage(NLS.bind(Messages.ChangePassword_message, users.signedIn().displayName(), Users.MIN_PASSWORD_LENGTH));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(10, 8).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        new Label(c, SWT.NONE).setText(Messages.ChangePassword_old);
        old = new Text(c, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(old);
        old.addListener(SWT.Modify, e -> edited());
        fresh = new NewPassword(c, Messages.ChangePassword_new, this::edited);
        return area;
    }

    @Override
    protected boolean complete() {
        return old.getCharCount() > 0 && fresh.problem() == null;
    }

    @Override
    protected String problem() {
        return fresh.typed() ? fresh.problem() : null;
    }

    @Override
    protected String workName() {
        return Messages.ChangePassword_changing;
    }

    @Override
    protected UiJob.Work<Boolean> work() {
        char[] before = old.getTextChars();
        char[] after = fresh.password();
        return monitor -> {
            try {
                users.changePassword(before, after);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(before, '\0');
                Arrays.fill(after, '\0');
            }
        };
    }

    @Override
    protected void refused(RuntimeException e) {
        old.setText(""); //$NON-NLS-1$
        old.setFocus();
    }

    /** For tests: type the old password and the new one twice. */
    public void fill(String oldPassword, String newPassword, String repeated) {
        old.setText(oldPassword);
        fresh.fill(newPassword, repeated);
    }
}
