package org.retailerdesk.visits.tests;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.store.derby.internal.DerbyStore;

/** A store on a fresh database in a test's folder, optionally with a small demo centre. */
final class DemoStore {

    /** The demo centre's day: fixed, so the visits and the expected answers do not depend on the calendar. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private DemoStore() {
    }

    static DerbyStore open(Path home, int retailers) {
        DerbyStore store = new DerbyStore(home);
        store.open();
        if (retailers > 0) {
            DemoData.load(store, retailers, 7, TODAY, new NullProgressMonitor());
        }
        return store;
    }
}
