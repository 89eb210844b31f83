package org.retailerdesk.store.derby.internal;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.store.DuplicateKeyException;
import org.retailerdesk.store.StoreException;

/** Turns database errors into messages a user can act on. */
final class Failures {

    /** Derby puts names in single quotes: the table, the constraint, the column. */
    private static final Pattern QUOTED = Pattern.compile("'([A-Z0-9_]+)'"); //$NON-NLS-1$
    /** Our constraint names (V2 and later) say what was violated better than the table does. */
    private static final Pattern CONSTRAINT = Pattern.compile("(FK|UQ|PK)_[A-Z0-9_]+"); //$NON-NLS-1$

    private Failures() {
    }

    static StoreException of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState(); //$NON-NLS-1$
        String detail = constraint(e);
        if ("23505".equals(state)) { //$NON-NLS-1$
            String unique = UniqueKeys.describe(detail);
            return new DuplicateKeyException(unique != null ? NLS.bind(Messages.Store_duplicateKey, unique)
                    : NLS.bind(Messages.Store_duplicate, detail), e);
        }
        String message = switch (state) {
            case "23503" -> NLS.bind(Messages.Store_referenced, detail); //$NON-NLS-1$
            case "23502" -> NLS.bind(Messages.Store_required, detail); //$NON-NLS-1$
            case "22001" -> NLS.bind(Messages.Store_tooLong, detail); //$NON-NLS-1$
            default -> NLS.bind(Messages.Store_failed, DerbyStore.describe(e));
        };
        return new StoreException(message, e);
    }

    private static String constraint(SQLException e) {
        Matcher m = QUOTED.matcher(String.valueOf(e.getMessage()));
        String first = null;
        while (m.find()) {
            if (CONSTRAINT.matcher(m.group(1)).matches()) {
                return m.group(1);
            }
            first = first == null ? m.group(1) : first;
        }
        return first != null ? first : String.valueOf(e.getMessage());
    }
}
