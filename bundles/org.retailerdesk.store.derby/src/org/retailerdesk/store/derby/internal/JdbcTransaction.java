package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.Entity;
import org.retailerdesk.security.Principal;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.Transaction;

/**
 * A unit of work on one connection. Writes go straight to the database (so constraint errors
 * surface at the call that caused them); audit rows and retailer index changes are batched and
 * written just before the commit. Ids and versions given to objects are remembered so that a
 * rollback can take them back.
 */
final class JdbcTransaction extends Session implements Transaction {

    private record Undo(EObject object, long id, int version) {
    }

    private final String actor;
    private final IdAllocator ids;
    private final Audit audit;
    private final Instant auditStamp = Instant.now();
    private final RetailerIndexes.Changes retailerChanges;
    private final List<Undo> undo = new ArrayList<>();
    private final PublishedRounds published;
    private final WriteGuard guard;
    private final Set<EClass> classesWritten = new LinkedHashSet<>();
    private long entitiesWritten;
    private boolean retailersInBacklog;

    JdbcTransaction(Connection connection, Schema schema, ReferenceCache cache, IdAllocator ids,
            RetailerIndexes indexes, Principal actor) throws SQLException {
        super(connection, schema, cache, RetailerScope.of(actor));
        this.actor = actor.user();
        this.ids = ids;
        this.audit = new Audit(connection, auditStamp, this.actor);
        this.retailerChanges = indexes.changes();
        this.published = new PublishedRounds(connection);
        this.guard = new WriteGuard(connection, actor);
    }

