package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.retailerdesk.store.UserAccount;

/**
 * The server's side of account changes made on workstations: an administrator there writes the
 * account (and Derby's credentials), but only the database's owner may grant, so every
 * {@value #PERIOD_MILLIS} ms the server gives changed accounts their Derby role
 * ({@link Owner#syncRoles}) or takes it away. A new account can sign in once that ran.
 */
public final class OwnerAgent implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OwnerAgent.class.getName());
    static final long PERIOD_MILLIS = 1000;

    private final DerbyStore store;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "RetailerDesk owner agent"); //$NON-NLS-1$
        t.setDaemon(true);
        return t;
    });

    private OwnerAgent(DerbyStore store) {
        this.store = store;
    }

    /** Starts the agent on an open store that holds the database (not a workstation's). */
    public static OwnerAgent start(DerbyStore store) {
        OwnerAgent agent = new OwnerAgent(store);
        agent.timer.scheduleWithFixedDelay(agent::run, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        return agent;
    }

    /** The accounts as the owner reads them (the server lists who may connect before anyone signed in). */
    public static List<UserAccount> accounts(DerbyStore store) {
        try (Connection c = store.ownerConnection()) {
            try {
                return UserRows.all(c, Instant.now());
            } finally {
                c.commit();
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    /** One round: the grants and revokes made. */
    int run() {
        try (Connection c = store.ownerConnection()) {
            try {
                int changes = Owner.syncRoles(c);
                c.commit();
                return changes;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            // the next round tries again; the store may be closing
            LOG.log(System.Logger.Level.WARNING, "syncing the accounts' Derby roles failed", e); //$NON-NLS-1$
            return 0;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
