package org.retailerdesk.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.RetailerQueries;
import org.retailerdesk.store.RetailerQuery;

/**
 * {@link RetailerQueries} on Derby: a page is found as ids (by {@link RetailerQuerySql}'s
 * statements) and then read by id; counts come from the grade-count cells where the query allows.
 * Every query is first {@link RetailerScope#restrict restricted} to the retailers the signed-in user
 * may see (a customer manager: his own), key lookups by the entity reads' scope.
 */
final class RetailerListSql implements RetailerQueries {

    private final Database db;
    private final ChangeBus changes;
    /**
     * The matches of the last text search answered by gathering them all (see
     * {@code TextSearch#gather}): its count and its other pages are then read from here, not
     * searched again, until the next write.
     */
    private volatile Gathered lastGathered;

    /** @param query the search, normalized to its first one-row page */
    private record Gathered(RetailerQuery query, long writes, List<Long> ids) {
    }

    RetailerListSql(Database db, ChangeBus changes) {
        this.db = db;
        this.changes = changes;
    }

    @Override
    public List<Retailer> findRetailersByKeys(Collection<String> customerCodes, Collection<String> licenceNumbers) {
        return db.read(session -> {
            EntityTable t = session.schema.retailer();
            Map<Long, Retailer> byId = new TreeMap<>();
            for (var key : List.of(Map.entry(RetailerdeskPackage.Literals.RETAILER__CUSTOMER_CODE, customerCodes),
                    Map.entry(RetailerdeskPackage.Literals.RETAILER__LICENCE_NUMBER, licenceNumbers))) {
                InList.select(session, t, "", List.of(), Naming.column(key.getKey()), //$NON-NLS-1$
                        List.copyOf(new LinkedHashSet<>(key.getValue())),
                        o -> byId.putIfAbsent(EntityTable.idOf(o), (Retailer) o));
            }
            return new ArrayList<>(byId.values());
        });
    }

    @Override
    public Page<Retailer> findRetailers(RetailerQuery query) {
        return db.read(session -> page(session, session.scope.restrict(query), true));
    }

    @Override
    public List<Retailer> findRetailerRows(RetailerQuery query) {
        return db.read(session -> page(session, session.scope.restrict(query), false).rows());
    }

    /** @param counted false: the page's total is left 0 unless it comes free with the rows */
    private Page<Retailer> page(Session session, RetailerQuery query, boolean counted) throws SQLException {
        RetailerQuerySql.TextSearch search = textSearch(session, query);
        long total;
        List<Long> pageIds;
        if (search != null && search.gather()) {
            List<Long> all = gathered(session, query, search);
            total = all.size();
            pageIds = all.subList(Math.min(query.offset(), all.size()),
                    (int) Math.min((long) query.offset() + query.size(), all.size()));
        } else {
            // a bigram's count comes from the token counts, and tells how to find its first pages
            boolean count = counted || search != null && search.tokensOnly();
            total = count ? count(session, query, search) : 0;
            pageIds = pageIds(session, query, search, total);
        }
        return new Page<>(byId(session, pageIds), total, query.offset());
    }

