package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.retailerdesk.store.StoreException;

/**
 * The open database as the per-concern SQL classes share it: its schema, the reference cache, new
 * connections, and reads in one connection. Every call takes a connection of its own (embedded
 * connections are cheap and Derby caches compiled statements engine-wide), so the store may be
 * used from several Jobs at once.
 */
final class Database {

    interface Read<R> {
        R run(Session session) throws SQLException;
    }

    final Schema schema = new Schema();
    final ReferenceCache cache = new ReferenceCache(schema, this::connection);
    private volatile EmbeddedDataSource dataSource;

    /** A new connection without auto-commit; the caller closes it. */
    Connection connection() throws SQLException {
        EmbeddedDataSource ds = dataSource;
        if (ds == null) {
            throw new StoreException(Messages.DerbyStore_notOpen);
        }
        Connection c = ds.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    /** Runs a read in one connection, committed (its read locks released) at the end. */
    <R> R read(Read<R> work) {
        try (Connection c = connection()) {
            try {
                return work.run(new Session(c, schema, cache));
            } finally {
                c.commit();
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    void opened(EmbeddedDataSource ds) {
        dataSource = ds;
    }

    void closed() {
        dataSource = null;
        cache.clear();
    }
}
