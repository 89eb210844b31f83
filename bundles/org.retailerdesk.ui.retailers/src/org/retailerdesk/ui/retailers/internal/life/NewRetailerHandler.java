package org.retailerdesk.ui.retailers.internal.life;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File ▸ New Retailer… and the Retailers view's toolbar: opens {@link NewRetailerWizard}. */
public class NewRetailerHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.retailerdesk.ui.retailers.newRetailer"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        new WizardDialog(HandlerUtil.getActiveShellChecked(event),
                new NewRetailerWizard(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage())).open();
        return null;
    }
}
