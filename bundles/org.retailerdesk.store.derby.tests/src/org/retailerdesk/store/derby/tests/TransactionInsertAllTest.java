package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;

/** {@code Transaction.insertAll} (all-or-nothing batches for imports) and {@code Store.findRetailersByKeys}. */
public class TransactionInsertAllTest extends StoreTestBase {

    @Test
    public void insertAllCommitsWithTheUnitOfWorkAndOneAuditRowPerBatch() throws Exception {
        Retailers data = new Retailers(store, 3);
        List<Retailer> rows = data.retailers(0, 1500);
        long auditBefore = sqlLong("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$
        store.write(tx -> {
            tx.insertAll(rows.subList(0, 1000));
            tx.insertAll(rows.subList(1000, 1500));
            return null;
        });
        assertEquals(1500, store.retailers().count(RetailerQuery.all()));
        assertEquals(auditBefore + 2, sqlLong("SELECT COUNT(*) FROM RD_AUDIT")); //$NON-NLS-1$
        assertTrue(rows.stream().allMatch(r -> r.getId() > 0 && r.getVersion() == 1));
        Fixtures.assertSameValues(rows.get(1200), store.get(Retailer.class, rows.get(1200).getId()));
        assertTrue(store.bulk().awaitSearchIndex(1, TimeUnit.MINUTES));
        Retailer r = rows.get(777);
        assertTrue(store.retailers().findRetailers(RetailerQuery.all().withText(r.getShopName())).rows().stream()
                .anyMatch(x -> x.getId() == r.getId()), "searchable after the indexer ran");
    }

    @Test
    public void insertAllIsRolledBackWithTheUnitOfWork() throws Exception {
        Retailers data = new Retailers(store, 4);
        List<Retailer> rows = data.retailers(0, 1200);
        long auditBefore = sqlLong("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$
        assertThrows(IllegalStateException.class, () -> store.write(tx -> {
            tx.insertAll(rows.subList(0, 1000));
            tx.insertAll(rows.subList(1000, 1200));
            throw new IllegalStateException("cancelled"); //$NON-NLS-1$
        }));
        assertEquals(0, store.retailers().count(RetailerQuery.all()));
        assertEquals(0, sqlLong("SELECT COUNT(*) FROM RD_RETAILER")); //$NON-NLS-1$
        assertEquals(0, sqlLong("SELECT COUNT(*) FROM RD_RETAILER_SEARCH_BACKLOG")); //$NON-NLS-1$
        assertEquals(auditBefore, sqlLong("SELECT COUNT(*) FROM RD_AUDIT")); //$NON-NLS-1$
        assertTrue(rows.stream().allMatch(r -> r.getId() == 0 && r.getVersion() == 0), "ids taken back");
    }

    @Test
    public void findsRetailersByCustomerCodeOrLicenceNumber() {
        Retailers data = new Retailers(store, 5);
        List<Retailer> rows = data.retailers(0, 600);
        store.bulk().bulkInsert(Retailer.class, rows);
        List<String> codes = rows.subList(0, 450).stream().map(Retailer::getCustomerCode).toList();
        List<String> licences = List.of(rows.get(500).getLicenceNumber(), rows.get(3).getLicenceNumber());
        Set<Long> found = store.retailers().findRetailersByKeys(codes, licences).stream().map(Retailer::getId)
                .collect(Collectors.toSet());
        assertEquals(451, found.size());
        assertTrue(found.contains(rows.get(500).getId()));
        assertTrue(found.contains(rows.get(449).getId()));
        assertTrue(store.retailers().findRetailersByKeys(List.of("999999999999"), List.of()).isEmpty()); //$NON-NLS-1$
    }
}
