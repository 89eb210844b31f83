package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.retailerdesk.security.Principal;
import org.retailerdesk.store.StoreException;

/**
 * The open database as the per-concern SQL classes share it: its schema, the reference cache, the
 * signed-in user and his connections, and reads in one connection. Every call takes a connection
 * of its own from the signed-in user's pool, so the store may be used from several Jobs at once;
 * before a sign-in there are none, and every read and write is refused.
 */
final class Database {

    interface Read<R> {
        R run(Session session) throws SQLException;
    }

    /** The signed-in user and his connections, replaced together. */
    private record SignedIn(Principal principal, ConnectionPool pool) {
    }

    final Schema schema = new Schema();
    final ReferenceCache cache = new ReferenceCache(schema, this::connection);
    private volatile boolean open;
    private volatile SignedIn signedIn;
    private volatile Runnable afterSignIn;

    /** A new connection as the signed-in user, without auto-commit; the caller closes it. */
    Connection connection() throws SQLException {
        if (!open) {
            throw new StoreException(Messages.DerbyStore_notOpen);
        }
        SignedIn s = signedIn;
        if (s == null) {
            throw new StoreException(Messages.Users_notSignedIn);
        }
        return s.pool().connection();
    }

    /** Runs a read in one connection, committed (its read locks released) at the end. */
    <R> R read(Read<R> work) {
        try (Connection c = connection()) {
            try {
                return work.run(new Session(c, schema, cache, scope()));
            } finally {
                c.commit();
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    /** The retailers the signed-in user may read. */
    RetailerScope scope() {
        return RetailerScope.of(principal());
    }

    /** The signed-in user, or null. */
    Principal principal() {
        SignedIn s = signedIn;
        return s == null ? null : s.principal();
    }

    /**
     * @return the signed-in user
     * @throws StoreException when nobody is signed in
     */
    Principal signedIn() {
        Principal p = principal();
        if (p == null) {
            throw new StoreException(Messages.Users_notSignedIn);
        }
        return p;
    }

    void signIn(Principal principal, ConnectionPool pool) {
        SignedIn old = signedIn;
        signedIn = new SignedIn(principal, pool);
        cache.clear();
        if (old != null) {
            old.pool().close();
        }
        Runnable r = afterSignIn;
        afterSignIn = null;
        if (r != null) {
            r.run();
        }
    }

    /** Runs once after the next sign-in (work that must be done as a user, e.g. the search backlog). */
    void onSignIn(Runnable r) {
        afterSignIn = r;
    }

    void signOut() {
        SignedIn old = signedIn;
        signedIn = null;
        cache.clear();
        if (old != null) {
            old.pool().close();
        }
    }

    /** Drops idle connections after a lost server, so the next call connects anew. */
    void discardIdleConnections() {
        SignedIn s = signedIn;
        if (s != null) {
            s.pool().discardIdle();
        }
    }

    void opened() {
        open = true;
    }

    void closed() {
        signOut();
        open = false;
    }
}
