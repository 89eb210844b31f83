package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.store.AllocationQueries;
import org.retailerdesk.store.AllocationTotals;
import org.retailerdesk.store.HouseholdRule;

/**
 * The SQL behind {@link AllocationQueries#allocationTotals} on Derby. Every retailer's sums come from one GROUP BY over
 * the rounds' lines joined to the retailers' districts, so a report over rounds of 500 000 lines
 * reads a few dozen rows instead of every line. The households are few (a few per cent of the
 * retailers): their valid records are read once, and their lines are summed per retailer by the
 * lines' retailer index and their districts read by key, a few hundred retailers per statement; the categories are then added up
 * here, where a retailer with two records of a category (a renewal) is simply one retailer.
 * Quantities are summed as BIGINT (an INTEGER sum could overflow).
 */
final class AllocationTotalsSql implements AllocationQueries {

    /** Household retailers per statement that sums their lines. */
    private static final int RETAILERS_PER_SELECT = 500;

    private final Database db;

    AllocationTotalsSql(Database db) {
        this.db = db;
    }

    @Override
    public List<AllocationTotals> allocationTotals(Collection<Long> roundIds, HouseholdRule households) {
        List<Long> rounds = List.copyOf(new TreeSet<>(roundIds));
        return db.read(session -> read(session.connection, rounds, households, session.scope));
    }

    /** @param scope the retailers counted: a customer manager's report sums his own retailers' lines */
    private static List<AllocationTotals> read(Connection c, List<Long> roundIds, HouseholdRule householdRule,
            RetailerScope scope) throws SQLException {
        List<AllocationTotals> out = new ArrayList<>();
        if (roundIds.isEmpty()) {
            return out;
        }
        String rounds = "l.ROUND_ID IN (" + InList.placeholders(roundIds.size()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        List<Object> own = new ArrayList<>();
        String ownRetailers = scope.managerIs("r", own); //$NON-NLS-1$
        try (PreparedStatement ps = c.prepareStatement("SELECT r.DISTRICT_ID, COUNT(DISTINCT l.RETAILER_ID)," //$NON-NLS-1$
                + " SUM(CAST(l.QUANTITY AS BIGINT)) FROM RD_ALLOCATION_LINE l JOIN RD_RETAILER r ON r.ID = l.RETAILER_ID" //$NON-NLS-1$
                + " WHERE " + rounds + (ownRetailers == null ? "" : " AND " + ownRetailers) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " GROUP BY r.DISTRICT_ID")) { //$NON-NLS-1$
            int next = bind(ps, 1, roundIds);
            for (Object o : own) {
                ps.setObject(next++, o);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AllocationTotals(rs.getLong(1), false, null, rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        Map<Long, Set<AssistanceCategory>> households = validHouseholds(c, householdRule, scope);
        Map<Long, long[]> any = new HashMap<>();
        Map<Long, Map<AssistanceCategory, long[]>> byCategory = new HashMap<>();
        List<Long> ids = new ArrayList<>(households.keySet());
        for (int i = 0; i < ids.size(); i += RETAILERS_PER_SELECT) {
            List<Long> part = ids.subList(i, Math.min(ids.size(), i + RETAILERS_PER_SELECT));
            Map<Long, Long> districts = districts(c, part);
            // one table per statement, by the constraint's index: joined to the retailers, Derby chose to
            // scan them all for each statement; by the rounds' index it would read every line of the rounds
            try (PreparedStatement ps = c.prepareStatement("SELECT RETAILER_ID, SUM(CAST(QUANTITY AS BIGINT))" //$NON-NLS-1$
                    + " FROM RD_ALLOCATION_LINE l --DERBY-PROPERTIES constraint=FK_ALLOCATION_LINE_RETAILER\n" //$NON-NLS-1$
                    + " WHERE RETAILER_ID IN (" + InList.placeholders(part.size()) + ") AND " + rounds //$NON-NLS-1$ //$NON-NLS-2$
                    + " GROUP BY RETAILER_ID")) { //$NON-NLS-1$
                bind(ps, bind(ps, 1, part), roundIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long district = districts.get(rs.getLong(1));
                        long quantity = rs.getLong(2);
                        add(any.computeIfAbsent(district, d -> new long[2]), quantity);
                        Map<AssistanceCategory, long[]> sums = byCategory.computeIfAbsent(district,
                                d -> new EnumMap<>(AssistanceCategory.class));
                        for (AssistanceCategory category : households.get(rs.getLong(1))) {
                            add(sums.computeIfAbsent(category, k -> new long[2]), quantity);
                        }
                    }
                }
            }
        }
        any.forEach((district, v) -> out.add(new AllocationTotals(district, true, null, v[0], v[1])));
        byCategory.forEach((district, sums) -> sums
                .forEach((category, v) -> out.add(new AllocationTotals(district, true, category, v[0], v[1]))));
        return out;
    }

    /** The retailers with a record the rule counts, with the categories of those records. */
    private static Map<Long, Set<AssistanceCategory>> validHouseholds(Connection c, HouseholdRule rule,
            RetailerScope scope) throws SQLException {
        Map<Long, Set<AssistanceCategory>> out = new HashMap<>();
        List<Object> params = new ArrayList<>();
        String matches = HouseholdSql.matches("H", rule, params); //$NON-NLS-1$
        String own = scope.retailerIn("H." + HouseholdSql.RETAILER, params); //$NON-NLS-1$
        if (own != null) {
            matches = "(" + matches + ") AND " + own; //$NON-NLS-1$ //$NON-NLS-2$
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT H." + HouseholdSql.RETAILER + ", H." //$NON-NLS-1$ //$NON-NLS-2$
                + Naming.column(RetailerdeskPackage.Literals.PRIORITY_HOUSEHOLD__CATEGORY) + " FROM " + HouseholdSql.TABLE //$NON-NLS-1$
                + " H WHERE " + matches)) { //$NON-NLS-1$
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AssistanceCategory category = AssistanceCategory.get(rs.getString(2));
                    if (category == null) {
                        throw new SQLException("unknown assistance category " + rs.getString(2)); //$NON-NLS-1$
                    }
                    out.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(AssistanceCategory.class)).add(category);
                }
            }
        }
        return out;
    }

    /** The district of each retailer, read by primary key. */
    private static Map<Long, Long> districts(Connection c, List<Long> retailerIds) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ID, DISTRICT_ID FROM RD_RETAILER WHERE ID IN (" + InList.placeholders(retailerIds.size()) + ")")) { //$NON-NLS-1$ //$NON-NLS-2$
            bind(ps, 1, retailerIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** One more retailer and its quantity in a sum of {retailers, quantity}. */
    private static void add(long[] sum, long quantity) {
        sum[0]++;
        sum[1] += quantity;
    }

    /** @return the next parameter index */
    private static int bind(PreparedStatement ps, int index, List<Long> values) throws SQLException {
        for (Long v : values) {
            ps.setLong(index++, v);
        }
        return index;
    }
}
