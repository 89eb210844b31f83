package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.Entity;
import org.retailerdesk.security.Principal;
import org.retailerdesk.store.AccessDeniedException;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.StoreException;

/** {@link BulkLoad} on Derby: chunks of one transaction and one batch each; the search indexer behind them. */
final class BulkLoader implements BulkLoad {

    private final Writing w;

    BulkLoader(Writing w) {
        this.w = w;
    }

    @Override
    public <T extends Entity> long bulkInsert(Class<T> type, Iterable<? extends T> entities) {
        EntityTable t = w.db().schema.table(w.db().schema.eClass(type));
        Principal actor = w.db().signedIn();
        long stored = 0;
        Iterator<? extends T> it = entities.iterator();
        List<T> chunk = new ArrayList<>(BULK_CHUNK);
        try {
            while (it.hasNext()) {
                chunk.clear();
                while (it.hasNext() && chunk.size() < BULK_CHUNK) {
                    chunk.add(it.next());
                }
                Instant stamp;
                try {
                    stamp = insertChunk(actor, t, chunk);
                } catch (AccessDeniedException e) {
                    w.changes().failed();
                    w.access().record(actor, e.operation(), e.what());
                    throw e;
                } catch (SQLException | StoreException e) {
                    w.changes().failed();
                    StoreException cause = e instanceof SQLException sql ? Failures.of(sql) : (StoreException) e;
                    throw new StoreException(NLS.bind(Messages.Store_bulkFailed, stored, cause.getMessage()), e);
                }
                stored += chunk.size();
                w.changes().committed(Set.of(t.eClass()), chunk.size(), actor.user(), stamp);
            }
        } finally {
            if (t.isRetailer() && stored > 0) {
                w.searchIndexer().start();
            }
        }
        return stored;
    }

    /**
     * One chunk of a bulk insert: one transaction, one batch, one audit row.
     *
     * @return the time of its audit row
     */
    private Instant insertChunk(Principal actor, EntityTable t, List<? extends Entity> chunk) throws SQLException {
        BulkRows.checkNew(t, chunk);
        long first = w.ids().reserve(chunk.size());
        try (Connection c = w.db().connection()) {
            RetailerIndexes.Changes indexChanges = w.retailerIndexes().changes();
            Instant stamp = Instant.now();
            Audit audit = new Audit(c, stamp, actor.user());
            try {
                BulkRows.insert(c, t, chunk, first, indexChanges, audit,
                        new BulkRows.Checks(new WriteGuard(c, actor), new PublishedRounds(c)));
                indexChanges.flush(c);
                audit.flush();
                audit.close();
                c.commit();
                if (Schema.cached(t.eClass())) {
                    w.db().cache.clear();
                }
                return stamp;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                for (Entity x : chunk) {
                    EntityTable.setIdAndVersion(x, 0, 0);
                }
                throw e;
            }
        }
    }

    @Override
    public long searchIndexBacklog() {
        try {
            return w.searchIndexer().pending();
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public boolean awaitSearchIndex(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            return w.searchIndexer().await(unit.toMillis(timeout));
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }
}
