package org.retailerdesk.ui.network.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.retailerdesk.network.NetworkKind;

/**
 * {@value #COMMAND_ID}: shows the Service Network view, on the tab of the kind named by the
 * optional parameter {@value #KIND_PARAMETER} (district, department, route, staff, brand, group).
 */
public class ShowNetworkHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.retailerdesk.ui.network.show"; //$NON-NLS-1$
    public static final String KIND_PARAMETER = "org.retailerdesk.ui.network.kind"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String kindId = event.getParameter(KIND_PARAMETER);
        NetworkKind kind;
        try {
            kind = kindId == null ? null : NetworkKind.byId(kindId);
        } catch (IllegalArgumentException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            ServiceNetworkView view = (ServiceNetworkView) page.showView(ServiceNetworkView.ID);
            if (kind != null) {
                view.showKind(kind);
            }
            return view;
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
