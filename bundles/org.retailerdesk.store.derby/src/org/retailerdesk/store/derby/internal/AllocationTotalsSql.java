package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.store.AllocationTotals;

/**
 * The SQL behind {@code Store#allocationTotals}: three GROUP BY statements over the rounds' lines
 * joined to the retailers' districts, so a report over rounds of 500 000 lines reads a few dozen
 * rows instead of every line. Quantities are summed as BIGINT (an INTEGER sum could overflow).
 */
final class AllocationTotalsSql {

    /** The households valid in the window, one row per retailer and category (renewed records count once). */
    private static final String VALID_HOUSEHOLDS = "SELECT DISTINCT RETAILER_ID, CATEGORY FROM RD_PRIORITY_HOUSEHOLD" //$NON-NLS-1$
            + " WHERE ACTIVE = TRUE AND EVIDENCE_DATE <= ? AND (EXPIRY_DATE IS NULL OR EXPIRY_DATE >= ?)"; //$NON-NLS-1$

    private AllocationTotalsSql() {
    }

    static List<AllocationTotals> read(Connection c, List<Long> roundIds, LocalDate from, LocalDate to)
            throws SQLException {
        List<AllocationTotals> out = new ArrayList<>();
        if (roundIds.isEmpty()) {
            return out;
        }
        String rounds = "l.ROUND_ID IN (" + String.join(", ", Collections.nCopies(roundIds.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String sums = "COUNT(DISTINCT l.RETAILER_ID), SUM(CAST(l.QUANTITY AS BIGINT))"; //$NON-NLS-1$
        String lines = " FROM RD_ALLOCATION_LINE l JOIN RD_RETAILER r ON r.ID = l.RETAILER_ID"; //$NON-NLS-1$
        // every retailer with a line
        try (PreparedStatement ps = c.prepareStatement("SELECT r.DISTRICT_ID, " + sums + lines + " WHERE " + rounds //$NON-NLS-1$ //$NON-NLS-2$
                + " GROUP BY r.DISTRICT_ID")) { //$NON-NLS-1$
            bindRounds(ps, 1, roundIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AllocationTotals(rs.getLong(1), false, null, rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        // the households of any category: a retailer with two categories is one household
        // (driven from the few households, through the lines' retailer index, not from every line)
        try (PreparedStatement ps = c.prepareStatement("SELECT r.DISTRICT_ID, " + sums //$NON-NLS-1$
                + " FROM (SELECT DISTINCT RETAILER_ID FROM (" + VALID_HOUSEHOLDS + ") v) h" //$NON-NLS-1$ //$NON-NLS-2$
                + " JOIN RD_ALLOCATION_LINE l ON l.RETAILER_ID = h.RETAILER_ID" //$NON-NLS-1$
                + " JOIN RD_RETAILER r ON r.ID = l.RETAILER_ID WHERE " + rounds //$NON-NLS-1$
                + " GROUP BY r.DISTRICT_ID")) { //$NON-NLS-1$
            bindRounds(ps, bindWindow(ps, 1, from, to), roundIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AllocationTotals(rs.getLong(1), true, null, rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        // per category
        try (PreparedStatement ps = c.prepareStatement("SELECT r.DISTRICT_ID, h.CATEGORY, " + sums //$NON-NLS-1$
                + " FROM (" + VALID_HOUSEHOLDS + ") h JOIN RD_ALLOCATION_LINE l ON l.RETAILER_ID = h.RETAILER_ID" //$NON-NLS-1$ //$NON-NLS-2$
                + " JOIN RD_RETAILER r ON r.ID = l.RETAILER_ID WHERE " + rounds //$NON-NLS-1$
                + " GROUP BY r.DISTRICT_ID, h.CATEGORY")) { //$NON-NLS-1$
            bindRounds(ps, bindWindow(ps, 1, from, to), roundIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AssistanceCategory category = AssistanceCategory.get(rs.getString(2));
                    if (category == null) {
                        throw new SQLException("unknown assistance category " + rs.getString(2)); //$NON-NLS-1$
                    }
                    out.add(new AllocationTotals(rs.getLong(1), true, category, rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return out;
    }

    /** @return the next parameter index */
    private static int bindRounds(PreparedStatement ps, int index, List<Long> roundIds) throws SQLException {
        for (Long id : roundIds) {
            ps.setLong(index++, id);
        }
        return index;
    }

    /** @return the next parameter index */
    private static int bindWindow(PreparedStatement ps, int index, LocalDate from, LocalDate to) throws SQLException {
        ps.setDate(index, Date.valueOf(to));
        ps.setDate(index + 1, Date.valueOf(from));
        return index + 2;
    }
}
