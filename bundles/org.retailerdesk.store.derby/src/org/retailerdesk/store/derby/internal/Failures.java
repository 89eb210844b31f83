package org.retailerdesk.store.derby.internal;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.store.StoreException;

/** Turns database errors into messages a user can act on. */
final class Failures {

    /** Derby names the violated constraint in single quotes. */
    private static final Pattern QUOTED = Pattern.compile("'([A-Z0-9_]+)'"); //$NON-NLS-1$

    private Failures() {
    }

    static StoreException of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState(); //$NON-NLS-1$
        String detail = constraint(e);
        String message = switch (state) {
            case "23505" -> NLS.bind(Messages.Store_duplicate, detail); //$NON-NLS-1$
            case "23503" -> NLS.bind(Messages.Store_referenced, detail); //$NON-NLS-1$
            case "23502" -> NLS.bind(Messages.Store_required, detail); //$NON-NLS-1$
            case "22001" -> NLS.bind(Messages.Store_tooLong, detail); //$NON-NLS-1$
            default -> NLS.bind(Messages.Store_failed, DerbyStore.describe(e));
        };
        return new StoreException(message, e);
    }

    private static String constraint(SQLException e) {
        Matcher m = QUOTED.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) : String.valueOf(e.getMessage());
    }
}
