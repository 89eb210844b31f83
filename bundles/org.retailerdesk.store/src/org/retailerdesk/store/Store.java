package org.retailerdesk.store;

import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;

import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;

/**
 * The RetailerDesk data store, registered as an OSGi service. Callers see the model's types and
 * never SQL; the implementation behind it (embedded Derby today) may change without touching them.
 * <p>
 * Opening may take seconds (database boot, migrations) and every read or write goes to the
 * database, so UI code calls the store from Jobs, never from the UI thread.
 *
 * <h2>Entities read from the store</h2>
 * Every model class has create/read/update/delete here, keyed by its interface
 * ({@code Retailer.class}, {@code District.class}, ...). Objects read are detached copies:
 * change them and pass them to {@link Transaction#update}. Each carries the version it was read
 * at (optimistic locking): saving a stale copy throws {@link ConflictException}.
 * <p>
 * References are filled as follows. The small reference classes (ServiceCentre, District,
 * MarketDepartment, DeliveryRoute, Staff, Brand, Policy) are cached by the store and a
 * reference points at the cached instance: treat it as read-only, and {@link #get} a copy to
 * edit it. References to the large classes (Retailer, AllocationRound) are EMF proxies carrying
 * only the id ({@code eIsProxy()} is true, {@code getId()} works); {@link #resolve} loads the
 * full entity. Nothing is ever loaded behind a getter's back.
 *
 * <h2>Audit</h2>
 * Every insert, update and delete writes audit rows in the same transaction: one per field, old
 * and new value (see {@link AuditEntry}). {@link #bulkInsert} writes one summary row per chunk.
 */
public interface Store extends VisitQueries {

    /**
     * Opens the store if it is not open yet, creating the database and applying pending
     * migrations; returns at once when already open. Safe to call from several threads.
     *
     * @return where the data lives and at which schema version
     * @throws StoreException when the database cannot be opened or upgraded
     */
    StoreInfo open();

    /** @return true once {@link #open()} has succeeded and {@link #close()} has not been called */
    boolean isOpen();

    /** Closes the store and shuts the database down cleanly, so the next start needs no recovery. */
    void close();

    /** @return the entity with that id, or null if there is none */
    <T extends Entity> T get(Class<T> type, long id);

    /**
     * @return every entity of that type (for an abstract type, of its concrete types), by id. Meant
     *         for the small reference classes; retailers are listed with {@link #findRetailers}.
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
     * exception is passed on; ids and versions given to the objects are taken back).
     *
     * @param actor who is writing, for the audit trail
     */
    <R> R write(String actor, UnitOfWork<R> work);

    default <T extends Entity> T insert(String actor, T entity) {
        return write(actor, tx -> tx.insert(entity));
    }

    default <T extends Entity> T update(String actor, T entity) {
        return write(actor, tx -> tx.update(entity));
    }

    default void delete(String actor, Entity entity) {
        write(actor, tx -> {
            tx.delete(entity);
            return null;
        });
    }

    /**
     * Inserts many new entities of one type fast (demo data, imports): in chunks of
     * {@value #BULK_CHUNK} rows, one transaction per chunk, with JDBC batches. The audit gets one
     * summary row per chunk (count and id range) instead of one row per field, which would triple the
     * rows written; a per-retailer history therefore starts after the load. If a chunk fails, the
     * chunks before it stay committed and the exception says how many rows were stored. The entities
     * are read from the iterable one at a time, so it may produce them lazily.
     *
     * @return how many entities were inserted
     */
    <T extends Entity> long bulkInsert(String actor, Class<T> type, Iterable<? extends T> entities);

    /** Rows per transaction in {@link #bulkInsert}. */
    int BULK_CHUNK = 1000;

    /**
     * How many bulk-inserted retailers still wait for their search tokens. {@link #bulkInsert} of
     * retailers leaves the tokens to a background task of the store (also resumed by {@link #open()}
     * when a backlog is left over); text queries are exact meanwhile, only slower.
     */
    long searchIndexBacklog();

