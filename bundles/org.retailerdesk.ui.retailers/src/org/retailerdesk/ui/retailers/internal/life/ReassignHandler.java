package org.retailerdesk.ui.retailers.internal.life;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;

/** Reassign… in the Retailers view: the selected rows, or the list's filter, in a {@link ReassignDialog}. */
public class ReassignHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.retailerdesk.ui.retailers.reassign"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePartChecked(event);
        RetailerQuery filter = part.getAdapter(RetailerQuery.class);
        if (filter == null) {
            return null;
        }
        List<Retailer> selected = new ArrayList<>();
        if (part.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s) {
            for (Object o : s) {
                if (o instanceof Retailer r) {
                    selected.add(r);
                }
            }
        }
        new ReassignDialog(HandlerUtil.getActiveShellChecked(event), selected, filter).open();
        return null;
    }
}
