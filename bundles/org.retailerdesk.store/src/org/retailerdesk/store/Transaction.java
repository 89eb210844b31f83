package org.retailerdesk.store;

import org.retailerdesk.model.Entity;

/**
 * One unit of work inside {@link Entities#write(UnitOfWork)}: everything done through it
 * commits together, with its audit rows, or not at all. Not to be kept beyond the unit of work.
 */
public interface Transaction {

    /** Who is writing; recorded in every audit row of this transaction. */
    String actor();

    /**
     * Saves a new entity: gives it its id and version 1 and writes one audit row per set field.
     * Referenced entities must be saved already (or earlier in this transaction).
     *
     * @throws StoreException when the entity has an id already or a constraint is violated
     */
    <T extends Entity> T insert(T entity);

    /**
     * Saves the changes of an entity read before, if its version is still the stored one; writes
     * one audit row per changed field (old and new value) and increments the version. An entity
     * without changes is left alone, version included.
     *
     * @throws ConflictException when someone else saved or deleted it since it was read
     */
    <T extends Entity> T update(T entity);

    /**
     * Deletes an entity if its version is still the stored one; the audit keeps its last values.
     *
     * @throws ConflictException when someone else saved or deleted it since it was read
     * @throws StoreException when other entities still refer to it
     */
    void delete(Entity entity);

    /**
     * Deletes an entity as {@link #delete(Entity)} does, and records why: one
     * {@link AuditAction#DELETE_REASON} row with the reason as its new value, beside the DELETE rows
     * that keep the entity's last values. For records that must never disappear silently.
     *
     * @throws IllegalArgumentException when the reason is blank
     */
    void delete(Entity entity, String reason);

    /**
     * Inserts many new entities of one type in this transaction, fast: JDBC batches, and one audit
     * summary row (count and id range) instead of one row per field, as {@link BulkLoad#bulkInsert}
     * does; retailers get their search tokens from the store's background indexer after the commit.
     * Unlike {@link BulkLoad#bulkInsert} it commits or rolls back with the rest of the unit of work, so
     * an import can be all-or-nothing; call it with chunks of about {@link BulkLoad#BULK_CHUNK} to keep
     * each batch small and check for cancellation between them.
     *
     * @throws StoreException when an entity has an id already or a constraint is violated
     */
    <T extends Entity> void insertAll(java.util.List<? extends T> entities);

    /** Reads an entity as this transaction sees it (including its own uncommitted writes); null if none. */
    <T extends Entity> T get(Class<T> type, long id);
}
