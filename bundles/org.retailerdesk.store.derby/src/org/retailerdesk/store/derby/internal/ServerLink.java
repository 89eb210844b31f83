package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.retailerdesk.store.Connectivity;

/**
 * A workstation's link to the centre's server. A lost link (told by the {@link ClientTarget}, from
 * any connection) takes it offline; from then on it tries the sign-in gate every
 * {@value #RETRY_SECONDS} s until the server answers, and is online again. Calls made meanwhile
 * fail as they would have without it; nothing is queued or replayed.
 */
final class ServerLink implements Connectivity {

    private static final System.Logger LOG = System.getLogger(ServerLink.class.getName());
    static final long RETRY_SECONDS = 3;

    private final ClientTarget target;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean online = true;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> retrying;
    private boolean closed;

    ServerLink(ClientTarget target) {
        this.target = target;
    }

    @Override
    public boolean online() {
        return online;
    }

    @Override
    public void addListener(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<Boolean> listener) {
        listeners.remove(listener);
    }

    void lost() {
        synchronized (this) {
            if (!online || closed) {
                return;
            }
            online = false;
            if (timer == null) {
                timer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "RetailerDesk server reconnection"); //$NON-NLS-1$
                    t.setDaemon(true);
                    return t;
                });
            }
            retrying = timer.scheduleWithFixedDelay(this::retry, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
        LOG.log(System.Logger.Level.WARNING, "lost the connection to the server " + target.describe()); //$NON-NLS-1$
        tell(false);
    }

    @Override
    public boolean retry() {
        if (online) {
            return true;
        }
        try (Connection c = target.attempt(Owner.GATE, Owner.GATE_PASSWORD)) {
            c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
        synchronized (this) {
            if (online || closed) {
                return online;
            }
            online = true;
            retrying.cancel(false);
        }
        LOG.log(System.Logger.Level.INFO, "reconnected to the server " + target.describe()); //$NON-NLS-1$
        tell(true);
        return true;
    }

    private void tell(boolean now) {
        for (Consumer<Boolean> l : listeners) {
            try {
                l.accept(now);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "connectivity listener failed", e); //$NON-NLS-1$
            }
        }
    }

    /** The store opened (again): from now on a lost link is reported. */
    synchronized void opened() {
        closed = false;
        online = true;
        // a link lost while opening failed is back: the open just reached the server
        if (retrying != null) {
            retrying.cancel(false);
        }
    }

    /** Stops retrying: the store is closed. */
    synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
