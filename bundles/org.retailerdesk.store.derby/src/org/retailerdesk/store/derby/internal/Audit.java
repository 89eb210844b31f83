package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.AuditQuery;
import org.retailerdesk.store.Page;

/** Writes audit rows as one batch per transaction, and reads them: a retailer's trail, an entity's, a search. */
final class Audit {

    private static final String INSERT = "INSERT INTO RD_AUDIT (CHANGED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID," //$NON-NLS-1$
            + " RETAILER_ID, FIELD, OLD_VALUE, NEW_VALUE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
    private static final String COLUMNS = "ID, CHANGED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, RETAILER_ID, FIELD," //$NON-NLS-1$
            + " OLD_VALUE, NEW_VALUE"; //$NON-NLS-1$

    /** The entity type of rows about user accounts and sign-ins. */
    static final String USER_TYPE = AuditQuery.USER;
    /** Characters an old or new value holds (the columns' width). */
    static final int MAX_VALUE = 2000;

    private final PreparedStatement insert;
    private final Timestamp at;
    private final String actor;
    private int pending;

    Audit(Connection c, Instant at, String actor) throws SQLException {
        this.insert = c.prepareStatement(INSERT);
        this.at = Timestamp.from(at);
        this.actor = actor;
    }

    void add(AuditAction action, EntityTable table, long entityId, Long retailerId, String field, String oldValue,
            String newValue) throws SQLException {
        add(action, table.eClass().getName(), entityId, retailerId, field, oldValue, newValue);
    }

    /** A row about something that is not an entity of the model, e.g. a user account ({@value #USER_TYPE}). */
    void add(AuditAction action, String entityType, long entityId, Long retailerId, String field, String oldValue,
            String newValue) throws SQLException {
        insert.setTimestamp(1, at);
        insert.setString(2, actor);
        insert.setString(3, action.name());
        insert.setString(4, entityType);
        insert.setLong(5, entityId);
        if (retailerId == null) {
            insert.setNull(6, Types.BIGINT);
        } else {
            insert.setLong(6, retailerId);
        }
        insert.setString(7, field);
        insert.setString(8, oldValue);
        insert.setString(9, newValue);
        insert.addBatch();
        pending++;
    }

