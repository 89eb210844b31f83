package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Visit;
import org.retailerdesk.store.DuplicateKeyException;
import org.retailerdesk.store.RetailerQuery;

/**
 * What identifies a licence, a publicity record and a visit is unique in the database (schema
 * version 8), so a second write of the same key is refused with a message saying which, and
 * writes nothing, whoever wrote the first.
 */
public class UniqueKeysTest extends StoreTestBase {

    @Test
    public void aSecondRetailerWithTheSameLicenceIsRefused() {
        Retailer first = (Retailer) fixtures.saved(Fixtures.P.getRetailer());
        Retailer second = (Retailer) fixtures.create(Fixtures.P.getRetailer());
        second.setCustomerCode(first.getCustomerCode() + "9"); //$NON-NLS-1$
        second.setLicenceNumber(first.getLicenceNumber());
        assertRefused(second, "licence number"); //$NON-NLS-1$
        assertEquals(1, store.retailers().count(RetailerQuery.all()));
    }

    @Test
    public void aSecondPublicityRecordOfTheSameRetailerDateAndPolicyIsRefused() {
        PublicityRecord first = (PublicityRecord) fixtures.create(Fixtures.P.getPublicityRecord());
        first.setVisit(null);
        store.insert(first);
        PublicityRecord second = EcoreUtil.copy(first);
        second.setId(0);
        second.setVersion(0);
        second.setNote("again"); //$NON-NLS-1$
        assertRefused(second, "publicity record"); //$NON-NLS-1$
        assertEquals(1, store.findBy(PublicityRecord.class, first.getRetailer().getId()).size());
    }

    @Test
    public void aSecondVisitOfTheSameRetailerDateAndVisitorIsRefused() {
        Visit first = store.insert((Visit) fixtures.create(Fixtures.P.getVisit()));
        Visit second = EcoreUtil.copy(first);
        second.setId(0);
        second.setVersion(0);
        // in a batch too, as an import writes it
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
                () -> store.write(tx -> {
                    tx.insertAll(List.of(second));
                    return null;
                }));
        assertTrue(e.getMessage().contains("visit"), e.getMessage()); //$NON-NLS-1$
        assertEquals(1, store.findBy(Visit.class, first.getRetailer().getId()).size());
    }

    private void assertRefused(Entity duplicate, String what) {
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> store.insert(duplicate));
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }
}
