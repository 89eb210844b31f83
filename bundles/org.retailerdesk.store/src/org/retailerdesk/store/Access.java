package org.retailerdesk.store;

import org.retailerdesk.security.Operation;

/**
 * The permission check every guarded operation calls below the UI. The store checks its own writes
 * itself (a write to master data needs {@link Operation#EDIT_MASTER_DATA}, publishing a round
 * {@link Operation#PUBLISH_ROUND}, a customer manager only writes his own retailers); feature
 * bundles call {@link #require} for what a write does not show (an export, an import, a reveal).
 */
public interface Access {

    /** @return true when the signed-in user may do the operation (false when nobody is signed in) */
    boolean allows(Operation op);

    /**
     * Does nothing when the signed-in user may do the operation; otherwise records the denial in the
     * audit trail (its own transaction) and throws.
     *
     * @param what what was attempted, for the audit row and the message (e.g. a file name); may be null
     * @throws AccessDeniedException when the user may not
     */
    void require(Operation op, String what);
}
