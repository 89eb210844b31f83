package org.retailerdesk.allocation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RetailerSets;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.retailers.Licences;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;

/** A suspended or cancelled retailer is no candidate of a round; once resumed it is again. */
public class OutOfBusinessTest {

    private static Set<Long> candidates(Store store) {
        RetailerSet set = RetailerSets.fromStore(store, FixedClock.TODAY, new NullProgressMonitor());
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < set.size(); i++) {
            ids.add(set.id(i));
        }
        return ids;
    }

    @Test
    public void aSuspendedOrCancelledRetailerGetsNothing() {
        try (TempStore temp = TempStore.withDemoCentre(150, 8)) {
            Store store = temp.store();
            List<Retailer> active = store.retailers().findRetailers(RetailerQuery.all().page(0, 150)).rows().stream()
                    .filter(r -> r.getStatus() == RetailerStatus.ACTIVE).toList();
            Set<Long> before = candidates(store);
            assertEquals(active.size(), before.size());
            Retailer suspended = active.get(3);
            Retailer cancelled = active.get(4);
            Licences licences = new Licences(store, FixedClock.CLOCK);
            licences.suspend(suspended.getId(), FixedClock.TODAY.minusDays(2), null);
            licences.cancel(cancelled.getId(), FixedClock.TODAY, null);

            Set<Long> after = candidates(store);
            assertEquals(before.size() - 2, after.size());
            assertFalse(after.contains(suspended.getId()));
            assertFalse(after.contains(cancelled.getId()));

            licences.resume(suspended.getId(), FixedClock.TODAY, null);
            assertTrue(candidates(store).contains(suspended.getId()), "back in business, back in the rounds"); //$NON-NLS-1$
        }
    }
}
