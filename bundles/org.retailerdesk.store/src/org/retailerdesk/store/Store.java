package org.retailerdesk.store;

/**
 * The RetailerDesk data store, registered as an OSGi service: a small facade over role interfaces.
 * Callers see the model's types and never SQL; the implementation behind it (embedded Derby today)
 * may change without touching them.
 * <p>
 * The store itself is {@link Entities} (entities and transactions). Everything else is a role
 * reached through {@link #role}: {@link Users}, {@link Access}, {@link Connectivity}, {@link RetailerQueries}, {@link BulkLoad}, {@link AuditTrail},
 * {@link StoreChanges}, and one query interface per feature ({@link PublicityQueries},
 * {@link AllocationQueries}, {@link VisitQueries}). A new feature adds its own interface and its
 * implementation in each store bundle; it does not add methods here.
 * <p>
 * Opening may take seconds (database boot, migrations) and every read or write goes to the
 * database, so UI code calls the store from Jobs, never from the UI thread.
 */
public interface Store extends Entities {

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

    /**
     * @return this store's implementation of a role interface
     * @throws IllegalArgumentException when this store does not offer that role
     */
    <R> R role(Class<R> role);

    /** @return the retailer lists and counts */
    default RetailerQueries retailers() {
        return role(RetailerQueries.class);
    }

    /** @return fast loading of many new entities */
    default BulkLoad bulk() {
        return role(BulkLoad.class);
    }

    /** @return the audit trail */
    default AuditTrail audit() {
        return role(AuditTrail.class);
    }

    /** @return the centre's users and who is signed in */
    default Users users() {
        return role(Users.class);
    }

    /** @return the permission check */
    default Access access() {
        return role(Access.class);
    }

    /** @return the announcements of committed writes */
    default StoreChanges changes() {
        return role(StoreChanges.class);
    }
}
