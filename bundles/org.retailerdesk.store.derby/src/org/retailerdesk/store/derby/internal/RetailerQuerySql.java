package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.store.RetailerQuery;

/**
 * The SQL of a {@link RetailerQuery}. Only the shape of the SQL depends on the query (which
 * filters are set, how many search tokens); every value is a parameter.
 * <p>
 * Text of two or more characters first gathers candidates in a derived table: the retailers
 * having the text's rarest bigrams in {@code RD_RETAILER_TOKEN} (see {@link #rarestTokens}),
 * plus those whose code or licence number starts with the text (both indexed); the candidates
 * are then checked with LIKE. Filters on grade, market type and business format alone are answered
 * from {@code RD_RETAILER_COUNT}.
 */
final class RetailerQuerySql {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    private static final String SHOP_NAME = col(P.getRetailer_ShopName());
    private static final String ADDRESS = col(P.getRetailer_Address());
    private static final String CUSTOMER_CODE = col(P.getRetailer_CustomerCode());
    private static final String LICENCE = col(P.getRetailer_LicenceNumber());
    private static final String GRADE = col(P.getRetailer_Grade());
    private static final String MARKET_TYPE = col(P.getRetailer_MarketType());
    private static final String BUSINESS_FORMAT = col(P.getRetailer_BusinessFormat());
    private static final String LIKE = " LIKE ? ESCAPE '\\'"; //$NON-NLS-1$

    /** Postings counted per token when looking for the rarest; enough to tell rare from common. */
    private static final int PROBE_LIMIT = 1000;
    /** Bigrams a candidate must have: the rarest drives, the others are index probes; LIKE checks the rest. */
    private static final int TOKENS_USED = 3;

    private final RetailerQuery query;
    private final List<String> tokens;
    private final StringBuilder from = new StringBuilder();
    private final List<String> where = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    private static String col(EStructuralFeature f) {
        return Naming.column(f);
    }

    /**
     * @param tokens the text's bigrams to gather candidates by, rarest first, from
     *               {@link #rarestTokens}; empty when the query has no text or a single character
     */
    RetailerQuerySql(RetailerQuery query, List<String> tokens) {
        this.query = query;
        this.tokens = tokens;
    }

