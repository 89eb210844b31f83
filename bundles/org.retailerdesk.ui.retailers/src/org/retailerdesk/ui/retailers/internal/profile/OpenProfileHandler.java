package org.retailerdesk.ui.retailers.internal.profile;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** The command "Open Profile": opens the profiles of the selected retailers. */
public class OpenProfileHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.retailerdesk.ui.retailers.openProfile";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ProfileOpening.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), HandlerUtil.getCurrentSelection(event));
        return null;
    }
}
