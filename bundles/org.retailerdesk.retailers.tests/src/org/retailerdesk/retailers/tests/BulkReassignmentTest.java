package org.retailerdesk.retailers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.retailers.Reassignment;
import org.retailerdesk.retailers.Reassignment.Result;
import org.retailerdesk.retailers.Reassignment.Target;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.TempStore;

/**
 * Twenty thousand retailers moved to one manager in one transaction, each audited; how long it
 * takes is logged for the record (timed goals are benchmarks, not tests).
 */
public class BulkReassignmentTest {

    private static final int RETAILERS = 20_000;

    @Test
    public void twentyThousandRetailersMoveInOneTransaction() {
        try (TempStore temp = TempStore.withDemoCentre(RETAILERS, 21)) {
            Store store = temp.store();
            Staff to = store.findAll(Staff.class).stream().filter(s -> s.getRole() == StaffRole.CUSTOMER_MANAGER)
                    .findFirst().orElseThrow();
            RetailerQuery all = RetailerQuery.all();
            long already = store.retailers().count(all.withCustomerManager(to.getId()));
            long sample = store.retailers().findRetailerRows(all.page(RETAILERS - 100, 100)).stream()
                    .filter(r -> r.getCustomerManager().getId() != to.getId()).findFirst().orElseThrow().getId();
            long t0 = System.nanoTime();
            Result result = Reassignment.reassign(store, all, new Target(to.getId(), null, null), new NullProgressMonitor());
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "reassigned %d retailers (%d there already) in one transaction: %.1f s%n",
                    result.moved(), result.unchanged(), seconds);
            assertEquals(new Result(RETAILERS - (int) already, (int) already), result);
            assertEquals(RETAILERS, store.retailers().count(all.withCustomerManager(to.getId())));
            AuditEntry newest = store.audit().auditTrail(sample, 0, 1).rows().get(0);
            assertEquals(List.of(AuditAction.UPDATE, "customerManager", String.valueOf(to.getId())), //$NON-NLS-1$
                    List.of(newest.action(), newest.field(), newest.newValue()), "one of the last ones moved, audited"); //$NON-NLS-1$
        }
    }
}
