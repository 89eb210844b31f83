package org.retailerdesk.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.ui.internal.Messages;

/**
 * The question every editor asks when its save meets a version saved by someone else since it
 * read what it shows (optimistic locking): overwrite with my changes, discard mine and reload, or
 * cancel. One dialog, so that the profile editor and the round editor offer the same choice.
 */
public final class SaveConflict {

    /** What to do about a save that met a newer version. */
    public enum Resolution {
        /** Re-read the stored version, put my changes on it and save that. */
        OVERWRITE,
        /** Forget my changes and show the stored version. */
        RELOAD,
        /** Do nothing now: the editor stays dirty with my changes. */
        CANCEL
    }

    private SaveConflict() {
    }

    /**
     * Asks the person at the screen. When the stored version was deleted there is nothing to
     * overwrite or reload: the refusal is shown and the answer is {@link Resolution#CANCEL}.
     *
     * @param changed what was saved meanwhile and what each choice does, in the editor's words
     * @param deleted that it was deleted meanwhile and that nothing was saved
     */
    public static Resolution ask(Shell shell, String changed, String deleted, ConflictException conflict) {
        if (conflict.actualVersion() == ConflictException.DELETED) {
            MessageDialog.openError(shell, Messages.Conflict_title, deleted);
            return Resolution.CANCEL;
        }
        MessageDialog dialog = new MessageDialog(shell, Messages.Conflict_title, null, changed, MessageDialog.WARNING, 2,
                Messages.Conflict_overwrite, Messages.Conflict_reload, Messages.Conflict_cancel);
        return switch (dialog.open()) {
            case 0 -> Resolution.OVERWRITE;
            case 1 -> Resolution.RELOAD;
            default -> Resolution.CANCEL;
        };
    }
}
