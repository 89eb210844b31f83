package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.store.StoreException;

/**
 * The lock of a published allocation round (公示), kept by the store itself rather than by its
 * callers: a published round cannot be changed or deleted, and nothing that belongs to a round
 * (every entity with a reference to one: its rules and lines) can be added to it, changed in it or
 * deleted from it. Publishing itself, a change of a round that is not published yet, stays allowed.
 * <p>
 * The status is read in the writing transaction with a shared lock kept until its end ({@code WITH
 * RS}), so a round published by another workstation meanwhile cannot be written to. One instance
 * per transaction (or bulk chunk): it remembers the status of each round it read or wrote.
 */
final class PublishedRounds {

    private static final EClass ROUND = RetailerdeskPackage.Literals.ALLOCATION_ROUND;
    private static final String PUBLISHED = RoundStatus.PUBLISHED.getName();
    private static final String SELECT = "SELECT " + Naming.column(RetailerdeskPackage.Literals.ALLOCATION_ROUND__STATUS) //$NON-NLS-1$
            + ", " + Naming.column(RetailerdeskPackage.Literals.ALLOCATION_ROUND__CODE) + " FROM " + Naming.table(ROUND) //$NON-NLS-1$ //$NON-NLS-2$
            + " WHERE " + EntityTable.ID + " = ? WITH RS"; //$NON-NLS-1$ //$NON-NLS-2$

    private final Connection connection;
    /** Round id to its code when published, or to null when it is not. */
    private final Map<Long, String> published = new HashMap<>();

    PublishedRounds(Connection connection) {
        this.connection = connection;
    }

    /**
     * Checks a write of a row of {@code t}: an insert ({@code before} null), an update, or a delete
     * ({@code after} null).
     *
     * @throws StoreException when the write touches a published round
     */
    void check(EntityTable t, EntityTable.Row before, EntityTable.Row after) throws SQLException {
        if (t.eClass() == ROUND) {
            // the round's own row is read (and, when written, locked) by the write itself
            if (before != null) {
                refuse(codeIfPublished(t, before));
            }
            if (after != null) {
                published.put(after.id(), codeIfPublished(t, after));
            }
            return;
        }
        for (int column : roundColumns(t)) {
            for (EntityTable.Row row : new EntityTable.Row[] { before, after }) {
                if (row != null && row.values()[column] != null) {
                    refuseIfPublished((Long) row.values()[column]);
                }
            }
        }
    }

    private void refuseIfPublished(long roundId) throws SQLException {
        if (!published.containsKey(roundId)) {
            published.put(roundId, read(roundId));
        }
        refuse(published.get(roundId));
    }

    private static void refuse(String publishedCode) {
        if (publishedCode != null) {
            throw new StoreException(NLS.bind(Messages.Store_roundPublished, publishedCode));
        }
    }

    private static String codeIfPublished(EntityTable rounds, EntityTable.Row row) {
        Object status = row.values()[rounds.indexOf(RetailerdeskPackage.Literals.ALLOCATION_ROUND__STATUS)];
        return PUBLISHED.equals(status) ? (String) row.values()[rounds.indexOf(RetailerdeskPackage.Literals.ALLOCATION_ROUND__CODE)] : null;
    }

    /** The round's code if it is stored and published, else null. */
    private String read(long roundId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT)) {
            ps.setLong(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && PUBLISHED.equals(rs.getString(1)) ? rs.getString(2) : null;
            }
        }
    }

    /** The columns of t that refer to a round. */
    private static int[] roundColumns(EntityTable t) {
        List<Column> columns = t.columns();
        return java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).feature() instanceof EReference r && r.getEReferenceType() == ROUND).toArray();
    }
}
