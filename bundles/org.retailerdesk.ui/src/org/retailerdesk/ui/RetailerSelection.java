package org.retailerdesk.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchPartSite;
import org.retailerdesk.model.Retailer;

/**
 * The retailer the user works on, for views of other plug-ins that follow it (a chart, a map, a
 * checklist). The Retailers list and every other part that selects {@link Retailer}s (or objects
 * that adapt to one) publish their selection to the workbench; {@link #follow} turns that into
 * one call per newly selected retailer.
 *
 * <pre>
 * public void createPartControl(Composite parent) {
 *     ...
 *     RetailerSelection.follow(this, retailer -&gt; show(retailer));
 * }
 * </pre>
 *
 * The retailer handed over is the row the list shows: read what belongs to it (inspections,
 * visits) from the {@link org.retailerdesk.store.Store} in a Job, with its {@code getId()}.
 */
public final class RetailerSelection {

    /** The view that lists retailers; its selection is the current one when a follower starts. */
    public static final String RETAILERS_VIEW_ID = "org.retailerdesk.ui.retailers.list"; //$NON-NLS-1$

    private RetailerSelection() {
    }

    /**
     * Calls {@code listener} on the UI thread with the selected retailer: at once if the Retailers
     * list has one selected, then whenever another part selects a single retailer. Selections
     * without a retailer (an empty selection, a district) are ignored, so the follower keeps showing
     * the last retailer; so are the part's own selections. Stops when the part is disposed.
     *
     * @param part     the following part, after its site is set (in or after {@code createPartControl})
     * @param listener receives each newly selected retailer, never null
     */
    public static void follow(IWorkbenchPart part, Consumer<Retailer> listener) {
        IWorkbenchPartSite site = part.getSite();
        ISelectionService service = site.getWorkbenchWindow().getSelectionService();
        ISelectionListener selectionListener = new ISelectionListener() {
            private Retailer last;

            @Override
            public void selectionChanged(IWorkbenchPart source, ISelection selection) {
                Retailer retailer = source == part ? null : of(selection);
                // the list publishes its selection again when pages load: one call per change
                if (retailer != null && !sameRetailer(retailer, last)) {
                    last = retailer;
                    listener.accept(retailer);
                }
            }
        };
        service.addSelectionListener(selectionListener);
        site.getPage().addPartListener(new IPartListener2() {
            @Override
            public void partClosed(IWorkbenchPartReference ref) {
                if (ref.getPart(false) == part) {
                    service.removeSelectionListener(selectionListener);
                    site.getPage().removePartListener(this);
                }
            }
        });
        ISelection current = site.getPage().getSelection(RETAILERS_VIEW_ID);
        if (current != null) {
            selectionListener.selectionChanged(null, current);
        }
    }

    /**
     * The retailer a selection stands for: its only element, or what that element adapts to.
     *
     * @return the retailer, or null when the selection is empty, holds several elements or no retailer
     */
    public static Retailer of(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.size() == 1) {
            return Adapters.adapt(s.getFirstElement(), Retailer.class);
        }
        return null;
    }

    private static boolean sameRetailer(Retailer a, Retailer b) {
        return b != null && (a == b || a.getId() != 0 && a.getId() == b.getId());
    }
}
