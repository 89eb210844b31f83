package org.retailerdesk.ui.internal;

import java.time.LocalDate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;

/**
 * What a database that holds no centre yet becomes on its first start: the demo centre, or an
 * empty centre (only its {@link ServiceCentre} row) that the Overview's setup guide walks through.
 * {@code -Dretailerdesk.demoRetailers} answers the question without asking (0: empty, N: a demo
 * centre of N retailers), so that tests, benchmarks and scripts never meet a dialog.
 */
public final class FirstStart {

    /** The code of an empty centre; the user names it in the first-start dialog. */
    public static final String DEFAULT_CENTRE_CODE = "SC01"; //$NON-NLS-1$

    /**
     * The answer to the first-start question.
     *
     * @param retailers  the demo centre's size, or 0 for an empty centre
     * @param centreCode code of the empty centre (unused for a demo)
     * @param centreName name of the empty centre (unused for a demo)
     */
    public record Choice(int retailers, String centreCode, String centreName) {

        public static Choice demo(int retailers) {
            if (retailers <= 0) {
                throw new IllegalArgumentException("a demo centre has retailers: " + retailers); //$NON-NLS-1$
            }
            return new Choice(retailers, null, null);
        }

        public static Choice empty(String code, String name) {
            if (code == null || code.isBlank() || name == null || name.isBlank()) {
                throw new IllegalArgumentException("an empty centre has a code and a name"); //$NON-NLS-1$
            }
            return new Choice(0, code.strip(), name.strip());
        }

        /** An empty centre with the default code and name (the user may rename it later). */
        public static Choice emptyWithDefaults() {
            return empty(DEFAULT_CENTRE_CODE, Messages.FirstStart_defaultName);
        }

        public boolean isDemo() {
            return retailers > 0;
        }
    }

    private FirstStart() {
    }

    /**
     * @return the choice {@code -Dretailerdesk.demoRetailers} makes, or null when it is not set (or
     *         not a number) and the user is to be asked
     */
    public static Choice fromProperty() {
        Integer retailers = Integer.getInteger(StoreAccess.DEMO_RETAILERS_PROPERTY);
        if (retailers == null) {
            return null;
        }
        return retailers > 0 ? Choice.demo(retailers) : Choice.emptyWithDefaults();
    }

    /**
     * Fills the store as chosen.
     *
     * @return the demo centre written, or null for an empty centre
     * @throws org.eclipse.core.runtime.OperationCanceledException when the demo's writing is cancelled
     */
    public static DemoData.Summary apply(Store store, Choice choice, IProgressMonitor monitor) {
        if (choice.isDemo()) {
            return DemoData.load(store, choice.retailers(), DemoData.DEFAULT_SEED, LocalDate.now(), monitor);
        }
        ServiceCentre centre = RetailerdeskFactory.eINSTANCE.createServiceCentre();
        centre.setCode(choice.centreCode());
        centre.setName(choice.centreName());
        store.insert(centre);
        return null;
    }
}