    /**
     * The text's rarest bigrams, rarest first, by their postings counted up to a limit (so a common
     * bigram costs no more to count than a rare one).
     */
    static List<String> rarestTokens(Connection c, RetailerQuery query) throws SQLException {
        if (query.text() == null) {
            return List.of();
        }
        java.util.Map<String, Integer> postings = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT RETAILER_ID FROM RD_RETAILER_TOKEN WHERE TOKEN = ?")) { //$NON-NLS-1$
            ps.setMaxRows(PROBE_LIMIT);
            for (String token : RetailerIndexes.bigrams(query.text())) {
                ps.setString(1, token);
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
                postings.put(token, n);
            }
        }
        return postings.keySet().stream().sorted(java.util.Comparator.comparing(postings::get)).limit(TOKENS_USED)
                .toList();
    }

    /** True when the counts of this query can be added up from {@code RD_RETAILER_COUNT}. */
    static boolean countable(RetailerQuery q) {
        return q.text() == null && q.districtId() == null && q.marketDepartmentId() == null
                && q.customerManagerId() == null && q.priorityHousehold() == null;
    }

    /** {@code SELECT R.ID ... ORDER BY ... OFFSET/FETCH}: the ids of the query's page. */
    String pageIds() {
        build("R"); //$NON-NLS-1$
        String dir = query.ascending() ? " ASC" : " DESC"; //$NON-NLS-1$ //$NON-NLS-2$
        String key = switch (query.sort()) {
            case GRADE -> "R." + GRADE; //$NON-NLS-1$
            case CUSTOMER_CODE -> "R." + CUSTOMER_CODE; //$NON-NLS-1$
            case SHOP_NAME -> "R." + SHOP_NAME; //$NON-NLS-1$
            case DISTRICT -> {
                from.append(" JOIN RD_DISTRICT D ON D.ID = R.") //$NON-NLS-1$
                        .append(col(P.getRetailer_District())).append(" ");
                yield "D." + col(P.getDistrict_Name()); //$NON-NLS-1$
            }
        };
        params.add(query.offset());
        params.add(query.size());
        return "SELECT R.ID FROM " + from + whereClause() + " ORDER BY " + key + dir + ", R.ID" + dir //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"; //$NON-NLS-1$
    }

    /** {@code SELECT GRADE, COUNT} over the retailer rows. */
    String gradeCounts() {
        build("R"); //$NON-NLS-1$
        return "SELECT R." + GRADE + ", COUNT(*) FROM " + from + whereClause() + " GROUP BY R." + GRADE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** {@code SELECT COUNT(*)} over the retailer rows. */
    String count() {
        build("R"); //$NON-NLS-1$
        return "SELECT COUNT(*) FROM " + from + whereClause(); //$NON-NLS-1$
    }

    /** {@code SELECT GRADE, SUM(N)} over the count cells; only for {@link #countable} queries. */
    String gradeCountsFromCells() {
        from.append("RD_RETAILER_COUNT C"); //$NON-NLS-1$
        filters("C"); //$NON-NLS-1$
        return "SELECT C.GRADE, SUM(C.N) FROM " + from + whereClause() + " GROUP BY C.GRADE"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private String whereClause() {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void build(String r) {
        if (query.text() != null) {
            text(query.text());
        } else {
            from.append("RD_RETAILER R"); //$NON-NLS-1$
        }
        filters(r);
        equal(r + "." + col(P.getRetailer_District()), query.districtId()); //$NON-NLS-1$
        equal(r + "." + col(P.getRetailer_MarketDepartment()), query.marketDepartmentId()); //$NON-NLS-1$
        equal(r + "." + col(P.getRetailer_CustomerManager()), query.customerManagerId()); //$NON-NLS-1$
        if (query.priorityHousehold() != null) {
            where.add((query.priorityHousehold() ? "" : "NOT ") //$NON-NLS-1$ //$NON-NLS-2$
                    + "EXISTS (SELECT 1 FROM RD_PRIORITY_HOUSEHOLD H WHERE H." //$NON-NLS-1$
                    + col(P.getPriorityHousehold_Retailer()) + " = " + r + ".ID AND H." //$NON-NLS-1$ //$NON-NLS-2$
                    + col(P.getPriorityHousehold_Active()) + " = TRUE)"); //$NON-NLS-1$
        }
    }

    /** The filters that exist both on retailer rows and on count cells (same column names). */
    private void filters(String alias) {
        if (query.minGrade() != null) {
            where.add(alias + "." + GRADE + " >= ?"); //$NON-NLS-1$ //$NON-NLS-2$
            params.add(query.minGrade());
        }
        if (query.maxGrade() != null) {
            where.add(alias + "." + GRADE + " <= ?"); //$NON-NLS-1$ //$NON-NLS-2$
            params.add(query.maxGrade());
        }
        equal(alias + "." + MARKET_TYPE, query.marketType() == null ? null : query.marketType().getName()); //$NON-NLS-1$
        equal(alias + "." + BUSINESS_FORMAT, //$NON-NLS-1$
                query.businessFormat() == null ? null : query.businessFormat().getName());
    }

    private void equal(String column, Object value) {
        if (value != null) {
            where.add(column + " = ?"); //$NON-NLS-1$
            params.add(value);
        }
    }

    private void text(String text) {
        String contains = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%"; //$NON-NLS-1$ //$NON-NLS-2$
        String prefix = escape(text) + "%"; //$NON-NLS-1$
        if (tokens.isEmpty()) {
            from.append("RD_RETAILER R"); //$NON-NLS-1$
        } else {
            // --DERBY-PROPERTIES makes Derby look each candidate up by id; to other databases a comment
            from.append("(SELECT T.RETAILER_ID AS ID FROM RD_RETAILER_TOKEN T WHERE T.TOKEN = ?"); //$NON-NLS-1$
            for (int i = 1; i < tokens.size(); i++) {
                from.append(" AND EXISTS (SELECT 1 FROM RD_RETAILER_TOKEN T").append(i).append(" WHERE T").append(i) //$NON-NLS-1$ //$NON-NLS-2$
                        .append(".TOKEN = ? AND T").append(i).append(".RETAILER_ID = T.RETAILER_ID)"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            from.append(" UNION SELECT C.ID FROM RD_RETAILER C WHERE C.").append(CUSTOMER_CODE).append(LIKE) //$NON-NLS-1$
                    .append(" UNION SELECT L.ID FROM RD_RETAILER L WHERE L.").append(LICENCE).append(LIKE) //$NON-NLS-1$
                    .append(") M JOIN RD_RETAILER R --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON R.ID = M.ID"); //$NON-NLS-1$
            params.addAll(tokens);
            params.add(prefix);
            params.add(prefix);
        }
        where.add("(LOWER(R." + SHOP_NAME + ")" + LIKE + " OR LOWER(R." + ADDRESS + ")" + LIKE + " OR R." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + CUSTOMER_CODE + LIKE + " OR R." + LICENCE + LIKE + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        params.add(contains);
        params.add(contains);
        params.add(prefix);
        params.add(prefix);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }
}
