package org.retailerdesk.store.derby.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.store.CoverageCount;
import org.retailerdesk.store.PublicityQueries;
import org.retailerdesk.store.RetailerQuery;

/** {@link PublicityQueries} on Derby: coverage counted by {@link RetailerQuerySql#coverage}, latest records by index. */
final class PublicitySql implements PublicityQueries {

    private final Database db;

    PublicitySql(Database db) {
        this.db = db;
    }

    @Override
    public List<CoverageCount> publicityCoverage(RetailerQuery retailers, long policyId, LocalDate from, LocalDate to) {
        return db.read(session -> {
            RetailerQuery own = session.scope.restrict(retailers);
            RetailerQuerySql sql = new RetailerQuerySql(own, RetailerListSql.textSearch(session, own));
            List<CoverageCount> out = new ArrayList<>();
            try (PreparedStatement ps = session.connection.prepareStatement(sql.coverage(policyId, from, to))) {
                sql.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(2);
                        Long manager = rs.wasNull() ? null : id;
                        out.add(new CoverageCount(rs.getLong(1), manager, rs.getLong(3), rs.getLong(4)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, PublicityRecord> latestPublicity(long policyId, Collection<Long> retailerIds, LocalDate from,
            LocalDate to) {
        String date = Naming.column(RetailerdeskPackage.Literals.PUBLICITY_RECORD__DATE);
        StringBuilder range = new StringBuilder(Naming.column(RetailerdeskPackage.Literals.PUBLICITY_RECORD__POLICY))
                .append(" = ?"); //$NON-NLS-1$
        List<Object> params = new ArrayList<>(List.of(policyId));
        if (from != null) {
            range.append(" AND ").append(date).append(" >= ?"); //$NON-NLS-1$ //$NON-NLS-2$
            params.add(Date.valueOf(from));
        }
        if (to != null) {
            range.append(" AND ").append(date).append(" <= ?"); //$NON-NLS-1$ //$NON-NLS-2$
            params.add(Date.valueOf(to));
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(retailerIds));
        return db.read(session -> {
            Map<Long, PublicityRecord> latest = new HashMap<>();
            InList.select(session, session.schema.table(RetailerdeskPackage.Literals.PUBLICITY_RECORD),
                    range.toString(), params, Naming.column(RetailerdeskPackage.Literals.PUBLICITY_RECORD__RETAILER),
                    ids, o -> {
                        PublicityRecord r = (PublicityRecord) o;
                        latest.merge(r.getRetailer().getId(), r, (a, b) -> later(a, b) ? a : b);
                    });
            return latest;
        });
    }

    /** True when a is the later record: by date, then by id (written later). */
    private static boolean later(PublicityRecord a, PublicityRecord b) {
        int byDate = a.getDate().compareTo(b.getDate());
        return byDate > 0 || byDate == 0 && a.getId() > b.getId();
    }
}
