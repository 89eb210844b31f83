package org.retailerdesk.ui.households.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Staff;
import org.retailerdesk.ui.StoreAccess;

/**
 * The questions the register asks a person: the reason for a reveal, the revealed values, the
 * edit dialog, failures. Tests answer them in place of a person.
 */
public interface HouseholdDialogs {

    /** The reason for revealing the household's sensitive fields, or null if the user cancelled. */
    String reason(Shell shell, String household);

    /** Shows the full values (field label to value) once their reveal is in the audit trail. */
    void revealed(Shell shell, String household, Map<String, String> values);

    /** Lets the user edit a household; returns the edited copy, or null if cancelled. */
    PriorityHousehold edit(Shell shell, PriorityHousehold household, List<Staff> staff);

    void failed(Shell shell, String message, Throwable error);

    /** The dialogs a person sees. */
    HouseholdDialogs INTERACTIVE = new HouseholdDialogs() {

        @Override
        public String reason(Shell shell, String household) {
            IInputValidator notBlank = text -> text.isBlank() ? Messages.Reveal_reasonRequired : null;
            InputDialog dialog = new InputDialog(shell, Messages.Reveal_title, NLS.bind(Messages.Reveal_reasonMessage,
                    household), "", notBlank); //$NON-NLS-1$
            return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
        }

        @Override
        public void revealed(Shell shell, String household, Map<String, String> values) {
            StringBuilder text = new StringBuilder(household).append("\n\n"); //$NON-NLS-1$
            values.forEach((label, value) -> text.append(label).append(": ").append(value).append('\n')); //$NON-NLS-1$
            text.append('\n').append(Messages.Reveal_recorded);
            MessageDialog.openInformation(shell, Messages.Reveal_shownTitle, text.toString());
        }

        @Override
        public PriorityHousehold edit(Shell shell, PriorityHousehold household, List<Staff> staff) {
            HouseholdDialog dialog = new HouseholdDialog(shell, household, staff);
            return dialog.open() == Window.OK ? dialog.result() : null;
        }

        @Override
        public void failed(Shell shell, String message, Throwable error) {
            ErrorDialog.openError(shell, Messages.Households_title, message, StoreAccess.errorStatus(error));
        }
    };
}
