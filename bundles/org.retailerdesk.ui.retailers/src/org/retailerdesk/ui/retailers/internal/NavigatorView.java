package org.retailerdesk.ui.retailers.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;

/**
 * The service network as a tree: centre, district, market department, customer manager, delivery
 * route. Its selection (a {@link Node}) narrows the retailer list. The reference tables are read
 * once in a Job; children are made only when a node is expanded.
 */
public class NavigatorView extends ViewPart implements IShowInTarget {

    public static final String ID = "org.retailerdesk.ui.retailers.navigator";

    /**
     * A place in the tree. The same route lies under every manager of its market department, so
     * nodes, not model objects, are the tree's elements.
     */
    public record Node(Object element, Node parent) {

        /** @return the element of this node or of its nearest ancestor that is of that type, or null */
        public <T> T find(Class<T> type) {
            for (Node n = this; n != null; n = n.parent()) {
                if (type.isInstance(n.element())) {
                    return type.cast(n.element());
                }
            }
            return null;
        }
    }

    private TreeViewer viewer;
    private ServiceNetwork network;
    /** True while the view selects a retailer's place for "show in": the list keeps its filters then. */
    private boolean revealing;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new NetworkContent());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Node node ? name(node.element()) : String.valueOf(element);
            }
        });
        viewer.setInput(Messages.Navigator_loading);
        getSite().setSelectionProvider(viewer);

        StoreAccess.whenOpen().thenRun(() -> UiJob.of(Messages.Retailers_loadingReferences,
                monitor -> ServiceNetwork.read(StoreAccess.store())).owner(viewer.getControl()).onDone(this::show).onFailure(e -> {
                    ILog.of(getClass()).log(StoreAccess.errorStatus(e));
                    show(NLS.bind(Messages.Navigator_failed, e.getMessage()));
                }).schedule());
    }

    private void show(Object input) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        network = input instanceof ServiceNetwork n ? n : null;
        viewer.setInput(input);
        viewer.expandToLevel(2);
    }

    /** Selects and reveals the place of the retailer chosen in the part that asks ("show in"). */
    @Override
    public boolean show(ShowInContext context) {
        if (network == null || !(context.getSelection() instanceof IStructuredSelection selection)
                || !(selection.getFirstElement() instanceof Retailer retailer)) {
            return false;
        }
        List<Object> path = network.pathTo(retailer);
        if (path == null) {
            return false;
        }
        Node node = null;
        List<Node> nodes = new ArrayList<>();
        for (Object element : path) {
            node = new Node(element, node);
            nodes.add(node);
        }
        revealing = true;
        try {
            viewer.setSelection(new TreeSelection(new TreePath(nodes.toArray())), true);
        } finally {
            revealing = false;
        }
        return true;
    }

    /** True while the selection changes for "show in" rather than by the user. */
    public boolean isRevealing() {
        return revealing;
    }

    private static String name(Object element) {
        return switch (element) {
            case ServiceCentre c -> c.getName();
            case District d -> d.getName();
            case MarketDepartment m -> m.getName();
            case Staff s -> s.getName();
            case DeliveryRoute r -> r.getName();
            default -> String.valueOf(element);
        };
    }

    /** Roots: the centres, or one line saying why there are none yet. */
    private static final class NetworkContent implements ITreeContentProvider {

        private ServiceNetwork network;

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            network = newInput instanceof ServiceNetwork n ? n : null;
        }

        @Override
        public Object[] getElements(Object input) {
            return network == null ? new Object[] { input } : nodes(network.centres(), null);
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Node node ? nodes(network.childrenOf(node.element()), node) : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Node node ? node.parent() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Node node && !network.childrenOf(node.element()).isEmpty();
        }

        private static Object[] nodes(List<?> elements, Node parent) {
            return elements.stream().map(e -> new Node(e, parent)).toArray();
        }
    }

    /** For tests and the retailer list: the tree. */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
