package org.retailerdesk.ui.publicity.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Staff;

/** The questions the publicity page asks; tests answer them in place of a person. */
public interface PublicityDialogs {

    /** @return the edited copy of the record, or null when cancelled */
    PublicityRecord edit(Shell shell, PublicityRecord record, List<Policy> policies, List<Staff> staff);

    /** @return why the record is deleted, or null when cancelled */
    String deleteReason(Shell shell, PublicityRecord record);

    /** Shows that saving failed, with the reason (the store or the publicity checks say which). */
    void failed(Shell shell, String message);

    PublicityDialogs INTERACTIVE = new PublicityDialogs() {

        @Override
        public PublicityRecord edit(Shell shell, PublicityRecord record, List<Policy> policies, List<Staff> staff) {
            RecordDialog dialog = new RecordDialog(shell, record, policies, staff, null);
            return dialog.open() == Window.OK ? dialog.result() : null;
        }

        @Override
        public String deleteReason(Shell shell, PublicityRecord record) {
            InputDialog dialog = new InputDialog(shell, Messages.Page_deleteTitle,
                    NLS.bind(Messages.Page_deletePrompt, Texts.of(record.getPolicy()), record.getDate()), "", //$NON-NLS-1$
                    text -> text.isBlank() ? Messages.Page_deleteEmpty : null);
            return dialog.open() == IDialogConstants.OK_ID ? dialog.getValue() : null;
        }

        @Override
        public void failed(Shell shell, String message) {
            MessageDialog.openError(shell, Messages.Page_failedTitle, message);
        }
    };
}
