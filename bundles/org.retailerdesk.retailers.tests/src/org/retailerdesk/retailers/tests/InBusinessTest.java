package org.retailerdesk.retailers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.retailers.InBusiness;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.TempStore;

/** Who is in business, in Java and as the store's query selects it. */
public class InBusinessTest {

    @Test
    public void onlyAnActiveRetailerIsInBusiness() {
        Retailer r = RetailerdeskFactory.eINSTANCE.createRetailer();
        r.setStatus(RetailerStatus.ACTIVE);
        assertTrue(InBusiness.is(r));
        r.setStatus(RetailerStatus.SUSPENDED);
        assertFalse(InBusiness.is(r));
        r.setStatus(RetailerStatus.CLOSED);
        assertFalse(InBusiness.is(r));
        assertEquals(Set.of(RetailerStatus.ACTIVE), InBusiness.only(RetailerQuery.all()).statuses());
    }

    @Test
    public void theQueryListsAndCountsTheRetailersInBusiness() {
        try (TempStore temp = TempStore.withDemoCentre(120, 9)) {
            Store store = temp.store();
            List<Retailer> all = store.retailers().findRetailers(RetailerQuery.all().page(0, 200)).rows();
            store.write(tx -> {
                for (int i = 0; i < 30; i++) {
                    Retailer r = all.get(i * 4);
                    r.setStatus(i % 2 == 0 ? RetailerStatus.SUSPENDED : RetailerStatus.CLOSED);
                    tx.update(r);
                }
                return null;
            });
            List<Long> active = store.retailers().findRetailers(RetailerQuery.all().page(0, 200)).rows().stream()
                    .filter(r -> r.getStatus() == RetailerStatus.ACTIVE).map(Entity::getId).sorted().toList();
            assertTrue(active.size() < all.size() - 29, "thirty are out of business, the demo's own besides"); //$NON-NLS-1$
            RetailerQuery inBusiness = InBusiness.only(RetailerQuery.all()).page(0, 200);
            assertEquals(active.size(), store.retailers().count(inBusiness));
            assertEquals(active, store.retailers().findRetailerRows(inBusiness).stream().map(Entity::getId).sorted().toList());
            assertEquals(active.size(), store.retailers().countByGrade(inBusiness).values().stream()
                    .mapToLong(Long::longValue).sum());
        }
    }
}
