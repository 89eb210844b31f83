package org.retailerdesk.ui.retailers.internal.profile;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.retailerdesk.model.LicenceEventKind;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.retailers.Licences;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;

/**
 * A licence event from the workbench, wherever it is asked for (the History page, the retailer
 * list's context menu): says why it cannot happen if the retailer's state refuses it, stops while
 * the retailer's profile has unsaved changes (the event writes the retailer), asks for the event in
 * a {@link LicenceDialog}, and shows the stored retailer in its open profile afterwards.
 */
public final class LicenceActions {

    /** How the dialog of an event is opened; tests open it without blocking. */
    @FunctionalInterface
    public interface Opener {
        /** @return the stored retailer after the event, or null when it was not recorded */
        Retailer open(LicenceDialog dialog);
    }

    /** Opens the dialog and waits for it, as a person uses it. */
    public static final Opener INTERACTIVE = dialog -> dialog.open() == Window.OK ? dialog.stored() : null;

    private static Opener opener = INTERACTIVE;

    private LicenceActions() {
    }

    /** For tests: who answers the dialog (null: a person). */
    public static void setOpener(Opener o) {
        opener = o == null ? INTERACTIVE : o;
    }

    /** @return the retailer as stored after the event, or null when nothing was recorded */
    public static Retailer run(Shell shell, IWorkbenchPage page, Retailer retailer, LicenceEventKind kind) {
        String title = ModelLabels.valueLabel(kind);
        String refusal = Licences.refusal(retailer, kind);
        if (refusal != null) {
            MessageDialog.openInformation(shell, title, refusal);
            return null;
        }
        List<ProfileEditor> editors = openEditors(page, retailer.getId());
        for (ProfileEditor editor : editors) {
            if (editor.isDirty()) {
                MessageDialog.openInformation(shell, title, NLS.bind(Messages.Licence_saveFirst, editor.getPartName()));
                page.activate(editor);
                return null;
            }
        }
        // the profile's working copy, if open, is what the user sees
        Retailer shown = editors.isEmpty() || editors.get(0).workingCopy() == null ? retailer : editors.get(0).workingCopy();
        Retailer stored = opener.open(new LicenceDialog(shell, shown, kind));
        if (stored != null) {
            openEditors(page, retailer.getId()).forEach(e -> e.reloaded(stored));
        }
        return stored;
    }

    /** The profile editors open on the retailer. */
    private static List<ProfileEditor> openEditors(IWorkbenchPage page, long retailerId) {
        List<ProfileEditor> out = new ArrayList<>();
        for (IEditorReference ref : page.getEditorReferences()) {
            try {
                if (ref.getEditorInput() instanceof ProfileEditorInput in && in.retailerId() == retailerId
                        && ref.getEditor(false) instanceof ProfileEditor editor) {
                    out.add(editor);
                }
            } catch (PartInitException e) {
                // an editor that cannot say its input is not one of ours
            }
        }
        return out;
    }
}