    /** The time every audit row of this transaction has. */
    Instant auditStamp() {
        return auditStamp;
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public <T extends Entity> T insert(T entity) {
        EntityTable t = tableOf(entity);
        if (entity.getId() != 0) {
            throw new StoreException(NLS.bind(Messages.Store_alreadySaved, t.eClass().getName(), entity.getId()));
        }
        try {
            checkReferencesSaved(entity);
            remember(entity);
            EntityTable.setIdAndVersion(entity, ids.next(), 1);
            EntityTable.Row row = t.rowOf(entity);
            guard.check(t, null, row);
            published.check(t, null, row);
            try (PreparedStatement ps = connection.prepareStatement(t.insertSql())) {
                t.bindInsert(ps, row);
                ps.executeUpdate();
            }
            audit.changes(AuditAction.INSERT, t, null, row);
            if (t.isRetailer()) {
                retailerChanges.inserted(row);
            }
            written(t, 1);
            return entity;
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public <T extends Entity> T update(T entity) {
        EntityTable t = tableOf(entity);
        try {
            checkReferencesSaved(entity);
            EntityTable.Row before = lockedRow(t, entity);
            EntityTable.Row after = Sensitive.keepStored(t, before, t.rowOf(entity));
            if (java.util.Arrays.equals(before.values(), after.values())) {
                return entity;
            }
            guard.check(t, before, after);
            published.check(t, before, after);
            try (PreparedStatement ps = connection.prepareStatement(t.updateSql())) {
                t.bindUpdate(ps, after);
                if (ps.executeUpdate() == 0) {
                    throw conflict(t, entity);
                }
            }
            remember(entity);
            entity.setVersion(entity.getVersion() + 1);
            audit.changes(AuditAction.UPDATE, t, before, after);
            if (t.isRetailer()) {
                retailerChanges.changed(before, after);
            }
            written(t, 1);
            return entity;
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public void delete(Entity entity) {
        EntityTable t = tableOf(entity);
        try {
            EntityTable.Row before = lockedRow(t, entity);
            guard.check(t, before, null);
            published.check(t, before, null);
            try (PreparedStatement ps = connection.prepareStatement(t.deleteSql())) {
                ps.setLong(1, entity.getId());
                ps.setInt(2, entity.getVersion());
                if (ps.executeUpdate() == 0) {
                    throw conflict(t, entity);
                }
            }
            audit.changes(AuditAction.DELETE, t, before, null);
            if (t.isRetailer()) {
                retailerChanges.deleted(before);
            }
            written(t, 1);
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public void delete(Entity entity, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a deletion with a reason needs a reason"); //$NON-NLS-1$
        }
        EntityTable t = tableOf(entity);
        try {
            Long retailerId = t.retailerOf(lockedRow(t, entity));
            delete(entity);
            audit.add(AuditAction.DELETE_REASON, t, entity.getId(), retailerId, null, null, reason.strip());
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public <T extends Entity> void insertAll(List<? extends T> entities) {
        if (entities.isEmpty()) {
            return;
        }
        EntityTable t = tableOf(entities.get(0));
        for (Entity e : entities) {
            if (tableOf(e) != t) {
                throw new IllegalArgumentException(e.eClass().getName() + " in a batch of " + t.eClass().getName()); //$NON-NLS-1$
            }
        }
        BulkRows.checkNew(t, entities);
        try {
            for (Entity e : entities) {
                checkReferencesSaved(e);
                remember(e);
            }
            BulkRows.insert(connection, t, entities, ids.reserve(entities.size()), retailerChanges, audit,
                    new BulkRows.Checks(guard, published));
            retailersInBacklog |= t.isRetailer();
            written(t, entities.size());
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    /** True when {@link #insertAll} left retailers for the search indexer. */
    boolean retailersInBacklog() {
        return retailersInBacklog;
    }

    @Override
    public <T extends Entity> T get(Class<T> type, long id) {
        try {
            return type.cast(get(schema.eClass(type), id));
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    /** Writes the batched audit rows and index changes and commits. */
    void commit() throws SQLException {
        audit.flush();
        retailerChanges.flush(connection);
        audit.close();
        connection.commit();
        if (classesWritten.stream().anyMatch(Schema::cached)) {
            cache.clear();
        }
    }

    /** Rolls back and gives the objects their ids and versions from before this transaction. */
    void rollback() {
        try {
            audit.close();
            connection.rollback();
        } catch (SQLException e) {
            // the connection is closed next, which ends the transaction anyway
        }
        for (int i = undo.size() - 1; i >= 0; i--) {
            Undo u = undo.get(i);
            EntityTable.setIdAndVersion(u.object(), u.id(), u.version());
        }
    }

    private EntityTable tableOf(EObject entity) {
        return schema.table(entity.eClass());
    }

    private void remember(Entity entity) {
        undo.add(new Undo(entity, entity.getId(), entity.getVersion()));
    }

    private void written(EntityTable t, int entities) {
        classesWritten.add(t.eClass());
        entitiesWritten += entities;
    }

    /** The classes this transaction inserted, updated or deleted entities of. */
    Set<EClass> classesWritten() {
        return classesWritten;
    }

    /** How many entities this transaction wrote. */
    long entitiesWritten() {
        return entitiesWritten;
    }

    /** The stored row of a saved entity, if its version is still the stored one. */
    private EntityTable.Row lockedRow(EntityTable t, Entity entity) throws SQLException {
        if (entity.getId() == 0) {
            throw new StoreException(NLS.bind(Messages.Store_notSaved, t.eClass().getName()));
        }
        EntityTable.Row row = row(t, entity.getId());
        if (row == null || row.version() != entity.getVersion()) {
            throw new ConflictException(t.eClass().getName(), entity.getId(), entity.getVersion(),
                    row == null ? ConflictException.DELETED : row.version());
        }
        return row;
    }

    private ConflictException conflict(EntityTable t, Entity entity) throws SQLException {
        EntityTable.Row row = row(t, entity.getId());
        return new ConflictException(t.eClass().getName(), entity.getId(), entity.getVersion(),
                row == null ? ConflictException.DELETED : row.version());
    }

    private static void checkReferencesSaved(EObject entity) {
        for (EReference r : entity.eClass().getEAllReferences()) {
            EObject target = (EObject) entity.eGet(r, false);
            if (target != null && EntityTable.idOf(target) == 0) {
                EClass type = target.eClass();
                throw new StoreException(NLS.bind(Messages.Store_referenceNotSaved,
                        new Object[] { entity.eClass().getName(), r.getName(), type.getName() }));
            }
        }
    }
}
