package org.retailerdesk.allocation;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.Store;

/** Reads every retailer, by customer code, a page at a time: for notices and lists that name a round's retailers. */
public final class RetailerPages {

    /** Retailers per page read from the store. */
    private static final int PAGE = 2000;

    private RetailerPages() {
    }

    /**
     * Hands every retailer of the store to {@code each}, in customer-code order.
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static void forEach(Store store, IProgressMonitor monitor, Consumer<Retailer> each) {
        RetailerQuery query = RetailerQuery.all().sortedBy(RetailerSort.CUSTOMER_CODE, true);
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.ceilDiv(store.retailers().count(query), PAGE) + 1);
        for (int offset = 0;; offset += PAGE) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            // the count is known: pages without counting again
            List<Retailer> rows = store.retailers().findRetailerRows(query.page(offset, PAGE));
            rows.forEach(each);
            progress.worked(1);
            if (rows.size() < PAGE) {
                return;
            }
        }
    }
}
