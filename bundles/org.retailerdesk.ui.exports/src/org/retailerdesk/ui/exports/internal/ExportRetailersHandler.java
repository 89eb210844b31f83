package org.retailerdesk.ui.exports.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;

/**
 * Opens the export wizard on what the Retailers view shows: its current filter and sort (the view
 * adapts to {@link RetailerQuery}) and the retailers selected in it.
 */
public class ExportRetailersHandler extends AbstractHandler {

    /** The Retailers view of org.retailerdesk.ui.retailers. */
    public static final String RETAILERS_VIEW = "org.retailerdesk.ui.retailers.list"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPage page = window.getActivePage();
        RetailerQuery filter = page == null ? null : Adapters.adapt(page.findView(RETAILERS_VIEW), RetailerQuery.class);
        List<Long> selected = page == null ? List.of() : retailerIds(page.getSelection(RETAILERS_VIEW));
        new WizardDialog(window.getShell(), new ExportWizard(filter, selected)).open();
        return null;
    }

    /** The ids of the retailers in a selection of the Retailers view. */
    public static List<Long> retailerIds(ISelection selection) {
        List<Long> ids = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                if (o instanceof Retailer r) {
                    ids.add(r.getId());
                }
            }
        }
        return ids;
    }
}
