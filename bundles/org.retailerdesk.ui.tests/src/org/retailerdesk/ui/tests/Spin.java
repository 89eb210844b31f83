package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.Store;

/** Runs the UI event loop while tests wait for Jobs and delayed updates. */
final class Spin {

    private Spin() {
    }

    /** Runs the event loop until the condition holds; fails after a minute. */
    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
    }

    /** Runs the event loop for a while, e.g. to let a change that should not happen show itself. */
    static void idle(long millis) throws InterruptedException {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
    }

    /** The store once the workbench has opened it. */
    static org.retailerdesk.store.Store store() throws InterruptedException {
        until("the store", () -> org.retailerdesk.ui.StoreAccess.whenOpen().isDone());
        return org.retailerdesk.ui.StoreAccess.store();
    }

    /** The active workbench page. */
    static org.eclipse.ui.IWorkbenchPage page() {
        return org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /**
     * The retailer at about {@code share} of the query's rows in customer-code order: tests that
     * change a retailer each take their own, whatever the size of the test centre.
     */
    static Retailer retailerAt(Store store, RetailerQuery query, double share) {
        RetailerQuery byCode = query.sortedBy(RetailerSort.CUSTOMER_CODE, true);
        long rows = store.retailers().count(byCode);
        return store.retailers().findRetailerRows(byCode.page((int) (rows * share), 1)).get(0);
    }
}
