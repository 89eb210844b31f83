package org.retailerdesk.ui.retailers.internal.profile;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.ui.SaveConflict;
import org.retailerdesk.ui.SaveConflict.Resolution;
import org.retailerdesk.ui.StoreAccess;

/**
 * The questions and refusals of saving a profile. The editor asks through this interface so that
 * tests can answer in place of a person.
 */
public interface SaveDialogs {

    /** What to do when the retailer was saved by someone else since it was read. */
    Resolution conflict(Shell shell, String retailer, ConflictException conflict);

    /** The file has errors (each "field: message"): it is not saved. */
    void refuseErrors(Shell shell, String retailer, List<String> errors);

    /** Saving failed for another reason: the changes stay in the editor. */
    void failed(Shell shell, String retailer, Throwable error);

    /** Asks the person at the screen. */
    SaveDialogs INTERACTIVE = new SaveDialogs() {
        @Override
        public Resolution conflict(Shell shell, String retailer, ConflictException conflict) {
            return SaveConflict.ask(shell, NLS.bind(Messages.Conflict_changed, retailer),
                    NLS.bind(Messages.Conflict_deleted, retailer), conflict);
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
