package org.retailerdesk.ui.imports.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Import Retailers...: opens the import wizard. */
public class ImportRetailersHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        WizardDialog dialog = new WizardDialog(HandlerUtil.getActiveShell(event), new ImportWizard());
        dialog.setPageSize(860, 540);
        dialog.open();
        return null;
    }
}
