package org.retailerdesk.ui.retailers.internal.life;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.ui.retailers.internal.RetailersView;

/**
 * Reassign… of the Retailers view (its toolbar and context menu): the rows selected in it, or all
 * its filter matches, in a {@link ReassignDialog}. Enabled while the view is open.
 */
public class ReassignHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.retailerdesk.ui.retailers.reassign"; //$NON-NLS-1$

    /** How the dialog is opened: by default for a person, who answers it before it returns. */
    private static Consumer<ReassignDialog> opener = ReassignDialog::open;

    /** For tests: who answers the dialog (null: a person). */
    public static void setOpener(Consumer<ReassignDialog> o) {
        opener = o == null ? ReassignDialog::open : o;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        RetailerQuery filter = page == null ? null : Adapters.adapt(page.findView(RetailersView.ID), RetailerQuery.class);
        if (filter == null) {
            return null;
        }
        List<Retailer> selected = new ArrayList<>();
        if (page.getSelection(RetailersView.ID) instanceof IStructuredSelection s) {
            for (Object o : s) {
                if (o instanceof Retailer r) {
                    selected.add(r);
                }
            }
        }
        opener.accept(new ReassignDialog(HandlerUtil.getActiveShellChecked(event), selected, filter));
        return null;
    }
}
