package org.retailerdesk.store;

/** What an audit row records. */
public enum AuditAction {
    INSERT,
    UPDATE,
    DELETE,
    /** one summary row for a chunk of {@link Store#bulkInsert}, not one row per field */
    BULK_INSERT
}