    /** The retailers with those ids, in that order. */
    static List<Retailer> byId(Session session, List<Long> ids) throws SQLException {
        Map<Long, Retailer> byId = new HashMap<>();
        InList.select(session, session.schema.retailer(), "", List.of(), EntityTable.ID, ids, //$NON-NLS-1$
                o -> byId.put(EntityTable.idOf(o), (Retailer) o));
        List<Retailer> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            rows.add(byId.get(id));
        }
        return rows;
    }

    private List<Long> pageIds(Session session, RetailerQuery query, RetailerQuerySql.TextSearch search, long total)
            throws SQLException {
        long retailers = query.text() == null ? total : count(session, RetailerQuery.all(), null);
        RetailerQuerySql sql = new RetailerQuerySql(query, search);
        List<Long> ids = new ArrayList<>(query.size());
        try (PreparedStatement ps = session.connection.prepareStatement(sql.pageIds(total, retailers))) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The gathered matches of the query, from the last search if it was this one and nothing was written since. */
    private List<Long> gathered(Session session, RetailerQuery query, RetailerQuerySql.TextSearch search)
            throws SQLException {
        RetailerQuery key = query.page(0, 1);
        long before = changes.writes();
        Gathered last = lastGathered;
        if (last != null && last.query().equals(key) && last.writes() == before) {
            return last.ids();
        }
        List<Long> ids = List.copyOf(gatherMatches(session, query, search));
        lastGathered = new Gathered(key, before, ids);
        return ids;
    }

    /** Every match's id in the query's order, sorted here (the same order as Derby's: by key, then id). */
    private static List<Long> gatherMatches(Session session, RetailerQuery query, RetailerQuerySql.TextSearch search)
            throws SQLException {
        record Match(long id, Comparable<Object> key) {
        }
        RetailerQuerySql sql = new RetailerQuerySql(query, search);
        List<Match> matches = new ArrayList<>();
        try (PreparedStatement ps = session.connection.prepareStatement(sql.matchesWithSortKey())) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    @SuppressWarnings("unchecked")
                    Comparable<Object> key = (Comparable<Object>) rs.getObject(2);
                    matches.add(new Match(rs.getLong(1), key));
                }
            }
        }
        Comparator<Match> order = Comparator.comparing(Match::key).thenComparingLong(Match::id);
        matches.sort(query.ascending() ? order : order.reversed());
        List<Long> ids = new ArrayList<>(matches.size());
        matches.forEach(m -> ids.add(m.id()));
        return ids;
    }

    @Override
    public long count(RetailerQuery query) {
        return db.read(session -> {
            RetailerQuery own = session.scope.restrict(query);
            return count(session, own, textSearch(session, own));
        });
    }

    private long count(Session session, RetailerQuery query, RetailerQuerySql.TextSearch search) throws SQLException {
        if (search != null && search.gather()) {
            // as cheap as counting, and the list's next read of this search finds the matches ready
            return gathered(session, query, search).size();
        }
        if (RetailerQuerySql.countable(query)) {
            return gradeCounts(session, query, search).values().stream().mapToLong(Long::longValue).sum();
        }
        if (query.statuses() != null && RetailerQuerySql.countsTextAlone(query.withStatuses(null), search)) {
            return countTextInStatuses(session, query, search);
        }
        RetailerQuerySql sql = new RetailerQuerySql(query, search);
        return single(session, sql, sql.count());
    }

    /**
     * A text with a status filter, and nothing else: counted along the status index over the
     * retailers of the statuses asked for, or of the others when they are fewer (the default list's
     * retailers out of business), subtracted from the text's count, which needs no row.
     */
    private long countTextInStatuses(Session session, RetailerQuery query, RetailerQuerySql.TextSearch search)
            throws SQLException {
        Set<RetailerStatus> others = EnumSet.complementOf(EnumSet.copyOf(query.statuses()));
        long wanted = 0;
        long otherwise = 0;
        try (PreparedStatement ps = session.connection.prepareStatement(RetailerQuerySql.statusCounts());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (query.statuses().contains(RetailerStatus.getByName(rs.getString(1)))) {
                    wanted += rs.getLong(2);
                } else {
                    otherwise += rs.getLong(2);
                }
            }
        }
        if (wanted <= otherwise) {
            RetailerQuerySql sql = new RetailerQuerySql(query, search);
            return single(session, sql, sql.countInStatuses(query.statuses()));
        }
        RetailerQuerySql text = new RetailerQuerySql(query.withStatuses(null), search);
        RetailerQuerySql out = new RetailerQuerySql(query, search);
        return single(session, text, text.count()) - single(session, out, out.countInStatuses(others));
    }

    /** The one number a statement of that query's SQL selects. */
    private static long single(Session session, RetailerQuerySql sql, String select) throws SQLException {
        try (PreparedStatement ps = session.connection.prepareStatement(select)) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public SortedMap<Integer, Long> countByGrade(RetailerQuery query) {
        return db.read(session -> {
            RetailerQuery own = session.scope.restrict(query);
            return gradeCounts(session, own, textSearch(session, own));
        });
    }

    private static SortedMap<Integer, Long> gradeCounts(Session session, RetailerQuery query,
            RetailerQuerySql.TextSearch search) throws SQLException {
        RetailerQuerySql sql = new RetailerQuerySql(query, search);
        String select = RetailerQuerySql.countable(query) ? sql.gradeCountsFromCells() : sql.gradeCounts();
        SortedMap<Integer, Long> out = new TreeMap<>();
        try (PreparedStatement ps = session.connection.prepareStatement(select)) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getLong(2) > 0) {
                        out.put(rs.getInt(1), rs.getLong(2));
                    }
                }
            }
        }
        return out;
    }

    /** The query's text search, or null when it has no text. */
    static RetailerQuerySql.TextSearch textSearch(Session session, RetailerQuery query) throws SQLException {
        return query.text() == null ? null : RetailerQuerySql.TextSearch.of(session.connection, query.text());
    }
}
