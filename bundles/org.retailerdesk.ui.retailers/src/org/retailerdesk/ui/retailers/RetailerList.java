package org.retailerdesk.ui.retailers;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.ui.retailers.internal.RetailersView;

/** How other bundles show retailers in the Retailers view. For the UI thread. */
public final class RetailerList {

    /** Id of the Retailers view. */
    public static final String VIEW_ID = RetailersView.ID;

    private RetailerList() {
    }

    /**
     * Opens the Retailers view on the retailers of a query: its filters go into the view's filter
     * bar, and a condition the bar has no control for (such as {@link RetailerQuery#notTold()}) is
     * kept, named by {@code restriction} above the list, until the user drops it.
     *
     * @return the query the view now lists (its first page, in the view's sort)
     */
    public static RetailerQuery show(IWorkbenchPage page, RetailerQuery query, String restriction)
            throws PartInitException {
        RetailersView view = (RetailersView) page.showView(VIEW_ID);
        view.show(query, restriction);
        return view.getAdapter(RetailerQuery.class);
    }
}
