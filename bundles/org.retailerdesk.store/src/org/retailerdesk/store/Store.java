package org.retailerdesk.store;

/**
 * The RetailerDesk data store, registered as an OSGi service. Callers never see SQL; the
 * implementation behind it (embedded Derby today) may change without touching them.
 * <p>
 * Opening may take seconds (database boot, migrations), so UI code calls it from a Job.
 */
public interface Store {

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
}
