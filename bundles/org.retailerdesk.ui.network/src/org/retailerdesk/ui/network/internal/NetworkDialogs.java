package org.retailerdesk.ui.network.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.network.NetworkKind;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.ui.SaveConflict;

/** The questions the Service Network view asks; tests answer them in place of a person. */
public interface NetworkDialogs {

    /**
     * Opens the form of a new or stored entry, which saves it itself.
     *
     * @return the entry as saved, or null when cancelled
     */
    Entity edit(Shell shell, NetworkKind kind, Entity entry, Snapshot snapshot);

    /** @return true when the entry is to be deleted */
    boolean confirmDelete(Shell shell, Entity entry);

    /** What to do about a save that met a version saved elsewhere meanwhile. */
    SaveConflict.Resolution conflict(Shell shell, Entity entry, ConflictException conflict);

    /** Shows why a retire, reactivate or delete was refused or failed. */
    void failed(Shell shell, String message);

    NetworkDialogs INTERACTIVE = new NetworkDialogs() {

        @Override
        public Entity edit(Shell shell, NetworkKind kind, Entity entry, Snapshot snapshot) {
            EntryDialog dialog = new EntryDialog(shell, kind, entry, snapshot, this);
            return dialog.open() == Window.OK ? dialog.saved() : null;
        }

        @Override
        public boolean confirmDelete(Shell shell, Entity entry) {
            return MessageDialog.openQuestion(shell, Messages.Delete_title,
                    NLS.bind(Messages.Delete_question, ModelLabels.label(entry.eClass()), EntityLabels.label(entry)));
        }

        @Override
        public SaveConflict.Resolution conflict(Shell shell, Entity entry, ConflictException conflict) {
            String kind = ModelLabels.label(entry.eClass());
            String label = EntityLabels.label(entry);
            return SaveConflict.ask(shell, NLS.bind(Messages.Conflict_changed, kind, label),
                    NLS.bind(Messages.Conflict_deleted, kind, label), conflict);
        }

        @Override
        public void failed(Shell shell, String message) {
            MessageDialog.openError(shell, Messages.Failed_title, message);
        }
    };
}
