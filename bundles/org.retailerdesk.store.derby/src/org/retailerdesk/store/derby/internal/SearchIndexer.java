package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.store.StoreException;

/**
 * Builds the search tokens of the bulk-inserted retailers recorded in the backlog, on a thread of
 * its own, a few ranges per transaction, oldest first. Started after a bulk insert of retailers and
 * when a store opens with a backlog left from before; stopped by {@link #stop} before the database
 * shuts down (a range not committed stays in the backlog for next time).
 */
final class SearchIndexer {

    /** Retailers per transaction: large enough that each token's index page takes many new entries at once. */
    private static final int RETAILERS_PER_TRANSACTION = 5000;

    interface Connections {
        Connection get() throws SQLException;
    }

    private final Connections connections;
    private final RetailerIndexes indexes;
    private Thread thread;
    private boolean again;
    private boolean stopping;
    private boolean paused;
    private Exception failure;

    SearchIndexer(Connections connections, RetailerIndexes indexes) {
        this.connections = connections;
        this.indexes = indexes;
    }

    /** Makes sure the backlog gets worked off (now, or when resumed). */
    synchronized void start() {
        stopping = false;
        again = true;
        failure = null;
        if (thread == null && !paused) {
            thread = new Thread(this::run, "RetailerDesk search indexer"); //$NON-NLS-1$
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Holds the indexer between transactions (tests look at queries over a backlog) or lets it go on. */
    void pause(boolean pause) {
        Thread running;
        synchronized (this) {
            paused = pause;
            running = thread;
            if (pause) {
                again = false;
            }
        }
        if (pause) {
            join(running);
        } else {
            start();
        }
    }

    /** Stops the thread after its current transaction and waits for it. */
    void stop() {
        Thread running;
        synchronized (this) {
            stopping = true;
            running = thread;
        }
        join(running);
    }

    private static void join(Thread t) {
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return how many retailer ids are in the backlog (ids of deleted retailers included) */
    long pending() throws SQLException {
        try (Connection c = connections.get();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT COALESCE(SUM(LAST_ID - FIRST_ID + 1), 0) FROM RD_RETAILER_SEARCH_BACKLOG"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            c.commit();
            return n;
        }
    }

    /** Waits until the thread has nothing left to do; true when the backlog is empty. */
    boolean await(long timeoutMillis) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (this) {
            long left;
            while (thread != null && (left = deadline - System.currentTimeMillis()) > 0) {
                wait(left);
            }
            if (failure != null) {
                throw new StoreException(NLS.bind(Messages.Store_searchIndexFailed, failure.getMessage()), failure);
            }
        }
        return pending() == 0;
    }

    private void run() {
        try {
            while (true) {
                synchronized (this) {
                    // decided and cleared together, so a start() meanwhile either is seen here or starts a thread
                    if (stopping || paused || !again) {
                        thread = null;
                        notifyAll();
                        return;
                    }
                    again = false;
                }
                while (indexSome()) {
                    synchronized (this) {
                        if (stopping || paused) {
                            break;
                        }
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            synchronized (this) {
                failure = e;
                thread = null;
                notifyAll();
            }
        }
    }

    /** One transaction: the oldest backlog ranges, up to {@link #RETAILERS_PER_TRANSACTION} ids. */
    private boolean indexSome() throws SQLException {
        try (Connection c = connections.get()) {
            try {
                List<long[]> ranges = new ArrayList<>();
                long ids = 0;
                for (long[] range : RetailerIndexes.backlog(c)) {
                    if (!ranges.isEmpty() && ids + range[1] - range[0] + 1 > RETAILERS_PER_TRANSACTION) {
                        break;
                    }
                    ranges.add(range);
                    ids += range[1] - range[0] + 1;
                }
                if (ranges.isEmpty()) {
                    c.commit();
                    return false;
                }
                indexes.buildTokens(c, ranges);
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
