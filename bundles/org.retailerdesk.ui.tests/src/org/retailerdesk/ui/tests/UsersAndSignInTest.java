package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.Staff;
import org.retailerdesk.security.Operation;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.SignInException;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.testsupport.TempStore;
import org.retailerdesk.ui.AccessTester;
import org.retailerdesk.ui.RoleLabels;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.StoreDialog;
import org.retailerdesk.ui.internal.ChangePasswordDialog;
import org.retailerdesk.ui.internal.SignInDialog;
import org.retailerdesk.ui.users.internal.Messages;
import org.retailerdesk.ui.users.internal.UserDialog;
import org.retailerdesk.ui.users.internal.UsersView;

/**
 * Sign-in, user administration and the access tester in the workbench, which the environment signed
 * in as the test administrator; each test that signs in as someone else signs back in as him.
 */
@ExtendWith(FailureEvidence.class)
public class UsersAndSignInTest {

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    /** A user name of this run: the test workbench's database outlives one run of a test. */
    private static String fresh(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    @AfterEach
    void signBackIn() throws Exception {
        TempStore.signInAdministrator(Spin.store());
        AccessTester.refresh();
    }

    private static <D extends StoreDialog<?>> D opened(D dialog) {
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /** Presses OK and waits until the store answered: closed on success, open again on a refusal. */
    private static void press(StoreDialog<?> dialog) throws InterruptedException {
        dialog.pressOk();
        Spin.until("the dialog's work", () -> !dialog.busy());
    }

    private static UserAccount row(UsersView view, String user) {
        Object input = view.viewer().getInput();
        return input instanceof List<?> rows ? rows.stream().map(UserAccount.class::cast)
                .filter(a -> a.user().equals(user)).findFirst().orElse(null) : null;
    }

    @Test
    public void theUsersViewCreatesAUserWithRolesAndDeactivatesHim() throws Exception {
        Store store = Spin.store();
        UsersView view = (UsersView) Spin.page().showView(UsersView.ID);
        Spin.until("the accounts", () -> view.isSettled() && row(view, TempStore.ADMINISTRATOR) != null);
        Staff manager = store.findAll(Staff.class).stream().filter(Staff::isActive).findFirst().orElseThrow();
        String name = fresh("mgr");
        Set<Role> roles = Set.of(Role.CUSTOMER_MANAGER, Role.LICENCE_OFFICER);

        UserDialog dialog = opened(view.newUserDialog());
        dialog.fill(name, "界面测试经理", roles, null, "pw-ui-test-1");
        assertEquals(Messages.Dialog_managerNeedsStaff, dialog.error(), "a customer manager needs his staff member");
        press(dialog);
        assertFalse(dialog.done(), "OK is greyed while the form is wrong");

        dialog.fill(name, "界面测试经理", roles, manager.getCode(), "pw-ui-test-1");
        assertNull(dialog.error());
        press(dialog);
        assertTrue(dialog.done(), "created: " + dialog.error());
        Spin.until("the new user in the table", () -> row(view, name) != null);
        UserAccount shown = row(view, name);
        assertEquals(roles, shown.roles());
        assertEquals(manager.getId(), shown.staffId().longValue());
        List<String> cells = Arrays.stream(view.viewer().getTable().getItems()).filter(i -> name.equals(i.getText(0)))
                .map(i -> i.getText(2) + "|" + i.getText(4)).toList();
        assertEquals(List.of(RoleLabels.of(roles) + "|" + Messages.Status_active), cells, "roles by their labels, active");

        view.viewer().setSelection(new StructuredSelection(shown), true);
        view.toggleSelected();
        Spin.until("him deactivated", () -> view.isSettled() && row(view, name) != null && !row(view, name).active());
        SignInException refused = assertThrows(SignInException.class,
                () -> store.users().signIn(name, "pw-ui-test-1".toCharArray()));
        assertEquals(SignInException.Reason.INACTIVE, refused.reason());
        assertEquals(TempStore.ADMINISTRATOR, store.users().current().user(), "a refused sign-in changes nobody");

        // the store's refusal is shown, and the last administrator stays
        AtomicReference<String> shownError = new AtomicReference<>();
        view.setErrors(shownError::set);
        view.viewer().setSelection(new StructuredSelection(row(view, TempStore.ADMINISTRATOR)), true);
        view.toggleSelected();
        Spin.until("the refusal", () -> shownError.get() != null);
        assertTrue(store.users().accounts().stream().filter(a -> a.user().equals(TempStore.ADMINISTRATOR))
                .allMatch(UserAccount::active));
    }

    @Test
    public void theAccessTesterAnswersForTheSignedInUsersRoles() throws Exception {
        Store store = Spin.store();
        AccessTester tester = new AccessTester();
        Command importCommand = PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand("org.retailerdesk.ui.imports.importRetailers");
        assertTrue(AccessTester.allows(Operation.MANAGE_USERS), "the administrator may");
        Spin.until("import enabled for the administrator", importCommand::isEnabled);

        TempStore.signInAs(store, fresh("lic"), null, Role.LICENCE_OFFICER);
        AccessTester.refresh();
        assertTrue(AccessTester.allows(Operation.CHANGE_LICENCES));
        assertFalse(AccessTester.allows(Operation.IMPORT_DATA));
        assertFalse(AccessTester.allows(Operation.MANAGE_USERS));
        assertFalse(tester.test(null, AccessTester.PROPERTY, new Object[] { "PUBLISH_ROUND" }, null));
        assertTrue(tester.test(null, AccessTester.PROPERTY, new Object[] { "CHANGE_LICENCES" }, Boolean.TRUE));
        assertEquals(null, AccessTester.refusal(Operation.CHANGE_LICENCES));
        assertNotNull(AccessTester.refusal(Operation.IMPORT_DATA), "a greyed button says why");
        Spin.until("import greyed for a licence officer (plugin.xml)", () -> !importCommand.isEnabled());

        TempStore.signInAs(store, fresh("sup"), null, Role.SUPERVISOR);
        AccessTester.refresh();
        assertTrue(tester.test(null, AccessTester.PROPERTY, new Object[] { "PUBLISH_ROUND" }, null));
        assertTrue(tester.test(null, AccessTester.PROPERTY, new Object[] { "VIEW_AUDIT" }, null));
        assertFalse(tester.test(null, AccessTester.PROPERTY, new Object[] { "MANAGE_USERS" }, null));
        Spin.until("import enabled for a supervisor", importCommand::isEnabled);
    }

    @Test
    public void theSignInDialogShowsTheRefusalStaysOpenAndSignsIn() throws Exception {
        Store store = Spin.store();
        String name = fresh("dlg");
        TempStore.signInAs(store, name, null, Role.CENTRE_STAFF);
        TempStore.signInAdministrator(store);
        String wrong = "not-his-password";
        String expected = assertThrows(SignInException.class, () -> store.users().signIn(name, wrong.toCharArray()))
                .getMessage();

        Shell shell = Spin.page().getWorkbenchWindow().getShell();
        SignInDialog dialog = opened(new SignInDialog(shell, StoreAccess.whenBooted(), () -> StoreAccess.store().users()));
        try {
            Spin.until("the dialog knows the database", () -> dialog.creatingAdministrator() != null);
            assertFalse(dialog.creatingAdministrator(), "the database has users: a sign-in, not a new administrator");
            assertTrue(dialog.databaseText().contains(StoreAccess.whenBooted().join().location().toString()),
                    dialog.databaseText());
            dialog.fill(name, wrong);
            press(dialog);
            assertEquals(expected, dialog.error(), "the store's message");
            assertNotNull(dialog.getShell(), "the dialog stays open");
            assertEquals(TempStore.ADMINISTRATOR, store.users().current().user());

            dialog.fill(name, new String(TempStore.passwordOf(name)));
            press(dialog);
            assertTrue(dialog.done(), String.valueOf(dialog.error()));
            assertNull(dialog.getShell(), "closed once signed in");
            assertEquals(name, dialog.principal().user());
            assertEquals(name, store.users().current().user());
        } finally {
            dialog.close();
        }
    }

    @Test
    public void aUserChangesHisOwnPassword() throws Exception {
        Store store = Spin.store();
        String name = fresh("pw");
        TempStore.signInAs(store, name, null, Role.CENTRE_STAFF);
        Shell shell = Spin.page().getWorkbenchWindow().getShell();
        ChangePasswordDialog dialog = opened(new ChangePasswordDialog(shell, store.users()));
        try {
            dialog.fill(new String(TempStore.passwordOf(name)), "new-pass-1", "new-pass-2");
            assertEquals(org.retailerdesk.ui.internal.Messages.Password_mismatch, dialog.error());
            dialog.fill("wrong-old-password", "new-pass-1", "new-pass-1");
            press(dialog);
            assertFalse(dialog.done());
            assertNotNull(dialog.error(), "a wrong present password is refused in the dialog");

            dialog.fill(new String(TempStore.passwordOf(name)), "new-pass-1", "new-pass-1");
            press(dialog);
            assertTrue(dialog.done(), String.valueOf(dialog.error()));
        } finally {
            dialog.close();
        }
        TempStore.signInAdministrator(store);
        assertEquals(name, store.users().signIn(name, "new-pass-1".toCharArray()).user(), "the new password signs in");
    }
}
