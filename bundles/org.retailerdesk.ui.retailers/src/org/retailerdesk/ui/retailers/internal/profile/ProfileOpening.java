package org.retailerdesk.ui.retailers.internal.profile;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;

/** Opens profile editors on retailers: from a selection, and on double-click or Enter in a list. */
public final class ProfileOpening {

    /** At most this many profiles open from one selection, so selecting all rows opens no thousands. */
    static final int MAX_AT_ONCE = 10;

    private ProfileOpening() {
    }

    /** Double-click or Enter in {@code list} opens the profiles of the site's selected retailers. */
    public static void hook(Control list, IWorkbenchPartSite site) {
        list.addListener(SWT.MouseDoubleClick, e -> open(site.getPage(), site.getSelectionProvider().getSelection()));
        list.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                open(site.getPage(), site.getSelectionProvider().getSelection());
            }
        });
    }

    /** Opens the profiles of the retailers in a selection (the first {@value #MAX_AT_ONCE}); returns the last opened. */
    public static IEditorPart open(IWorkbenchPage page, ISelection selection) {
        IEditorPart last = null;
        if (selection instanceof IStructuredSelection structured) {
            int opened = 0;
            for (Object element : structured) {
                if (element instanceof Retailer retailer && opened++ < MAX_AT_ONCE) {
                    last = open(page, retailer);
                }
            }
        }
        return last;
    }

    public static IEditorPart open(IWorkbenchPage page, Retailer retailer) {
        try {
            return page.openEditor(ProfileEditorInput.of(retailer), ProfileEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            ILog.of(ProfileOpening.class).log(e.getStatus());
            return null;
        }
    }
}
