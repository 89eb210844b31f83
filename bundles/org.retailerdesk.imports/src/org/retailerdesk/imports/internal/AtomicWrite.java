package org.retailerdesk.imports.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.ImportException;
import org.retailerdesk.model.Entity;
import org.retailerdesk.security.Operation;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.DuplicateKeyException;
import org.retailerdesk.store.StoreException;

/**
 * The write of every import commit: first the few entities the rows refer to that the commit
 * creates (a new district, a route …), one by one with their audit rows; then the new entities of
 * the rows in batches ({@code Transaction.insertAll}, one audit summary row per batch), then each
 * changed one with one audit row per changed field, all in one store transaction, checking for
 * cancellation between batches. All or nothing: after a failure the store has taken back the ids it
 * gave, so the same objects can be written again.
 */
public final class AtomicWrite {

    private AtomicWrite() {
    }

    /**
     * The permission check of every dry run and commit, before the file is read: importing needs
     * {@link Operation#IMPORT_DATA}, whatever the rows would write.
     *
     * @throws org.retailerdesk.store.AccessDeniedException when the signed-in user may not import (audited)
     */
    public static void checkMayImport(Store store, Path file) {
        store.access().require(Operation.IMPORT_DATA, file.getFileName().toString());
    }

    /**
     * @param created  entities of several classes, inserted one by one in this order before the rest
     * @param inserts  new entities of one class, inserted in batches
     * @param progress the message for the progress of the inserts: {0} written, {1} in all
     * @param recheck  when a unique constraint refused the write (a key taken since the caller's
     *                 check, e.g. by another workstation), runs the caller's check again, to throw
     *                 the {@link ImportException} that names the file, row and column
     * @throws ImportException when the store refuses (a conflict or a constraint); nothing was written
     * @throws OperationCanceledException when cancelled; the transaction was rolled back
     */
    public static void run(Store store, Path file, List<? extends Entity> created, List<? extends Entity> inserts,
            List<? extends Entity> updates, String progress, SubMonitor monitor, Runnable recheck) {
        SubMonitor writing = monitor.setWorkRemaining(created.size() + inserts.size() + updates.size() + 1);
        try {
            store.write(tx -> {
                for (Entity e : created) {
                    tx.insert(e);
                    writing.worked(1);
                }
                for (int from = 0; from < inserts.size(); from += BulkLoad.BULK_CHUNK) {
                    checkCancelled(writing);
                    List<? extends Entity> chunk = inserts.subList(from, Math.min(inserts.size(), from + BulkLoad.BULK_CHUNK));
                    tx.insertAll(chunk);
                    writing.worked(chunk.size());
                    writing.subTask(NLS.bind(progress, from + chunk.size(), inserts.size()));
                }
                for (int i = 0; i < updates.size(); i++) {
                    if (i % 100 == 0) {
                        checkCancelled(writing);
                    }
                    tx.update(updates.get(i));
                    writing.worked(1);
                }
                checkCancelled(writing);
                return null;
            });
        } catch (ConflictException e) {
            throw new ImportException(file, 0, null, NLS.bind(Messages.Commit_stale, file.getFileName(), e.getMessage()), e);
        } catch (DuplicateKeyException e) {
            recheck.run();
            // the key's holder is gone again: say what the store said
            throw new ImportException(file, 0, null, NLS.bind(Messages.Commit_failed, file.getFileName(), e.getMessage()), e);
        } catch (StoreException e) {
            throw new ImportException(file, 0, null, NLS.bind(Messages.Commit_failed, file.getFileName(), e.getMessage()), e);
        }
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
