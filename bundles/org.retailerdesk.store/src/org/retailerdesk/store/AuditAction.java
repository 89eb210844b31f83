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
    DELETE_REASON,
    /** a sign-in: {@code field} is null, {@code newValue} says where from (workstation) */
    SIGN_IN,
    /**
     * a refused sign-in: {@code actor} is the name given, {@code newValue} why (wrong password,
     * locked, inactive)
     */
    SIGN_IN_FAILED,
    /**
     * an operation the signed-in user may not do was refused and wrote nothing: {@code field} is the
     * {@link org.retailerdesk.security.Operation}'s name, {@code newValue} what was attempted
     */
    DENIED,
    /**
     * a change of a user account by an administrator (or of one's own password): {@code entityType}
     * is {@code User}, {@code field} what changed (roles, active, password, ...), {@code newValue}
     * the new value (never a password)
     */
    ACCOUNT
}