    /** One row per field that differs between two rows of the table (either may be null). */
    void changes(AuditAction action, EntityTable table, EntityTable.Row before, EntityTable.Row after)
            throws SQLException {
        EntityTable.Row any = after != null ? after : before;
        Long retailerId = table.retailerOf(any);
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Object old = before == null ? null : before.values()[i];
            Object now = after == null ? null : after.values()[i];
            if (!java.util.Objects.equals(old, now)) {
                add(action, table, any.id(), retailerId, columns.get(i).feature().getName(),
                        Sensitive.auditText(table, before, after, columns.get(i), old),
                        Sensitive.auditText(table, before, after, columns.get(i), now));
            }
        }
    }

    /** Writes one row in a transaction of its own on that connection, and commits it. */
    static void commitOne(Connection c, String actor, AuditAction action, String entityType, long entityId,
            Long retailerId, String field, String oldValue, String newValue) throws SQLException {
        try {
            Audit audit = new Audit(c, Instant.now(), actor);
            audit.add(action, entityType, entityId, retailerId, field, oldValue, newValue);
            audit.flush();
            audit.close();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /**
     * The field of an {@link AuditAction#ACCOUNT} row: the account and what of it changed, e.g.
     * {@code wangli.roles}.
     */
    static String accountField(String user, String what) {
        return user + "." + what; //$NON-NLS-1$
    }

    /** Free text cut to what an audit value holds. */
    static String clip(String text) {
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 1) + "\u2026"; //$NON-NLS-1$
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    void close() throws SQLException {
        insert.close();
    }

    static Page<AuditEntry> trail(Connection c, long retailerId, int offset, int size) throws SQLException {
        return page(c, "RETAILER_ID = ?", offset, size, retailerId); //$NON-NLS-1$
    }

    static Page<AuditEntry> entityTrail(Connection c, String type, long id, int offset, int size) throws SQLException {
        return page(c, "ENTITY_TYPE = ? AND ENTITY_ID = ?", offset, size, type, id); //$NON-NLS-1$
    }

    /**
     * The rows the query matches, newest first. Each filter is a range of an index of its own (V3,
     * V12: retailer, entity type, actor, action, time), so the optimiser starts from the most selective
     * one and checks the others on its rows; without filters the rows are read along the ID index
     * (from {@link AuditQuery#belowId} on, when given).
     */
    static Page<AuditEntry> search(Connection c, AuditQuery q, int offset, int size) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        in(where, keys, "ACTOR", q.users()); //$NON-NLS-1$
        in(where, keys, "ENTITY_TYPE", q.entityTypes()); //$NON-NLS-1$
        in(where, keys, "ACTION", q.actions().stream().map(AuditAction::name).toList()); //$NON-NLS-1$
        if (q.retailerId() != null) {
            where.add("RETAILER_ID = ?"); //$NON-NLS-1$
            keys.add(q.retailerId());
        }
        if (q.belowId() != null) {
            where.add("ID < ?"); //$NON-NLS-1$
            keys.add(q.belowId());
        }
        if (q.from() != null) {
            where.add("CHANGED_AT >= ?"); //$NON-NLS-1$
            keys.add(Timestamp.from(q.from()));
        }
        if (q.until() != null) {
            where.add("CHANGED_AT < ?"); //$NON-NLS-1$
            keys.add(Timestamp.from(q.until()));
        }
        return page(c, where.isEmpty() ? "1 = 1" : String.join(" AND ", where), offset, size, keys.toArray()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** {@code COLUMN IN (?, …)} for a filter's values; nothing for none (a filter's choices are few). */
    private static void in(List<String> where, List<Object> keys, String column, Collection<String> values) {
        if (!values.isEmpty()) {
            where.add(values.size() == 1 ? column + " = ?" //$NON-NLS-1$
                    : column + " IN (" + InList.placeholders(values.size()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            keys.addAll(values);
        }
    }

    /**
     * Every actor name in the trail, alphabetical: one probe of the actor index per name (the next one
     * after the last), instead of reading every row's.
     */
    static List<String> actors(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement next = c.prepareStatement("SELECT MIN(ACTOR) FROM RD_AUDIT WHERE ACTOR > ?")) { //$NON-NLS-1$
            // every name is longer than the empty text: the first probe finds the smallest
            String last = ""; //$NON-NLS-1$
            while (true) {
                next.setString(1, last);
                try (ResultSet rs = next.executeQuery()) {
                    rs.next();
                    last = rs.getString(1);
                }
                if (last == null) {
                    return names;
                }
                names.add(last);
            }
        }
    }

    /** The rows matching {@code where} (index ranges of RD_AUDIT), newest first. */
    private static Page<AuditEntry> page(Connection c, String where, int offset, int size, Object... keys)
            throws SQLException {
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM RD_AUDIT WHERE " + where)) { //$NON-NLS-1$
            bind(ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<AuditEntry> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS //$NON-NLS-1$
                + " FROM RD_AUDIT WHERE " + where + " ORDER BY ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) { //$NON-NLS-1$ //$NON-NLS-2$
            bind(ps, keys);
            ps.setInt(keys.length + 1, offset);
            ps.setInt(keys.length + 2, size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rid = rs.getLong(7);
                    Long retailer = rs.wasNull() ? null : rid;
                    rows.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6), retailer,
                            rs.getString(8), rs.getString(9), rs.getString(10)));
                }
            }
        }
        return new Page<>(rows, total, offset);
    }

    private static void bind(PreparedStatement ps, Object... keys) throws SQLException {
        for (int i = 0; i < keys.length; i++) {
            ps.setObject(i + 1, keys[i]);
        }
    }
}
