package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.retailerdesk.security.Operation;
import org.retailerdesk.security.Principal;
import org.retailerdesk.store.Access;
import org.retailerdesk.store.AccessDeniedException;
import org.retailerdesk.store.AuditAction;

/** {@link Access} on Derby: the check against the signed-in user's roles, and the audited denial. */
final class AccessSql implements Access {

    private static final System.Logger LOG = System.getLogger(AccessSql.class.getName());

    private final Database db;

    AccessSql(Database db) {
        this.db = db;
    }

    @Override
    public boolean allows(Operation op) {
        Principal p = db.principal();
        return p != null && p.may(op);
    }

    @Override
    public void require(Operation op, String what) {
        Principal p = db.signedIn();
        if (!p.may(op)) {
            throw denied(p, op, what);
        }
    }

    /**
     * Records that the user was refused the operation (in a transaction of its own, so a rolled-back
     * write keeps it) and returns the exception to throw.
     */
    AccessDeniedException denied(Principal p, Operation op, String what) {
        record(p, op, what);
        return new AccessDeniedException(p.displayName(), op, what);
    }

    /** Records a refusal in the audit trail, in a transaction of its own; never throws. */
    void record(Principal p, Operation op, String what) {
        try (Connection c = db.connection()) {
            Audit.commitOne(c, p.user(), AuditAction.DENIED, Audit.USER_TYPE, 0, null, op.name(), null,
                    what == null ? null : Audit.clip(what));
        } catch (SQLException | RuntimeException ex) {
            // the refusal stands whether or not it could be recorded
            LOG.log(System.Logger.Level.WARNING, "could not record a denied operation", ex); //$NON-NLS-1$
        }
    }
}
