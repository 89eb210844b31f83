package org.retailerdesk.ui.internal;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.security.Principal;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.store.Users;
import org.retailerdesk.ui.NewPassword;
import org.retailerdesk.ui.StoreDialog;
import org.retailerdesk.ui.UiJob;

/**
 * The sign-in at the start, shown while the database opens: user name and password; or, when the
 * database has no user yet, the first administrator (name, display name, password twice). A
 * refusal (wrong password, locked, deactivated) is shown in the dialog, which stays open; it closes
 * with OK only once the store is signed in. The database in use is named at the bottom.
 */
public class SignInDialog extends StoreDialog<Principal> {

    private static final int NAME_LENGTH = 30;
    private static final int DISPLAY_NAME_LENGTH = 50;

    private final CompletableFuture<StoreInfo> booted;
    private final Supplier<Users> users;
    private Text user;
    private Label displayNameLabel;
    private Text displayName;
    private Label passwordLabel;
    private Text password;
    private NewPassword newPassword;
    private Label where;
    /** null until the database says whether it has users */
    private Boolean creating;
    /** why the database could not be opened or asked: only Cancel is left */
    private String openFailure;

    /**
     * @param booted completes when the database is open (the dialog waits for it)
     * @param users  the store's users, asked off the UI thread once it is open
     */
    public SignInDialog(Shell parent, CompletableFuture<StoreInfo> booted, Supplier<Users> users) {
        super(parent);
        this.booted = booted;
        this.users = users;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.SignIn_windowTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.SignIn_title);
        setMessage(Messages.SignIn_opening);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(10, 8).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);

        label(c, Messages.SignIn_user);
        user = text(c, SWT.BORDER, NAME_LENGTH);
        user.setText(UiPreferences.store().getString(UiPreferences.LAST_USER));
        displayNameLabel = label(c, Messages.SignIn_displayName);
        displayName = text(c, SWT.BORDER, DISPLAY_NAME_LENGTH);
        passwordLabel = label(c, Messages.SignIn_password);
        password = text(c, SWT.BORDER | SWT.PASSWORD, 0);
        newPassword = new NewPassword(c, Messages.SignIn_password, this::edited);

        where = new Label(c, SWT.WRAP);
        where.setText(Messages.SignIn_openingDatabase);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), where);
        where.setFont(resources.create(FontDescriptor.createFrom(where.getFont()).increaseHeight(-1)));
        where.setForeground(where.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).indent(0, 10).applyTo(where);

        showAdministratorRows(false);
        return area;
    }

    private static Label label(Composite c, String text) {
        Label l = new Label(c, SWT.NONE);
        l.setText(text);
        return l;
    }

    private Text text(Composite c, int style, int limit) {
        Text t = new Text(c, style);
        if (limit > 0) {
            t.setTextLimit(limit);
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(t);
        t.addListener(SWT.Modify, e -> edited());
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.SignIn_signIn, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
        if (!user.getText().isEmpty()) {
            password.setFocus();
        }
        Shell shell = getShell();
        booted.whenComplete((info, error) -> {
            if (!shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> opened(info, error));
            }
        });
    }

    /** The database is open (or could not be): ask it whether it has users yet. */
    private void opened(StoreInfo info, Throwable error) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            where.setText(Messages.SignIn_notOpen);
            openFailure = String.valueOf(cause.getMessage());
            update();
            return;
        }
        where.setText(NLS.bind(Messages.SignIn_database, info.location()));
        UiJob.of(Messages.SignIn_checking, monitor -> users.get().needsAdministrator()).owner(getShell()).interactive()
                .onDone(this::mode).onFailure(e -> {
                    openFailure = String.valueOf(e.getMessage());
                    update();
                }).schedule();
    }

    private void mode(boolean createAdministrator) {
        creating = createAdministrator;
        showAdministratorRows(createAdministrator);
        if (createAdministrator) {
            setTitle(Messages.SignIn_createTitle);
            setMessage(NLS.bind(Messages.SignIn_createMessage, Users.MIN_PASSWORD_LENGTH));
            getButton(IDialogConstants.OK_ID).setText(Messages.SignIn_create);
            user.setFocus();
        } else {
            setTitle(Messages.SignIn_title);
            setMessage(Messages.SignIn_message);
        }
        getShell().pack();
        update();
    }

    private void showAdministratorRows(boolean show) {
        for (Control c : new Control[] { displayNameLabel, displayName, passwordLabel, password }) {
            boolean visible = (c == displayNameLabel || c == displayName) == show;
            c.setVisible(visible);
            ((GridData) layoutData(c)).exclude = !visible;
        }
        newPassword.setVisible(show);
        user.getParent().layout(true);
    }

    private static Object layoutData(Control c) {
        if (!(c.getLayoutData() instanceof GridData)) {
            c.setLayoutData(new GridData());
        }
        return c.getLayoutData();
    }

    @Override
    protected boolean complete() {
        if (openFailure != null || creating == null || user.getText().isBlank()) {
            return false;
        }
        return creating ? newPassword.problem() == null : password.getCharCount() > 0;
    }

    @Override
    protected String problem() {
        if (openFailure != null) {
            return openFailure;
        }
        return Boolean.TRUE.equals(creating) && newPassword.typed() ? newPassword.problem() : null;
    }

    @Override
    protected String workName() {
        return Messages.SignIn_signingIn;
    }

    @Override
    protected UiJob.Work<Principal> work() {
        String name = user.getText().strip();
        boolean create = creating;
        String shown = displayName.getText().strip();
        char[] secret = create ? newPassword.password() : password.getTextChars();
        return monitor -> {
            try {
                return create ? users.get().createAdministrator(name, shown, secret) : users.get().signIn(name, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        };
    }

    @Override
    protected void succeeded(Principal p) {
        UiPreferences.remember(UiPreferences.LAST_USER, p.user());
    }

    @Override
    protected void refused(RuntimeException e) {
        password.setText(""); //$NON-NLS-1$
        (Boolean.TRUE.equals(creating) ? newPassword.field() : password).setFocus();
    }

    /** Who signed in, once the dialog closed with OK. */
    public Principal principal() {
        return result();
    }

    /** For tests: true once the database said it has no user, and the dialog creates the administrator. */
    public Boolean creatingAdministrator() {
        return creating;
    }

    /** For tests: type the user name and the password (twice when creating the administrator). */
    public void fill(String userName, String secret) {
        user.setText(userName);
        if (Boolean.TRUE.equals(creating)) {
            newPassword.fill(secret, secret);
        } else {
            password.setText(secret);
        }
    }

    /** For tests: the line naming the database. */
    public String databaseText() {
        return where.getText();
    }
}
