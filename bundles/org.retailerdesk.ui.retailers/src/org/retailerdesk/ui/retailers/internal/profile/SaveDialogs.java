package org.retailerdesk.ui.retailers.internal.profile;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.ui.StoreAccess;

/**
 * The questions and refusals of saving a profile. The editor asks through this interface so that
 * tests can answer in place of a person.
 */
public interface SaveDialogs {

    /** What to do when the retailer was saved by someone else since it was read. */
    enum Resolution {
        /** Re-read the stored retailer, put my changes on it and save that. */
        OVERWRITE,
        /** Forget my changes and show the stored retailer. */
        RELOAD,
        /** Do nothing now: the editor stays dirty with my changes. */
        CANCEL
    }

    Resolution conflict(Shell shell, String retailer, ConflictException conflict);

    /** The file has errors (each "field: message"): it is not saved. */
    void refuseErrors(Shell shell, String retailer, List<String> errors);

    /** Saving failed for another reason: the changes stay in the editor. */
    void failed(Shell shell, String retailer, Throwable error);

    /** Asks the person at the screen. */
    SaveDialogs INTERACTIVE = new SaveDialogs() {
        @Override
        public Resolution conflict(Shell shell, String retailer, ConflictException conflict) {
            String message = conflict.actualVersion() == ConflictException.DELETED
                    ? NLS.bind(Messages.Conflict_deleted, retailer)
                    : NLS.bind(Messages.Conflict_changed, retailer);
            if (conflict.actualVersion() == ConflictException.DELETED) {
                MessageDialog.openError(shell, Messages.Conflict_title, message);
                return Resolution.CANCEL;
            }
            MessageDialog dialog = new MessageDialog(shell, Messages.Conflict_title, null, message, MessageDialog.WARNING,
                    2, Messages.Conflict_overwrite, Messages.Conflict_reload, Messages.Conflict_cancel);
            return switch (dialog.open()) {
                case 0 -> Resolution.OVERWRITE;
                case 1 -> Resolution.RELOAD;
                default -> Resolution.CANCEL;
            };
        }

        @Override
        public void refuseErrors(Shell shell, String retailer, List<String> errors) {
            String list = errors.stream().limit(8).map(e -> "• " + e).collect(Collectors.joining("\n"));
            MessageDialog.openError(shell, Messages.Save_refusedTitle,
                    NLS.bind(Messages.Save_refused, new Object[] { retailer, errors.size(), list }));
        }

        @Override
        public void failed(Shell shell, String retailer, Throwable error) {
            ErrorDialog.openError(shell, Messages.Save_failedTitle, NLS.bind(Messages.Save_failed, retailer),
                    StoreAccess.errorStatus(error));
        }
    };
}
