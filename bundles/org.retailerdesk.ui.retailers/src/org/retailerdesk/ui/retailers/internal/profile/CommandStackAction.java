package org.retailerdesk.ui.retailers.internal.profile;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo or redo on an editor's command stack, as the global action handler behind Edit ▸ Undo /
 * Redo and their keys (what emf.edit.ui's UndoAction and RedoAction do; that bundle is not in our
 * target platform). Named after the command it would undo or redo.
 */
final class CommandStackAction extends Action {

    enum Kind {
        UNDO(ActionFactory.UNDO, IWorkbenchCommandConstants.EDIT_UNDO, ISharedImages.IMG_TOOL_UNDO),
        REDO(ActionFactory.REDO, IWorkbenchCommandConstants.EDIT_REDO, ISharedImages.IMG_TOOL_REDO);

        final ActionFactory factory;
        final String commandId;
        final String image;

        Kind(ActionFactory factory, String commandId, String image) {
            this.factory = factory;
            this.commandId = commandId;
            this.image = image;
        }
    }

    private final Kind kind;
    private final CommandStack stack;

    CommandStackAction(Kind kind, CommandStack stack) {
        this.kind = kind;
        this.stack = stack;
        setId(kind.factory.getId());
        // the command id makes the workbench route Ctrl+Z / Ctrl+Y and the Edit menu here
        setActionDefinitionId(kind.commandId);
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(kind.image));
        update();
    }

    /** Follows the stack: enabled when there is something to undo (redo), labelled with it. */
    void update() {
        Command next = kind == Kind.UNDO ? stack.getUndoCommand() : stack.getRedoCommand();
        setEnabled(kind == Kind.UNDO ? stack.canUndo() : stack.canRedo());
        String what = next == null || next.getLabel() == null ? "" : next.getLabel();
        setText(NLS.bind(kind == Kind.UNDO ? Messages.Edit_undo : Messages.Edit_redo, what).strip());
    }

    @Override
    public void run() {
        if (kind == Kind.UNDO ? stack.canUndo() : stack.canRedo()) {
            if (kind == Kind.UNDO) {
                stack.undo();
            } else {
                stack.redo();
            }
        }
    }
}
