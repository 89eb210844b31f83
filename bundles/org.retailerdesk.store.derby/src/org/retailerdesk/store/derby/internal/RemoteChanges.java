package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.retailerdesk.model.Entity;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.Connectivity;
import org.retailerdesk.store.StoreChange;

/**
 * What other workstations committed, found in the audit trail every write leaves: every
 * {@value #POLL_MILLIS} ms, while someone listens to the {@link ChangeBus}, it asks the server for
 * the newest audit id (the primary key's last entry), and when it moved, for the new rows grouped
 * by transaction; those this store did not write are announced with their entity types, as the
 * store announces its own writes.
 */
final class RemoteChanges {

    private static final System.Logger LOG = System.getLogger(RemoteChanges.class.getName());
    static final long POLL_MILLIS = 2000;
    /** The actions that change entities (sign-ins, denials and reveals change none). */
    private static final String WRITES = "'" + AuditAction.INSERT + "', '" + AuditAction.UPDATE + "', '" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            + AuditAction.DELETE + "', '" + AuditAction.BULK_INSERT + "'"; //$NON-NLS-1$ //$NON-NLS-2$
    private static final String NEW_ROWS = "SELECT ENTITY_TYPE, ACTOR, CHANGED_AT, COUNT(DISTINCT ENTITY_ID) FROM RD_AUDIT" //$NON-NLS-1$
            + " WHERE ID > ? AND ID <= ? AND ACTION IN (" + WRITES + ") GROUP BY ENTITY_TYPE, ACTOR, CHANGED_AT"; //$NON-NLS-1$ //$NON-NLS-2$

    private final Database db;
    private final ChangeBus bus;
    private final Connectivity link;
    private final Map<String, Class<? extends Entity>> types = new HashMap<>();
    private ScheduledExecutorService timer;
    /** The newest audit id looked at, or -1 when it must be read again (nobody listened). */
    private long seen = -1;

    @SuppressWarnings("unchecked")
    RemoteChanges(Database db, ChangeBus bus, Connectivity link) {
        this.db = db;
        this.bus = bus;
        this.link = link;
        db.schema.tables().forEach(t -> types.put(t.eClass().getName(), (Class<? extends Entity>) t.eClass().getInstanceClass()));
    }

    synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "RetailerDesk changes from other workstations"); //$NON-NLS-1$
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    /** One look at the audit trail; runs on the timer's thread only. */
    void poll() {
        if (!bus.listened() || db.principal() == null) {
            seen = -1;
            return;
        }
        if (!link.online()) {
            return;
        }
        try {
            StoreChange change = db.read(s -> news(s.connection));
            if (change != null) {
                bus.elsewhere(change);
            }
        } catch (RuntimeException e) {
            // a lost link is the ServerLink's to report; the next poll tries again
            LOG.log(System.Logger.Level.DEBUG, "polling the audit trail failed", e); //$NON-NLS-1$
        }
    }

    private StoreChange news(Connection c) throws SQLException {
        long newest;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(ID) FROM RD_AUDIT")) { //$NON-NLS-1$
            rs.next();
            newest = rs.getLong(1);
        }
        long from = seen;
        seen = newest;
        if (from < 0 || newest <= from) {
            return null;
        }
        Set<Class<? extends Entity>> written = new HashSet<>();
        long entities = 0;
        try (PreparedStatement ps = c.prepareStatement(NEW_ROWS)) {
            ps.setLong(1, from);
            ps.setLong(2, newest);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Class<? extends Entity> type = types.get(rs.getString(1));
                    if (type != null && !bus.own(rs.getString(2), rs.getTimestamp(3).toInstant())) {
                        written.add(type);
                        entities += rs.getLong(4);
                    }
                }
            }
        }
        return written.isEmpty() ? null : new StoreChange(written, entities);
    }
}
