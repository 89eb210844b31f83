package org.retailerdesk.imports.tests;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.store.derby.internal.DerbyStore;

/**
 * What a round trip goes between: a source database with a demo centre, and a target with only
 * the same service network (districts, staff, policies), so that codes mean the same in both.
 */
abstract class RoundTripBase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    DerbyStore source;
    DerbyStore target;

    private final int retailers;
    private final long seed;

    /** A demo centre of that many retailers, made with that seed. */
    RoundTripBase(int retailers, long seed) {
        this.retailers = retailers;
        this.seed = seed;
    }

    @BeforeEach
    void openStores() {
        source = new DerbyStore(dir.resolve("source")); //$NON-NLS-1$
        source.open();
        DemoData.load(source, retailers, seed, TODAY, new NullProgressMonitor());
        target = new DerbyStore(dir.resolve("target")); //$NON-NLS-1$
        target.open();
        DemoData.loadNetwork(target, retailers, seed, TODAY);
    }

    @AfterEach
    void closeStores() {
        source.close();
        target.close();
    }
}
