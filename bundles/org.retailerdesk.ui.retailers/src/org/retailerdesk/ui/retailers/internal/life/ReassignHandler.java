package org.retailerdesk.ui.retailers.internal.life;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

    /** How the dialog is opened: by default for a person, who answers it before it returns. */
    private static Consumer<ReassignDialog> opener = ReassignDialog::open;

    /** For tests: who answers the dialog (null: a person). */
    public static void setOpener(Consumer<ReassignDialog> o) {
        opener = o == null ? ReassignDialog::open : o;
    }

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
        opener.accept(new ReassignDialog(HandlerUtil.getActiveShellChecked(event), selected, filter));
        return null;
    }
}
