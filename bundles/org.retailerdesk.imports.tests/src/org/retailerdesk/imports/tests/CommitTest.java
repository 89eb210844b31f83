package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.ImportException;
import org.retailerdesk.imports.ImportResult;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;

/** The commit: one transaction, cancellable, refused when rows are rejected or the store moved on. */
public class CommitTest extends ImportTestBase {

    private static String file(int from, int count) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = from; i < from + count; i++) {
            sb.append(row(i, Integer.toString(1 + i % 30))).append('\n');
        }
        return sb.toString();
    }

    /** Cancels once the commit reports its first batch written (inside the transaction). */
    private static final class CancelAfterFirstBatch extends NullProgressMonitor {
        private int batches;

        @Override
        public void subTask(String name) {
            batches++;
        }

        @Override
        public boolean isCanceled() {
            return super.isCanceled() || batches > 0;
        }
    }

    @Test
    public void cancelMidCommitLeavesNothingAndTheDryRunCanBeCommittedLater() throws Exception {
        DryRun run = dryRun(csv("big.csv", file(1, 2500))); //$NON-NLS-1$
        assertEquals(2500, run.count(RowStatus.NEW));
        long audit = auditRows();
        CancelAfterFirstBatch monitor = new CancelAfterFirstBatch();
        assertThrows(OperationCanceledException.class, () -> importer.commit(run, false, monitor));
        assertEquals(1, monitor.batches, "cancelled after the first batch was written, before the second");
        assertNothingWritten(0, audit);
        assertEquals(0, store.bulk().searchIndexBacklog());
        assertTrue(run.rows().stream().allMatch(r -> r.retailer().getId() == 0), "ids taken back");

        ImportResult result = importer.commit(run, false, new NullProgressMonitor());
        assertEquals(new ImportResult(2500, 0, 0, 0), result);
        assertEquals(2500, retailers());
        assertEquals(audit + 3, auditRows(), "one summary audit row per batch of 1000");
        assertTrue(store.bulk().awaitSearchIndex(1, TimeUnit.MINUTES));
        assertEquals(1, store.retailers().count(RetailerQuery.all().withText("便利店1234号"))); //$NON-NLS-1$
        assertThrows(ImportException.class, () -> importer.commit(run, false, new NullProgressMonitor()),
                "a dry run is committed once");
    }

    @Test
    public void rejectedRowsBlockTheCommitUnlessSkipped() throws Exception {
        String text = HEADER + "\n" + row(1, "9") + "\n" + row(2, "9").replace("000000000002", "2") + "\n" + row(3, "3") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                + "\n"; //$NON-NLS-1$
        DryRun run = dryRun(csv("mixed.csv", text)); //$NON-NLS-1$
        assertEquals(1, run.count(RowStatus.REJECTED));
        long audit = auditRows();
        ImportException e = assertThrows(ImportException.class,
                () -> importer.commit(run, false, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("mixed.csv"), e.getMessage()); //$NON-NLS-1$
        assertNothingWritten(0, audit);
        assertEquals(new ImportResult(2, 0, 0, 1), importer.commit(run, true, new NullProgressMonitor()));
        assertEquals(2, retailers());
    }

    @Test
    public void changesInTheStoreAfterTheDryRunAreNotOverwritten() throws Exception {
        importer.commit(dryRun(csv("first.csv", file(1, 3))), false, new NullProgressMonitor()); //$NON-NLS-1$
        DryRun run = dryRun(csv("second.csv", file(1, 3).replace("便利店2号", "新店名"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(1, run.count(RowStatus.CHANGED));
        Retailer someoneElse = store.get(Retailer.class, run.rows().get(1).retailer().getId());
        someoneElse.setOwner("李四"); //$NON-NLS-1$
        store.update(someoneElse);
        long audit = auditRows();
        ImportException e = assertThrows(ImportException.class,
                () -> importer.commit(run, false, new NullProgressMonitor()));
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("000000000002"), e.getMessage()); //$NON-NLS-1$
        assertNothingWritten(3, audit);
        assertEquals("便利店2号", store.get(Retailer.class, someoneElse.getId()).getShopName()); //$NON-NLS-1$

        // a new row's customer code taken by someone else meanwhile
        DryRun adding = dryRun(csv("third.csv", file(10, 2))); //$NON-NLS-1$
        importer.commit(dryRun(csv("other.csv", file(11, 1))), false, new NullProgressMonitor()); //$NON-NLS-1$ //$NON-NLS-2$
        long audit2 = auditRows();
        ImportException taken = assertThrows(ImportException.class,
                () -> importer.commit(adding, false, new NullProgressMonitor()));
        assertTrue(taken.getMessage().contains("000000000011"), taken.getMessage()); //$NON-NLS-1$
        assertNothingWritten(4, audit2);
    }

    /**
     * Another workstation saves a retailer with a licence number of the file after the commit's own
     * check and before its transaction: the database's unique constraint refuses the write, and the
     * commit names the file, row and column, writing nothing.
     */
    @Test
    public void aLicenceTakenBetweenCheckAndTransactionRefusesTheCommitByRowAndColumn() throws Exception {
        DryRun run = dryRun(csv("licences.csv", file(1, 3))); //$NON-NLS-1$
        assertEquals(3, run.count(RowStatus.NEW));
        String colleagues = HEADER + "\n" + row(99, "5").replace("500000000099", "500000000002") + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        DryRun theirs = dryRun(csv("colleague.csv", colleagues)); //$NON-NLS-1$
        boolean[] done = { false };
        Store concurrent = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] { Store.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("write") && !done[0]) { //$NON-NLS-1$
                        done[0] = true;
                        importer.commit(theirs, false, new NullProgressMonitor());
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        long audit = auditRows();
        ImportException e = assertThrows(ImportException.class,
                () -> new RetailerImport(concurrent).commit(run, false, new NullProgressMonitor()));
        assertTrue(done[0], "the colleague's retailer was saved after the commit's check"); //$NON-NLS-1$
        assertEquals(3, e.row(), e.getMessage());
        assertEquals("许可证号", e.column(), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("licences.csv") && e.getMessage().contains("500000000002") //$NON-NLS-1$ //$NON-NLS-2$
                && e.getMessage().contains("000000000099"), e.getMessage()); //$NON-NLS-1$
        assertEquals(1, retailers(), "only the colleague's retailer"); //$NON-NLS-1$
        assertEquals(1, store.retailers().findRetailersByKeys(List.of("000000000001", "000000000002", "000000000003", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "000000000099"), List.of()).size()); //$NON-NLS-1$
        assertEquals(audit + 1, auditRows(), "the colleague's batch is audited, the refused commit left nothing"); //$NON-NLS-1$
    }
}
