package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.Entity;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.StoreException;

/**
 * Writes a chunk of new entities of one table as one JDBC batch with one audit summary row;
 * retailers go to the search backlog instead of getting their tokens now. Shared by
 * {@code Store.bulkInsert} (a transaction per chunk) and {@code Transaction.insertAll} (inside
 * the caller's transaction). The caller commits or rolls back, and takes the ids back on failure.
 */
final class BulkRows {

    /** What every inserted row is checked against: the user's permissions and the published rounds. */
    record Checks(WriteGuard guard, PublishedRounds published) {
    }

    private BulkRows() {
    }

    static void checkNew(EntityTable t, List<? extends Entity> chunk) {
        for (Entity e : chunk) {
            if (e.getId() != 0) {
                throw new StoreException(NLS.bind(Messages.Store_alreadySaved, t.eClass().getName(), e.getId()));
            }
        }
    }

    /** Gives the entities consecutive ids from {@code first} and version 1, and inserts them. */
    static void insert(Connection c, EntityTable t, List<? extends Entity> chunk, long first,
            RetailerIndexes.Changes changes, Audit audit, Checks checks) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(t.insertSql())) {
            long id = first;
            for (Entity e : chunk) {
                EntityTable.setIdAndVersion(e, id++, 1);
                EntityTable.Row row = t.rowOf(e);
                checks.guard().check(t, null, row);
                checks.published().check(t, null, row);
                t.bindInsert(ps, row);
                ps.addBatch();
                if (t.isRetailer()) {
                    changes.insertedInBacklog(row);
                }
            }
            ps.executeBatch();
            if (t.isRetailer()) {
                RetailerIndexes.addBacklog(c, first, id - 1);
            }
            audit.add(AuditAction.BULK_INSERT, t, first, null, null, null,
                    // data, not a message: the same in every locale
                    "rows=" + chunk.size() + " ids=" + first + ".." + (id - 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
