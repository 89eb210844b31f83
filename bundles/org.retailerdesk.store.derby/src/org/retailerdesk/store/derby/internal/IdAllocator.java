package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out entity ids from {@code RD_ID_BLOCK} in blocks, each taken in a short transaction of
 * its own so writers never wait on one another's counter lock. Ids of a rolled-back
 * transaction are not reused; the gaps do no harm.
 */
final class IdAllocator {

    private static final int BLOCK = 100;

    private final ReferenceCache.Source source;
    private long next;
    private long end;

    IdAllocator(ReferenceCache.Source source) {
        this.source = source;
    }

    synchronized long next() throws SQLException {
        if (next == end) {
            next = reserve(BLOCK);
            end = next + BLOCK;
        }
        return next++;
    }

    /** @return the first of {@code count} consecutive ids reserved for the caller alone */
    long reserve(int count) throws SQLException {
        try (Connection c = source.connection()) {
            try (PreparedStatement up = c.prepareStatement("UPDATE RD_ID_BLOCK SET NEXT_ID = NEXT_ID + ? WHERE ID = 1"); //$NON-NLS-1$
                    PreparedStatement get = c.prepareStatement("SELECT NEXT_ID FROM RD_ID_BLOCK WHERE ID = 1")) { //$NON-NLS-1$
                up.setLong(1, count);
                up.executeUpdate();
                try (ResultSet rs = get.executeQuery()) {
                    rs.next();
                    long first = rs.getLong(1) - count;
                    c.commit();
                    return first;
                }
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
