package org.retailerdesk.ui.allocation.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.model.Staff;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.ui.SaveConflict.Resolution;

/** What the round editor asks a person; tests answer in their place. */
public interface EditorDialogs {

    /**
     * @param retailer the retailer as shown (code and shop)
     * @param current  its cartons now
     * @return the override, or null when cancelled
     */
    LineOverride override(Shell shell, String retailer, int current, List<Staff> staff);

    /** @return whether to publish the round, which then can no longer change */
    boolean confirmPublish(Shell shell, String round);

    /** @return where to write the notice (.xlsx or .pdf), or null when cancelled */
    Path noticeFile(Shell shell, String suggestedName);

    /** What to do when the round was saved by someone else since it was read. */
    Resolution conflict(Shell shell, String round, ConflictException conflict);

    /** Tells why the round cannot be saved now; it stays in the editor, unsaved. */
    void refuse(Shell shell, String message);

    /** Tells that something failed; nothing was stored. */
    void failed(Shell shell, String message, Throwable error);
}
