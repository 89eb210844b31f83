package org.retailerdesk.ui.retailers.internal.profile;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.retailerdesk.model.LicenceEventKind;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.retailers.Licences;

/**
 * A licence event command on the one selected retailer (the list's row, the open profile); the
 * kind comes after a colon in the handler's class attribute: {@code ...LicenceHandler:SUSPENDED}.
 * Disabled while the selected retailer's state refuses the event (resume an active one, anything
 * on a cancelled one).
 */
public class LicenceHandler extends AbstractHandler implements IExecutableExtension {

    private LicenceEventKind kind;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
            throws CoreException {
        kind = data instanceof String s ? LicenceEventKind.getByName(s.strip()) : null;
        if (kind == null) {
            throw new CoreException(Status.error("no licence event kind: " + data)); //$NON-NLS-1$
        }
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        Retailer r = one(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME));
        setBaseEnabled(r != null && Licences.refusal(r, kind) == null);
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Retailer r = one(HandlerUtil.getCurrentSelection(event));
        if (r != null) {
            LicenceActions.run(HandlerUtil.getActiveShellChecked(event),
                    HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), r, kind);
        }
        return null;
    }

    private static Retailer one(Object selection) {
        return selection instanceof IStructuredSelection s && s.size() == 1 && s.getFirstElement() instanceof Retailer r
                ? r
                : null;
    }
}
