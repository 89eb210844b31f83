package org.retailerdesk.store.derby.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Visit;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.VisitQueries.DayCount;
import org.retailerdesk.store.VisitQueries.LastVisit;

/**
 * The SQL of {@link org.retailerdesk.store.VisitQueries}. Counting by day is grouped in the
 * database along {@code IX_VISIT_VISITOR_DATE}'s columns (a few thousand rows however many
 * visits); "not visited since" is a NOT EXISTS per retailer on {@code IX_VISIT_RETAILER_DATE}, so
 * the visits are never read, only probed.
 */
final class VisitSql {

    private static final String VISIT = "RD_VISIT"; //$NON-NLS-1$
    private static final String RETAILER = "RD_RETAILER"; //$NON-NLS-1$

    private VisitSql() {
    }

    static List<DayCount> countByDay(Session session, LocalDate from, LocalDate to, Long districtId)
            throws SQLException {
        String sql = "SELECT V.VISITOR_ID, V.DATE, COUNT(*) FROM " + VISIT + " V" //$NON-NLS-1$ //$NON-NLS-2$
                + (districtId == null ? "" : " JOIN " + RETAILER + " R ON R.ID = V.RETAILER_ID") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " WHERE V.DATE BETWEEN ? AND ?" //$NON-NLS-1$
                + (districtId == null ? "" : " AND R.DISTRICT_ID = ?") //$NON-NLS-1$ //$NON-NLS-2$
                + " GROUP BY V.VISITOR_ID, V.DATE ORDER BY V.VISITOR_ID, V.DATE"; //$NON-NLS-1$
        List<DayCount> out = new ArrayList<>();
        try (PreparedStatement ps = session.connection.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            if (districtId != null) {
                ps.setLong(3, districtId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DayCount(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    static List<Visit> findVisits(Session session, long visitorId, LocalDate from, LocalDate to) throws SQLException {
        EntityTable t = session.schema.table(RetailerdeskPackage.Literals.VISIT);
        List<Visit> out = new ArrayList<>();
        for (EObject o : session.select(t, "VISITOR_ID = ? AND DATE BETWEEN ? AND ? ORDER BY DATE, ID", //$NON-NLS-1$
                List.of(visitorId, Date.valueOf(from), Date.valueOf(to)))) {
            out.add((Visit) o);
        }
        return out;
    }

    static Page<LastVisit> notVisitedSince(Session session, RetailerQuery query, LocalDate since) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE NOT EXISTS (SELECT 1 FROM " + VISIT //$NON-NLS-1$
                + " V WHERE V.RETAILER_ID = R.ID AND V.DATE >= ?)"); //$NON-NLS-1$
        params.add(Date.valueOf(since));
        if (query.districtId() != null) {
            where.append(" AND R.DISTRICT_ID = ?"); //$NON-NLS-1$
            params.add(query.districtId());
        }
        if (query.marketDepartmentId() != null) {
            where.append(" AND R.MARKET_DEPARTMENT_ID = ?"); //$NON-NLS-1$
            params.add(query.marketDepartmentId());
        }
        if (query.customerManagerId() != null) {
            where.append(" AND R.CUSTOMER_MANAGER_ID = ?"); //$NON-NLS-1$
            params.add(query.customerManagerId());
        }
        long total;
        try (PreparedStatement ps = session.connection.prepareStatement("SELECT COUNT(*) FROM " + RETAILER + " R" + where)) { //$NON-NLS-1$ //$NON-NLS-2$
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        // MAX over the (RETAILER_ID, DATE) index reads one index entry per retailer
        String page = "SELECT R.ID, (SELECT MAX(V.DATE) FROM " + VISIT + " V WHERE V.RETAILER_ID = R.ID) AS LAST_VISIT" //$NON-NLS-1$ //$NON-NLS-2$
                + " FROM " + RETAILER + " R" + where //$NON-NLS-1$ //$NON-NLS-2$
                + " ORDER BY LAST_VISIT ASC NULLS FIRST, R.ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"; //$NON-NLS-1$
        List<Long> ids = new ArrayList<>();
        Map<Long, LocalDate> last = new HashMap<>();
        try (PreparedStatement ps = session.connection.prepareStatement(page)) {
            bind(ps, params);
            ps.setInt(params.size() + 1, query.offset());
            ps.setInt(params.size() + 2, query.size());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    Date d = rs.getDate(2);
                    last.put(rs.getLong(1), d == null ? null : d.toLocalDate());
                }
            }
        }
        Map<Long, Retailer> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            String in = EntityTable.ID + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            for (EObject o : session.select(session.schema.retailer(), in, ids)) {
                byId.put(EntityTable.idOf(o), (Retailer) o);
            }
        }
        List<LastVisit> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            rows.add(new LastVisit(byId.get(id), last.get(id)));
        }
        return new Page<>(rows, total, query.offset());
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
