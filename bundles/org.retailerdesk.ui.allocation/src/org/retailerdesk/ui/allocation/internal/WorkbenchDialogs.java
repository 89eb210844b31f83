package org.retailerdesk.ui.allocation.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.model.Staff;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.ui.SaveConflict;
import org.retailerdesk.ui.SaveConflict.Resolution;

/** The editor's questions as real dialogs. */
final class WorkbenchDialogs implements EditorDialogs {

    @Override
    public LineOverride override(Shell shell, String retailer, int current, List<Staff> staff) {
        OverrideDialog dialog = new OverrideDialog(shell, retailer, current, staff);
        return dialog.open() == Window.OK ? dialog.result() : null;
    }

    @Override
    public boolean confirmPublish(Shell shell, String round) {
        return MessageDialog.openConfirm(shell, Messages.Publish_title, NLS.bind(Messages.Publish_confirm, round));
    }

    @Override
    public Path noticeFile(Shell shell, String suggestedName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Notice_dialogTitle);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.pdf" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] { Messages.Notice_xlsx, Messages.Notice_pdf });
        dialog.setFileName(suggestedName + ".xlsx"); //$NON-NLS-1$
        // the workbench runs in the product folder: start where the user keeps files
        dialog.setFilterPath(System.getProperty("user.home")); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return null;
        }
        // the filter chosen decides the format when the name has no known extension
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".pdf")) { //$NON-NLS-1$ //$NON-NLS-2$
            file += dialog.getFilterIndex() == 1 ? ".pdf" : ".xlsx"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Path.of(file);
    }

    @Override
    public Resolution conflict(Shell shell, String round, ConflictException conflict) {
        return SaveConflict.ask(shell, NLS.bind(Messages.Conflict_changed, round), NLS.bind(Messages.Conflict_deleted, round),
                conflict);
    }

    @Override
    public void refuse(Shell shell, String message) {
        MessageDialog.openWarning(shell, Messages.Editor_failedTitle, message);
    }

    @Override
    public void failed(Shell shell, String message, Throwable error) {
        MessageDialog.openError(shell, Messages.Editor_failedTitle, message + "\n\n" + error.getMessage()); //$NON-NLS-1$
    }
}
