package org.retailerdesk.store;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.security.Operation;
import org.retailerdesk.store.internal.Messages;

/** The signed-in user may not do this; nothing was written, and the denial is in the audit trail. */
public class AccessDeniedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final Operation operation;
    private final String user;
    private final String what;

    public AccessDeniedException(String user, Operation operation, String what) {
        super(what == null || what.isBlank() ? NLS.bind(Messages.Access_denied, user, operation.label())
                : NLS.bind(Messages.Access_deniedWhat, new Object[] { user, operation.label(), what }));
        this.operation = operation;
        this.user = user;
        this.what = what;
    }

    /** What was attempted (e.g. {@code Retailer 1234}, a file name), or null. */
    public String what() {
        return what;
    }

    public Operation operation() {
        return operation;
    }

    public String user() {
        return user;
    }
}
