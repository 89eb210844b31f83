package org.retailerdesk.ui.visits.internal;

import java.util.List;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Staff;
import org.retailerdesk.ui.StoreAccess;

/** The questions the visits page asks a person; tests answer them in place of a person. */
public interface VisitDialogs {

    /** Lets the user describe a new visit to the retailer; null if cancelled. */
    VisitDialog.Result newVisit(Shell shell, Retailer retailer, List<Staff> staff, List<Policy> policies);

    void failed(Shell shell, String message, Throwable error);

    /** The dialogs a person sees. */
    VisitDialogs INTERACTIVE = new VisitDialogs() {

        @Override
        public VisitDialog.Result newVisit(Shell shell, Retailer retailer, List<Staff> staff, List<Policy> policies) {
            VisitDialog dialog = new VisitDialog(shell, retailer, staff, policies);
            return dialog.open() == Window.OK ? dialog.result() : null;
        }

        @Override
        public void failed(Shell shell, String message, Throwable error) {
            ErrorDialog.openError(shell, Messages.Visits_title, message, StoreAccess.errorStatus(error));
        }
    };
}
