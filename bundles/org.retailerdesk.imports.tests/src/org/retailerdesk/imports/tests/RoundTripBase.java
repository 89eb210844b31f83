package org.retailerdesk.imports.tests;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;

/**
 * What a round trip goes between: a source database with a demo centre, and a target with only
 * the same service network (districts, staff, policies), so that codes mean the same in both.
 */
abstract class RoundTripBase {

    static final LocalDate TODAY = FixedClock.TODAY;

    /** Where the tests write their files. */
    @TempDir
    Path dir;
    private TempStore sourceFolder;
    private TempStore targetFolder;
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
        sourceFolder = TempStore.withDemoCentre(retailers, seed);
        source = sourceFolder.store();
        targetFolder = TempStore.open();
        target = targetFolder.store();
        DemoData.loadNetwork(target, retailers, seed, TODAY);
    }

    @AfterEach
    void closeStores() {
        sourceFolder.close();
        targetFolder.close();
    }
}
