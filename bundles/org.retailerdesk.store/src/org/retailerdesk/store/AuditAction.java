package org.retailerdesk.store;

/** What an audit row records. */
public enum AuditAction {
    INSERT,
    UPDATE,
    DELETE,
    /** one summary row for a chunk of {@link BulkLoad#bulkInsert}, not one row per field */
    BULK_INSERT,
    /**
     * someone was shown the full value of a sensitive field (read, not changed): the row's
     * {@code newValue} is the reason they gave, {@code oldValue} is null
     */
    REVEAL,
    /**
     * why an entity was deleted, as the user gave it: the row's {@code newValue}; written in the
     * same transaction as the entity's {@link #DELETE} rows
     */
    DELETE_REASON
}
