package org.retailerdesk.store;

import java.util.List;

import org.retailerdesk.model.Entity;

/**
 * The store's entities and transactions: create/read/update/delete of every model class, keyed by
 * its interface ({@code Retailer.class}, {@code District.class}, ...).
 * <p>
 * Objects read are detached copies: change them and pass them to {@link Transaction#update}. Each
 * carries the version it was read at (optimistic locking): saving a stale copy throws
 * {@link ConflictException}.
 * <p>
 * References are filled as follows. The small reference classes (ServiceCentre, District,
 * MarketDepartment, DeliveryRoute, Staff, Brand, Policy) are cached by the store and a reference
 * points at the cached instance: treat it as read-only, and {@link #get} a copy to edit it.
 * References to the large classes (Retailer, AllocationRound) are EMF proxies carrying only the id
 * ({@code eIsProxy()} is true, {@code getId()} works); {@link #resolve} loads the full entity.
 * Nothing is ever loaded behind a getter's back.
 * <p>
 * Every write is made by the signed-in user ({@link Users#signedIn()}), never by a name the caller
 * passes; it is refused with {@link AccessDeniedException} when his roles do not allow it, and writes
 * one audit row per field in the same transaction (see {@link AuditEntry}); after its commit the
 * store announces it through {@link StoreChanges}.
 */
public interface Entities {

    /** @return the entity with that id, or null if there is none */
    <T extends Entity> T get(Class<T> type, long id);

    /**
     * @return every entity of that type (for an abstract type, of its concrete types), by id. Meant
     *         for the small reference classes; retailers are listed with {@link RetailerQueries}.
     */
    <T extends Entity> List<T> findAll(Class<T> type);

    /**
     * @return the entities of that type which belong to the retailer (its images, operating records,
     *         priority-household records, allocation lines, publicity records, visits), by id
     * @throws IllegalArgumentException when the type has no retailer
     */
    <T extends Entity> List<T> findBy(Class<T> type, long retailerId);

    /**
     * The entities of that type whose single-valued reference {@code reference} points at the
     * entity with id {@code targetId}, by id: e.g. the lines of one allocation round, read by the
     * reference's index instead of filtering {@link #findAll}.
     *
     * @throws IllegalArgumentException when the type has no such reference
     */
    <T extends Entity> List<T> findByReference(Class<T> type, String reference, long targetId);

    /** @return the entity itself, or the stored entity a proxy stands for (null if it is gone) */
    <T extends Entity> T resolve(T entity);

    /**
     * Runs a unit of work in one transaction: all its inserts, updates and deletes, with their audit
     * rows, are committed together when it returns, or rolled back together when it throws (the
     * exception is passed on; ids and versions given to the objects are taken back). The audit rows
     * name the signed-in user.
     */
    <R> R write(UnitOfWork<R> work);

    default <T extends Entity> T insert(T entity) {
        return write(tx -> tx.insert(entity));
    }

    default <T extends Entity> T update(T entity) {
        return write(tx -> tx.update(entity));
    }

    default void delete(Entity entity) {
        write(tx -> {
            tx.delete(entity);
            return null;
        });
    }
}
