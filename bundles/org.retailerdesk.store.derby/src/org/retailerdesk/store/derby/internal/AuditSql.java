package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.Entity;
import org.retailerdesk.security.Operation;
import org.retailerdesk.security.Principal;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.AuditQuery;
import org.retailerdesk.store.AuditTrail;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.StoreException;

/**
 * {@link AuditTrail} on Derby: the trail read from {@code RD_AUDIT} (the whole centre's only with
 * {@link Operation#VIEW_AUDIT}), reveals written in their own transaction.
 */
final class AuditSql implements AuditTrail {

    private final Database db;
    private final AccessSql access;

    AuditSql(Database db, AccessSql access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public Page<AuditEntry> auditTrail(long retailerId, int offset, int size) {
        return db.read(session -> Audit.trail(session.connection, retailerId, offset, size));
    }

    @Override
    public Page<AuditEntry> entityTrail(EClass type, long id, int offset, int size) {
        return db.read(session -> Audit.entityTrail(session.connection, type.getName(), id, offset, size));
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, int offset, int size) {
        access.require(Operation.VIEW_AUDIT, null);
        return db.read(session -> Audit.search(session.connection, query, offset, size));
    }

    @Override
    public List<String> actors() {
        access.require(Operation.VIEW_AUDIT, null);
        return db.read(session -> Audit.actors(session.connection));
    }

    @Override
    public String reveal(Entity entity, String field, String reason) {
        EStructuralFeature feature = entity.eClass().getEStructuralFeature(field);
        if (feature == null) {
            throw new IllegalArgumentException(entity.eClass().getName() + " has no field " + field); //$NON-NLS-1$
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reveal needs a reason"); //$NON-NLS-1$
        }
        Principal actor = db.signedIn();
        EntityTable t = db.schema.table(entity.eClass());
        access.require(Operation.REVEAL_SENSITIVE, t.eClass().getName() + " " + entity.getId() + " " + field); //$NON-NLS-1$ //$NON-NLS-2$
        try (Connection c = db.connection()) {
            try {
                // the retailer and the value come from the stored row, not from what the caller's copy says
                EntityTable.Row stored = entity.getId() == 0 ? null
                        : new Session(c, db.schema, db.cache, RetailerScope.ALL).row(t, entity.getId());
                if (stored == null) {
                    throw new StoreException(NLS.bind(Messages.Store_notSaved, t.eClass().getName()));
                }
                Audit audit = new Audit(c, Instant.now(), actor.user());
                audit.add(AuditAction.REVEAL, t, entity.getId(), t.retailerOf(stored), field, null, Audit.clip(reason.strip()));
                audit.flush();
                audit.close();
                c.commit();
                Object value = stored.values()[t.indexOf(feature)];
                return value == null ? null : Column.text(value);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }
}
