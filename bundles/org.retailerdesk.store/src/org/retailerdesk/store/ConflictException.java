package org.retailerdesk.store;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.store.internal.Messages;

/**
 * Optimistic locking refused a save or delete: the entity was changed or deleted by someone else
 * since this copy was read. Nothing was written; the caller reloads and tries again.
 */
public class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** {@link #actualVersion()} when the entity no longer exists. */
    public static final int DELETED = 0;

    private final String entityType;
    private final long id;
    private final int expectedVersion;
    private final int actualVersion;

    public ConflictException(String entityType, long id, int expectedVersion, int actualVersion) {
        super(actualVersion == DELETED
                ? NLS.bind(Messages.Conflict_deleted, new Object[] { entityType, id, expectedVersion })
                : NLS.bind(Messages.Conflict_changed, new Object[] { entityType, id, expectedVersion, actualVersion }));
        this.entityType = entityType;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** Model class name, e.g. {@code Retailer}. */
    public String entityType() {
        return entityType;
    }

    public long id() {
        return id;
    }

    /** The version of the copy that was to be saved. */
    public int expectedVersion() {
        return expectedVersion;
    }

    /** The version in the store, or {@link #DELETED}. */
    public int actualVersion() {
        return actualVersion;
    }
}
