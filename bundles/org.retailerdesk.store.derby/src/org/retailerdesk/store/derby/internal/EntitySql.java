package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.retailerdesk.model.Entity;
import org.retailerdesk.security.Principal;
import org.retailerdesk.store.AccessDeniedException;
import org.retailerdesk.store.Entities;
import org.retailerdesk.store.UnitOfWork;

/** {@link Entities} on Derby: reads by id, type, retailer or reference, and units of work. */
final class EntitySql implements Entities {

    private final Writing w;

    EntitySql(Writing w) {
        this.w = w;
    }

    @Override
    public <T extends Entity> T get(Class<T> type, long id) {
        return w.db().read(session -> {
            EObject found = session.get(w.db().schema.eClass(type), id);
            // a cached instance is shared by every reference to it: hand out a copy to edit
            return type.cast(found != null && Schema.cached(found.eClass()) ? EcoreUtil.copy(found) : found);
        });
    }

    @Override
    public <T extends Entity> List<T> findAll(Class<T> type) {
        return select(type, w.db().schema.tablesOf(w.db().schema.eClass(type)), t -> "", List.of()); //$NON-NLS-1$
    }

    @Override
    public <T extends Entity> List<T> findBy(Class<T> type, long retailerId) {
        List<EntityTable> tables = w.db().schema.tablesOf(w.db().schema.eClass(type));
        if (tables.isEmpty() || tables.stream().anyMatch(t -> t.isRetailer() || !t.hasRetailer())) {
            throw new IllegalArgumentException(type.getSimpleName() + " does not belong to a retailer"); //$NON-NLS-1$
        }
        return select(type, tables, t -> t.retailerColumnName() + " = ?", List.of(retailerId)); //$NON-NLS-1$
    }

    @Override
    public <T extends Entity> List<T> findByReference(Class<T> type, String reference, long targetId) {
        EClass eClass = w.db().schema.eClass(type);
        if (!(eClass.getEStructuralFeature(reference) instanceof EReference r) || r.isMany()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no reference " + reference); //$NON-NLS-1$
        }
        return select(type, w.db().schema.tablesOf(eClass), t -> Naming.column(r) + " = ?", List.of(targetId)); //$NON-NLS-1$
    }

    /** The rows of the tables matching the condition, as entities of the type, by id. */
    private <T extends Entity> List<T> select(Class<T> type, List<EntityTable> tables,
            Function<EntityTable, String> where, List<?> params) {
        return w.db().read(session -> {
            List<T> out = new ArrayList<>();
            for (EntityTable t : tables) {
                for (EObject o : session.select(t, where.apply(t), params)) {
                    out.add(type.cast(o));
                }
            }
            out.sort(Comparator.comparingLong(Entity::getId));
            return out;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Entity> T resolve(T entity) {
        if (entity == null || !entity.eIsProxy()) {
            return entity;
        }
        return (T) w.db().read(session -> session.get(entity.eClass(), entity.getId()));
    }

    @Override
    public <R> R write(UnitOfWork<R> work) {
        Principal actor = w.db().signedIn();
        try (Connection c = w.db().connection()) {
            JdbcTransaction tx = new JdbcTransaction(c, w.db().schema, w.db().cache, w.ids(), w.retailerIndexes(),
                    actor);
            R result;
            try {
                result = work.run(tx);
                tx.commit();
            } catch (AccessDeniedException e) {
                tx.rollback();
                w.access().record(actor, e.operation(), e.what());
                throw e;
            } catch (SQLException e) {
                tx.rollback();
                throw Failures.of(e);
            } catch (RuntimeException | Error e) {
                tx.rollback();
                throw e;
            }
            if (tx.retailersInBacklog()) {
                w.searchIndexer().start();
            }
            w.changes().committed(tx.classesWritten(), tx.entitiesWritten(), actor.user(), tx.auditStamp());
            return result;
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }
}
