package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.StoreException;

/** The bulk path: chunked transactions, one audit row per chunk, counts kept, search tokens built afterwards. */
public class BulkInsertTest extends StoreTestBase {

    @Test
    public void insertsInChunksWithOneAuditRowEach() throws Exception {
        Retailers data = new Retailers(store, 7);
        List<Retailer> rows = data.retailers(0, 2500);
        assertEquals(2500, store.bulk().bulkInsert(Retailer.class, rows));
        assertTrue(rows.stream().allMatch(r -> r.getId() > 0 && r.getVersion() == 1));
        assertEquals(2500, store.retailers().count(RetailerQuery.all()));
        assertEquals(2500, sqlLong("SELECT COUNT(*) FROM RD_RETAILER")); //$NON-NLS-1$
        assertEquals(3, sqlLong("SELECT COUNT(*) FROM RD_AUDIT WHERE ACTION = 'BULK_INSERT'")); //$NON-NLS-1$
        assertEquals(1000, sqlLong("SELECT COUNT(*) FROM RD_AUDIT WHERE ACTION = 'BULK_INSERT'" //$NON-NLS-1$
                + " AND NEW_VALUE LIKE 'rows=1000 %' AND ENTITY_ID = ?", rows.get(0).getId()) * 1000); //$NON-NLS-1$
        Retailer r = rows.get(1234);
        assertTrue(store.retailers().findRetailers(RetailerQuery.all().withText(r.getShopName())).rows().stream()
                .anyMatch(x -> x.getId() == r.getId()), "bulk rows are searchable");
        Fixtures.assertSameValues(r, store.get(Retailer.class, r.getId()));
    }

    @Test
    public void searchBacklogLeftAtCloseIsIndexedOnNextOpen() throws Exception {
        Retailers data = new Retailers(store, 9);
        store.pauseSearchIndexing(true);
        List<Retailer> rows = data.retailers(0, 1500);
        store.bulk().bulkInsert(Retailer.class, rows);
        assertEquals(1500, store.bulk().searchIndexBacklog());
        assertEquals(0, sqlLong("SELECT COUNT(*) FROM RD_RETAILER_TOKEN")); //$NON-NLS-1$
        assertFalse(store.bulk().awaitSearchIndex(10, TimeUnit.MILLISECONDS), "held");
        store = temp.reopen();
        assertTrue(store.bulk().awaitSearchIndex(1, TimeUnit.MINUTES));
        assertEquals(0, store.bulk().searchIndexBacklog());
        long tokens = 0;
        for (Retailer r : rows) {
            Set<String> bigrams = new HashSet<>();
            for (String text : new String[] { r.getShopName(), r.getAddress() }) {
                String s = text.toLowerCase(Locale.ROOT);
                for (int i = 0; i + 2 <= s.length(); i++) {
                    bigrams.add(s.substring(i, i + 2));
                }
            }
            tokens += bigrams.size();
        }
        assertEquals(tokens, sqlLong("SELECT COUNT(*) FROM RD_RETAILER_TOKEN")); //$NON-NLS-1$
        Retailer r = rows.get(700);
        assertTrue(store.retailers().findRetailers(RetailerQuery.all().withText(r.getAddress())).rows().stream()
                .anyMatch(x -> x.getId() == r.getId()), "found by its tokens");
    }

    @Test
    public void failedChunkIsRolledBackAndEarlierChunksStay() throws Exception {
        Retailers data = new Retailers(store, 8);
        List<Retailer> rows = new ArrayList<>(data.retailers(0, BulkLoad.BULK_CHUNK + 10));
        rows.get(BulkLoad.BULK_CHUNK + 5).setCustomerCode(rows.get(BulkLoad.BULK_CHUNK + 1).getCustomerCode());
        StoreException e = assertThrows(StoreException.class,
                () -> store.bulk().bulkInsert(Retailer.class, rows));
        assertTrue(e.getMessage().contains(Integer.toString(BulkLoad.BULK_CHUNK)), e.getMessage());
        assertEquals(BulkLoad.BULK_CHUNK, sqlLong("SELECT COUNT(*) FROM RD_RETAILER")); //$NON-NLS-1$
        assertEquals(BulkLoad.BULK_CHUNK, store.retailers().count(RetailerQuery.all()));
        assertEquals(1, sqlLong("SELECT COUNT(*) FROM RD_AUDIT WHERE ACTION = 'BULK_INSERT'")); //$NON-NLS-1$
        assertEquals(0, rows.get(BulkLoad.BULK_CHUNK + 1).getId(), "ids of the failed chunk taken back");
    }
}
