package org.retailerdesk.store.derby.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Visit;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.VisitQueries;

/**
 * {@link VisitQueries} on Derby. Counting by day is grouped in the
 * database along {@code IX_VISIT_VISITOR_DATE}'s columns (a few thousand rows however many
 * visits); "not visited since" is a NOT EXISTS per retailer on {@code IX_VISIT_RETAILER_DATE}, so
 * the visits are never read, only probed.
 */
final class VisitSql implements VisitQueries {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    private static final String VISIT = Naming.table(P.getVisit());
    private static final String RETAILER = Naming.table(P.getRetailer());
    private static final String VISITOR = Naming.column(P.getVisit_Visitor());
    private static final String VISIT_RETAILER = Naming.column(P.getVisit_Retailer());
    private static final String DATE = Naming.column(P.getVisit_Date());
    private static final String DISTRICT = Naming.column(P.getRetailer_District());

    private final Database db;

    VisitSql(Database db) {
        this.db = db;
    }

    @Override
    public List<DayCount> countVisitsByDay(LocalDate from, LocalDate to, Long districtId) {
        return db.read(session -> {
            List<Object> params = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
            StringBuilder where = new StringBuilder(" WHERE V." + DATE + " BETWEEN ? AND ?"); //$NON-NLS-1$ //$NON-NLS-2$
            if (districtId != null) {
                where.append(" AND R.").append(DISTRICT).append(" = ?"); //$NON-NLS-1$ //$NON-NLS-2$
                params.add(districtId);
            }
            // a customer manager counts the visits to his own retailers
            String own = session.scope.managerIs("R", params); //$NON-NLS-1$
            if (own != null) {
                where.append(" AND ").append(own); //$NON-NLS-1$
            }
            String sql = "SELECT V." + VISITOR + ", V." + DATE + ", COUNT(*) FROM " + VISIT + " V" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + (districtId == null && own == null ? "" : " JOIN " + RETAILER + " R ON R.ID = V." + VISIT_RETAILER) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + where + " GROUP BY V." + VISITOR + ", V." + DATE + " ORDER BY V." + VISITOR + ", V." + DATE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            List<DayCount> out = new ArrayList<>();
            try (PreparedStatement ps = session.connection.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DayCount(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<Visit> findVisits(long visitorId, LocalDate from, LocalDate to) {
        return db.read(session -> {
            List<Visit> out = new ArrayList<>();
            for (EObject o : session.select(session.schema.table(P.getVisit()), VISITOR + " = ? AND " + DATE //$NON-NLS-1$
                    + " BETWEEN ? AND ?", List.of(visitorId, Date.valueOf(from), Date.valueOf(to)))) { //$NON-NLS-1$
                out.add((Visit) o);
            }
            // one visitor's visits of a period are few: sorted here (entity reads take no ORDER BY)
            out.sort(Comparator.comparing(Visit::getDate).thenComparingLong(Visit::getId));
            return out;
        });
    }

    @Override
    public Page<LastVisit> findRetailersNotVisitedSince(RetailerQuery query, LocalDate since) {
        return db.read(session -> notVisitedSince(session, session.scope.restrict(query), since));
    }

    private static Page<LastVisit> notVisitedSince(Session session, RetailerQuery query, LocalDate since)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE NOT EXISTS (SELECT 1 FROM " + VISIT //$NON-NLS-1$
                + " V WHERE V." + VISIT_RETAILER + " = R.ID AND V." + DATE + " >= ?)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        params.add(Date.valueOf(since));
        filter(where, params, P.getRetailer_District(), query.districtId());
        filter(where, params, P.getRetailer_MarketDepartment(), query.marketDepartmentId());
        filter(where, params, P.getRetailer_CustomerManager(), query.customerManagerId());
        long total;
        try (PreparedStatement ps = session.connection.prepareStatement("SELECT COUNT(*) FROM " + RETAILER + " R" + where)) { //$NON-NLS-1$ //$NON-NLS-2$
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        // MAX over the (RETAILER_ID, DATE) index reads one index entry per retailer
        String page = "SELECT R.ID, (SELECT MAX(V." + DATE + ") FROM " + VISIT + " V WHERE V." + VISIT_RETAILER //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " = R.ID) AS LAST_VISIT FROM " + RETAILER + " R" + where //$NON-NLS-1$ //$NON-NLS-2$
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
        List<Retailer> retailers = RetailerListSql.byId(session, ids);
        List<LastVisit> rows = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            rows.add(new LastVisit(retailers.get(i), last.get(ids.get(i))));
        }
        return new Page<>(rows, total, query.offset());
    }

    /** Adds {@code AND R.<reference> = ?} when the query has that filter. */
    private static void filter(StringBuilder where, List<Object> params, EReference reference, Long id) {
        if (id != null) {
            where.append(" AND R.").append(Naming.column(reference)).append(" = ?"); //$NON-NLS-1$ //$NON-NLS-2$
            params.add(id);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
