package org.retailerdesk.store.derby.internal;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

/** Reads rows by a list of values in a few statements, a bounded number of values per IN list. */
final class InList {

    /** Values per IN list: Derby compiles each distinct length once, and long lists compile slowly. */
    static final int VALUES_PER_SELECT = 200;

    private InList() {
    }

    /** {@code ?, ?, ...}: n placeholders for an IN list. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Selects the table's rows matching {@code where} (with its parameters; may be empty) whose
     * column has one of the values, and hands each object to {@code out}.
     */
    static void select(Session session, EntityTable t, String where, List<?> params, String column, List<?> values,
            Consumer<EObject> out) throws SQLException {
        String prefix = where.isEmpty() ? "" : where + " AND "; //$NON-NLS-1$ //$NON-NLS-2$
        for (int from = 0; from < values.size(); from += VALUES_PER_SELECT) {
            List<?> part = values.subList(from, Math.min(values.size(), from + VALUES_PER_SELECT));
            List<Object> all = new java.util.ArrayList<>(params);
            all.addAll(part);
            for (EObject o : session.select(t, prefix + column + " IN (" + placeholders(part.size()) + ")", all)) { //$NON-NLS-1$ //$NON-NLS-2$
                out.accept(o);
            }
        }
    }
}