    /**
     * Waits until the search index has caught up with the bulk inserts.
     *
     * @return true when no retailer waits for its tokens any more, false when time ran out first
     * @throws StoreException when building the tokens failed (it is retried on the next bulk insert or opening)
     */
    boolean awaitSearchIndex(long timeout, TimeUnit unit) throws InterruptedException;

    /**
     * The retailers whose customer code is one of {@code customerCodes} or whose licence number is
     * one of {@code licenceNumbers} (exact, case-sensitive), by id: what an import matches its rows
     * against, read by index in a few statements however many codes there are.
     */
    List<Retailer> findRetailersByKeys(java.util.Collection<String> customerCodes,
            java.util.Collection<String> licenceNumbers);

    /** One page of retailers matching the query, in its order, with the total count. */
    Page<Retailer> findRetailers(RetailerQuery query);

    /**
     * The query's page of retailers, the same rows as {@link #findRetailers}, without counting every
     * match: for a list that knows its count already (a later page), or that shows rows before their
     * count, which for a broad text can take much longer than the page.
     */
    List<Retailer> findRetailerRows(RetailerQuery query);

    /** How many retailers match the query (its sort and page are ignored). */
    long count(RetailerQuery query);

    /** How many retailers of each grade match the query; grades without any are left out. */
    SortedMap<Integer, Long> countByGrade(RetailerQuery query);

    /**
     * Publicity coverage of one policy, counted by the database: the retailers matching the query
     * (its sort and page are ignored), per district and customer manager, and how many of them have
     * a publicity record of the policy dated within {@code from}..{@code to} (inclusive; a null bound
     * is open). Cells without retailers are left out. Together with
     * {@link RetailerQuery#withNotTold} it gives a coverage matrix: the untold of a cell are its
     * retailers minus its told.
     */
    List<CoverageCount> publicityCoverage(RetailerQuery retailers, long policyId, java.time.LocalDate from,
            java.time.LocalDate to);

    /**
     * The latest publicity record of a policy for each of the given retailers, dated within
     * {@code from}..{@code to} (inclusive, null bounds open); the latest is the one with the last date,
     * on the same date the one written last. Retailers without one are not in the map. Meant for a
     * page of retailers at a time.
     */
    java.util.Map<Long, org.retailerdesk.model.PublicityRecord> latestPublicity(long policyId,
            java.util.Collection<Long> retailerIds, java.time.LocalDate from, java.time.LocalDate to);

    /**
     * Sums the lines of allocation rounds in the database, for reports that would otherwise read
     * every line (a round has one per retailer). Per district of the retailers, it gives: every
     * retailer with a line in any of the rounds; the priority households among them; and the
     * households of each category. A retailer counts once per group however many lines it has; its
     * quantities are summed over the rounds. A retailer is a priority household of a category when
     * it has a {@link org.retailerdesk.model.PriorityHousehold} record of that category that the rule
     * {@linkplain HouseholdRule#matches matches}. Groups without retailers are left out.
     *
     * @param roundIds   ids of {@link org.retailerdesk.model.AllocationRound}s (unknown ids add nothing)
     * @param households which household records count
     */
    java.util.List<AllocationTotals> allocationTotals(java.util.Collection<Long> roundIds, HouseholdRule households);

    /** The audit rows about a retailer and what belongs to it, newest first. */
    Page<AuditEntry> auditTrail(long retailerId, int offset, int size);

    /**
     * Records in the audit trail that {@code actor} is being shown the full value of a sensitive
     * field (e.g. a certificate number, PIPL): one {@link AuditAction#REVEAL} row, committed in
     * its own transaction before this returns, so callers show the value only after it is
     * recorded. The row belongs to the entity's retailer, so {@link #auditTrail} lists it.
     *
     * @param entity a stored entity (its id is what counts)
     * @param field  the model feature name of the revealed field
     * @param reason why the value is needed, as the user gave it; not blank
     * @throws IllegalArgumentException if the field is not one of the entity's or the reason is blank
     * @throws StoreException if the entity is not stored or the row cannot be written
     */
    void auditReveal(String actor, Entity entity, String field, String reason);
}
