package org.retailerdesk.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.retailerdesk.ui.StoreAccess;

/** File ▸ Change Password: open once the store is open and signed in (the command is disabled before). */
public class ChangePasswordHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        var shell = HandlerUtil.getActiveShell(event);
        ChangePasswordDialog dialog = new ChangePasswordDialog(shell, StoreAccess.store().users());
        if (dialog.open() == ChangePasswordDialog.OK && dialog.done()) {
            MessageDialog.openInformation(shell, Messages.ChangePassword_windowTitle, Messages.ChangePassword_done);
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        return StoreAccess.infoIfOpen() != null;
    }
}
