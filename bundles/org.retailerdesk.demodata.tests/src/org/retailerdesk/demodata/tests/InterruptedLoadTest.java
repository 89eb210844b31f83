package org.retailerdesk.demodata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Guidance;
import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.OperatingRecord;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StockCount;
import org.retailerdesk.model.Visit;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.store.Transaction;
import org.retailerdesk.store.UnitOfWork;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/** A demo centre whose writing stops half-way is known as incomplete at the next start, and finished or discarded. */
public class InterruptedLoadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final int RETAILERS = 1500;
    private static final long SEED = 9;
    /** Chunks written before the load is cancelled. */
    private static final int CHUNKS_BEFORE_CANCEL = 1;

    /** Cancelled when the load asks the (CHUNKS_BEFORE_CANCEL + 1)-th time, i.e. before that chunk. */
    private static final class CancelAfterChunks extends NullProgressMonitor {
        private int asked;

        @Override
        public boolean isCanceled() {
            return ++asked > CHUNKS_BEFORE_CANCEL;
        }
    }

    private static <R> R withStore(Path home, Function<Store, R> work) {
        DerbyStore store = new DerbyStore(home);
        try {
            store.open();
            TempStore.signInAdministrator(store);
            return work.apply(store);
        } finally {
            store.close();
        }
    }

    /** The product closed while it wrote the demo centre: the store is closed, the load stops. */
    private static void interruptedLoad(Path home) {
        withStore(home, store -> assertThrows(OperationCanceledException.class,
                () -> DemoData.load(store, RETAILERS, SEED, TODAY, new CancelAfterChunks())));
    }

    /** What a centre consists of: retailers, reference entities and records of each type, counted. */
    private static Map<String, Object> contents(Store store) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("retailers", store.retailers().count(RetailerQuery.all()));
        out.put("by grade", store.retailers().countByGrade(RetailerQuery.all()));
        out.put("customer codes", store.retailers().findRetailerRows(RetailerQuery.all().page(0, RETAILERS + 1)).stream()
                .map(Retailer::getCustomerCode).sorted().toList());
        for (Class<? extends Entity> type : List.of(ServiceCentre.class, Staff.class, PriorityHousehold.class,
                Inspection.class, StockCount.class, Guidance.class, OperatingRecord.class, Visit.class,
                PublicityRecord.class)) {
            out.put(type.getSimpleName(), store.findAll(type).size());
        }
        return out;
    }

    @Test
    public void anInterruptedLoadIsIncompleteAtTheNextStart(@TempDir Path home) {
        interruptedLoad(home);
        withStore(home, store -> {
            assertEquals(new DemoData.Incomplete(CHUNKS_BEFORE_CANCEL * BulkLoad.BULK_CHUNK, RETAILERS),
                    DemoData.incomplete(store));
            return null;
        });
    }

    @Test
    public void aCompleteLoadIsNotIncomplete(@TempDir Path home) {
        withStore(home, store -> {
            DemoData.load(store, 300, SEED, TODAY, new NullProgressMonitor());
            assertNull(DemoData.incomplete(store));
            return null;
        });
        withStore(home, store -> {
            assertNull(DemoData.incomplete(store), "after a restart too");
            return null;
        });
    }

    @Test
    public void finishingWritesTheSameCentreAsAnUninterruptedLoad(@TempDir Path interrupted, @TempDir Path whole) {
        DemoData.Summary expected = withStore(whole,
                store -> DemoData.load(store, RETAILERS, SEED, TODAY, new NullProgressMonitor()));
        Map<String, Object> expectedContents = withStore(whole, InterruptedLoadTest::contents);

        interruptedLoad(interrupted);
        DemoData.Summary finished = withStore(interrupted, store -> DemoData.finish(store, new NullProgressMonitor()));
        assertEquals(expected, finished);
        withStore(interrupted, store -> {
            assertNull(DemoData.incomplete(store), "complete after finishing");
            assertEquals(expectedContents, contents(store));
            return null;
        });
    }

    /**
     * The store, except that the transaction of the second chunk of retailers fails after its
     * retailers and first records are written, as a full disk or a closing database would.
     */
    private static Store failingInSecondChunk(Store store) {
        int[] chunks = { 0 };
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] { Store.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("write")) { //$NON-NLS-1$
                        UnitOfWork<?> work = (UnitOfWork<?>) args[0];
                        return store.write(tx -> work.run(failing(tx, ++chunks[0] == 3)));
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The transaction; when {@code fail}, its third batch throws. */
    private static Transaction failing(Transaction tx, boolean fail) {
        int[] batches = { 0 };
        return (Transaction) Proxy.newProxyInstance(Transaction.class.getClassLoader(),
                new Class<?>[] { Transaction.class }, (proxy, method, args) -> {
                    if (fail && method.getName().equals("insertAll") && ++batches[0] == 3) { //$NON-NLS-1$
                        throw new StoreException("disk full"); //$NON-NLS-1$
                    }
                    try {
                        return method.invoke(tx, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    public void aChunkThatFailsLeavesNothingOfItAndIsWrittenByFinishing(@TempDir Path failed, @TempDir Path whole) {
        Map<String, Object> expectedContents = withStore(whole, store -> {
            DemoData.load(store, RETAILERS, SEED, TODAY, new NullProgressMonitor());
            return contents(store);
        });
        // writes: the reference entities, the first chunk, the second chunk (fails)
        withStore(failed, store -> assertThrows(StoreException.class,
                () -> DemoData.load(failingInSecondChunk(store), RETAILERS, SEED, TODAY, new NullProgressMonitor())));
        withStore(failed, store -> {
            assertEquals(new DemoData.Incomplete(BulkLoad.BULK_CHUNK, RETAILERS), DemoData.incomplete(store));
            DemoData.finish(store, new NullProgressMonitor());
            assertEquals(expectedContents, contents(store), "no record of the failed chunk left twice or missing");
            return null;
        });
    }

    @Test
    public void startingEmptyLeavesNoDemoData(@TempDir Path home) {
        interruptedLoad(home);
        withStore(home, store -> {
            StoreInfo info = DemoData.startEmpty(store);
            TempStore.signInAdministrator(store);
            assertTrue(info.created(), "a new database");
            assertEquals(0, store.retailers().count(RetailerQuery.all()));
            assertTrue(store.findAll(ServiceCentre.class).isEmpty(), "no demo reference data");
            assertNull(DemoData.incomplete(store));
            return null;
        });
        withStore(home, store -> {
            assertEquals(0, store.retailers().count(RetailerQuery.all()), "still empty after a restart");
            assertNull(DemoData.incomplete(store));
            assertFalse(store.open().created());
            return null;
        });
    }
}
