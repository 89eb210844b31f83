package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.store.RetailerQuery;

/**
 * The SQL of a {@link RetailerQuery}. Only the shape of the SQL depends on the query (which
 * filters are set, how many search tokens, which parts of a text search can match); every value
 * is a parameter.
 * <p>
 * Text of two or more characters is the union of exact parts, each an index walk (see
 * {@link TextSearch}): the retailers having every bigram of the text in {@code RD_RETAILER_TOKEN}
 * (checked with LIKE unless the text is a single bigram, which the tokens answer exactly), those
 * whose code or licence number starts with the text, and those of the search backlog (id ranges
 * checked with LIKE). Parts known to be empty are left out, so a broad two-character text is
 * counted from {@code RD_RETAILER_TOKEN_COUNT}; its first pages walk the sort index and probe the tokens.
 * Filters on grade, market type, business format and status alone are answered from
 * {@code RD_RETAILER_COUNT}. A status filter beside a text is counted as the text's count less the
 * matches among the retailers of the other statuses, or from the matches of its own statuses,
 * whichever are fewer (see {@link #countInStatuses}): the default list, of the retailers in business,
 * keeps the text's fast counts.
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
    private static final String STATUS = col(P.getRetailer_Status());
    private static final String LIKE = " LIKE ? ESCAPE '\\'"; //$NON-NLS-1$
    private static final String PUBLICITY_POLICY = col(P.getPublicityRecord_Policy());
    private static final String PUBLICITY_RETAILER = col(P.getPublicityRecord_Retailer());
    private static final String PUBLICITY_DATE = col(P.getPublicityRecord_Date());

    /** Postings counted per token when looking for the rarest; enough to tell rare from common. */
    private static final int PROBE_LIMIT = 1000;
    /** Bigrams a candidate must have: the rarest drives, the others are index probes; LIKE checks the rest. */
    private static final int TOKENS_USED = 6;
    /** Backlog ranges named one by one; more are covered by one range (LIKE checks the extra rows). */
    private static final int BACKLOG_RANGES = 8;
    /**
     * Index entries a page may walk in sort order, probing the token index for each, before
     * joining the matches to the rows and sorting them is cheaper.
     */
    private static final long SORT_WALK_LIMIT = 30_000;
    /**
     * Code and licence prefix matches above which a text is answered by checking rows, see
     * {@link TextSearch#dense}; tests lower it with {@code -Dretailerdesk.store.densePrefix} to reach that path.
     */
    private static final int DENSE_LIMIT = Integer.getInteger("retailerdesk.store.densePrefix", 20_000); //$NON-NLS-1$
    /** Candidates of a text that needs LIKE up to which its matches are gathered in one pass, see {@link TextSearch#gather}. */
    private static final int GATHER_LIMIT = 100_000;

    /**
     * What a text search can match, looked up before its SQL is built.
     *
     * @param tokens        the text's bigrams, rarest first (at most {@value #TOKENS_USED}); empty for one character
     * @param postings      retailers having the rarest bigram, counted up to {@value #PROBE_LIMIT}, or up to
     *                      {@value #GATHER_LIMIT} + 1 when the text needs LIKE and hit that first limit
     * @param exact         true when the text is one bigram, so its postings are exactly its matches
     * @param codePrefix    how many customer codes start with the text, counted up to {@link #DENSE_LIMIT} + 1
     * @param licencePrefix how many licence numbers start with the text, counted up to {@link #DENSE_LIMIT} + 1
     * @param backlog       id ranges whose tokens are not built yet, read before the token index
     */
    record TextSearch(List<String> tokens, int postings, boolean exact, int codePrefix, int licencePrefix,
            List<long[]> backlog) {

        static TextSearch of(Connection c, String text) throws SQLException {
            // the backlog first: a range the indexer removes after this read has its tokens by the time they are read
            List<long[]> backlog = RetailerIndexes.backlog(c);
            String lower = text.toLowerCase(Locale.ROOT);
            java.util.Map<String, Integer> postings = new java.util.HashMap<>();
            for (String token : RetailerIndexes.bigrams(text)) {
                postings.put(token, postings(c, token, PROBE_LIMIT));
            }
            List<String> tokens = postings.keySet().stream().sorted(java.util.Comparator.comparing(postings::get))
                    .limit(TOKENS_USED).toList();
            String prefix = escape(text) + "%"; //$NON-NLS-1$
            boolean exact = lower.length() == 2 && tokens.size() == 1;
            int rarest = tokens.isEmpty() ? 0 : postings.get(tokens.get(0));
            if (!exact && rarest >= PROBE_LIMIT) {
                rarest = postings(c, tokens.get(0), GATHER_LIMIT + 1);
            }
            return new TextSearch(tokens, rarest, exact, startingWith(c, CUSTOMER_CODE, prefix),
                    startingWith(c, LICENCE, prefix), merge(backlog));
        }

        /** Retailers having the token, counted up to the limit (so a common one costs no more than that). */
        private static int postings(Connection c, String token, int limit) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT RETAILER_ID FROM RD_RETAILER_TOKEN WHERE TOKEN = ?")) { //$NON-NLS-1$
                ps.setMaxRows(limit);
                ps.setString(1, token);
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
                return n;
            }
        }

        /** Rows whose column starts with the prefix, counted up to {@link #DENSE_LIMIT} + 1 along its index. */
        private static int startingWith(Connection c, String column, String prefix) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM RD_RETAILER WHERE " + column + LIKE)) { //$NON-NLS-1$
                ps.setMaxRows(DENSE_LIMIT + 1);
                ps.setString(1, prefix);
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
                return n;
            }
        }

        /** Adjacent ranges (consecutive bulk chunks) as one; too many as one covering range. */
        private static List<long[]> merge(List<long[]> ranges) {
            List<long[]> out = new ArrayList<>();
            for (long[] r : ranges) {
                long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && r[0] <= last[1] + 1) {
                    last[1] = Math.max(last[1], r[1]);
                } else {
                    out.add(new long[] { r[0], r[1] });
                }
            }
            if (out.size() > BACKLOG_RANGES) {
                return List.of(new long[] { out.get(0)[0], out.get(out.size() - 1)[1] });
            }
            return out;
        }

        /**
         * True when the matches are best gathered in one pass, with their sort keys, and counted and
         * paged from there: LIKE must check each candidate's row, and doing so twice (count, then page)
         * would double the work; the candidates are few enough to hold.
         */
        boolean gather() {
            return !exact && !tokens.isEmpty() && postings <= GATHER_LIMIT && codePrefix == 0 && licencePrefix == 0
                    && backlog.isEmpty();
        }

        /** True when only the token part can match, and the tokens answer it exactly. */
        boolean tokensOnly() {
            return exact && codePrefix == 0 && licencePrefix == 0 && backlog.isEmpty();
        }

        /**
         * True when the text is the start of very many codes or licence numbers (the first digits of
         * a district's codes): checking every row is then cheaper than a union of that many ids,
         * and the first pages are found by walking the sort index.
         */
        boolean dense() {
            return codePrefix + licencePrefix > DENSE_LIMIT;
        }
    }

    private final RetailerQuery query;
    private final TextSearch search;
    private final StringBuilder from = new StringBuilder();
    private final List<String> where = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();
    /** How the retailer table is named when every row is checked; may carry an index hint. */
    private String retailerRows = "RD_RETAILER R"; //$NON-NLS-1$

    private static String col(EStructuralFeature f) {
        return Naming.column(f);
    }

    /** @param search what the query's text can match; null when it has no text */
    RetailerQuerySql(RetailerQuery query, TextSearch search) {
        this.query = query;
        this.search = search;
    }

    /** True when the counts of this query can be added up from {@code RD_RETAILER_COUNT}. */
    static boolean countable(RetailerQuery q) {
        return q.text() == null && q.districtId() == null && q.marketDepartmentId() == null
                && q.customerManagerId() == null && q.deliveryRouteId() == null && q.priorityHousehold() == null
                && q.notTold() == null;
    }

    /**
     * {@code SELECT R.ID ... ORDER BY ... OFFSET/FETCH}: the ids of the query's page.
     *
     * @param matches   how many retailers the query has
     * @param retailers how many retailers there are
     */
    String pageIds(long matches, long retailers) {
        String dir = query.ascending() ? " ASC" : " DESC"; //$NON-NLS-1$ //$NON-NLS-2$
        if (walksSortIndex(matches, retailers)) {
            // the page's retailers are about every (retailers / matches)-th entry of the grade index
            from.append("RD_RETAILER R --DERBY-PROPERTIES index=") //$NON-NLS-1$
                    .append(query.ascending() ? "IX_RETAILER_GRADE" : "IX_RETAILER_GRADE_DESC") //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\n"); //$NON-NLS-1$
            where.add("EXISTS (SELECT 1 FROM RD_RETAILER_TOKEN T WHERE T.TOKEN = ? AND T.RETAILER_ID = R.ID)"); //$NON-NLS-1$
            params.add(search.tokens().get(0));
            filters("R"); //$NON-NLS-1$
        } else {
            if (search != null && search.dense() && query.sort() == org.retailerdesk.store.RetailerSort.GRADE) {
                // most rows match: the first pages are near the start of the grade index
                retailerRows = "RD_RETAILER R --DERBY-PROPERTIES index=" //$NON-NLS-1$
                        + (query.ascending() ? "IX_RETAILER_GRADE" : "IX_RETAILER_GRADE_DESC") + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            build("R"); //$NON-NLS-1$
        }
        String key = sortKey();
        params.add(query.offset());
        params.add(query.size());
        return "SELECT R.ID FROM " + from + whereClause() + " ORDER BY " + key + dir + ", R.ID" + dir //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"; //$NON-NLS-1$
    }

    /** {@code SELECT R.ID, <sort key>} of every match, unordered; for {@link TextSearch#gather}. */
    String matchesWithSortKey() {
        build("R"); //$NON-NLS-1$
        String key = sortKey();
        return "SELECT R.ID, " + key + " FROM " + from + whereClause(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String sortKey() {
        return switch (query.sort()) {
            case GRADE -> "R." + GRADE; //$NON-NLS-1$
            case CUSTOMER_CODE -> "R." + CUSTOMER_CODE; //$NON-NLS-1$
            case SHOP_NAME -> "R." + SHOP_NAME; //$NON-NLS-1$
            case DISTRICT -> {
                from.append(" JOIN RD_DISTRICT D ON D.ID = R.") //$NON-NLS-1$
                        .append(col(P.getRetailer_District())).append(" ");
                yield "D." + col(P.getDistrict_Name()); //$NON-NLS-1$
            }
        };
    }

    /**
     * True for the first pages of a broad two-character text sorted by grade: walking the grade
     * index and probing the token index finds them sooner than fetching every match's row to sort.
     */
    private boolean walksSortIndex(long matches, long retailers) {
        return search != null && search.tokensOnly() && query.sort() == org.retailerdesk.store.RetailerSort.GRADE
                && onlyGradeFilters() && matches > 0
                && (double) (query.offset() + query.size()) * retailers / matches <= SORT_WALK_LIMIT;
    }

    /** True when the query filters on nothing but grade and status, which the grade indexes hold. */
    private boolean onlyGradeFilters() {
        return query.districtId() == null && query.marketDepartmentId() == null && query.customerManagerId() == null
                && query.deliveryRouteId() == null && query.priorityHousehold() == null && query.marketType() == null
                && query.businessFormat() == null && query.notTold() == null;
    }

    /** {@code SELECT GRADE, COUNT} over the retailer rows. */
    String gradeCounts() {
        build("R"); //$NON-NLS-1$
        return "SELECT R." + GRADE + ", COUNT(*) FROM " + from + whereClause() + " GROUP BY R." + GRADE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * {@code SELECT COUNT(*)}: of the text's matches alone when nothing else filters, of the few household rows
     * when they alone filter, else over the retailer rows.
     */
    String count() {
        if (query.text() == null && Boolean.TRUE.equals(query.priorityHousehold()) && query.districtId() == null
                && query.marketDepartmentId() == null && query.customerManagerId() == null
                && query.deliveryRouteId() == null && query.minGrade() == null
                && query.maxGrade() == null && query.marketType() == null && query.businessFormat() == null
                && query.notTold() == null) {
            // every household row has its retailer (foreign key): the few household rows answer, with their
            // retailers' rows looked up by id for a status filter
            String households = "SELECT COUNT(DISTINCT H." + HouseholdSql.RETAILER + ") FROM " + HouseholdSql.TABLE //$NON-NLS-1$ //$NON-NLS-2$
                    + " H"; //$NON-NLS-1$
            if (query.statuses() == null) {
                return households + " WHERE " + HouseholdSql.matches("H", query.householdRule(), params); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return households + " JOIN RD_RETAILER R ON R.ID = H." + HouseholdSql.RETAILER + " WHERE " //$NON-NLS-1$ //$NON-NLS-2$
                    + HouseholdSql.matches("H", query.householdRule(), params) + " AND " //$NON-NLS-1$ //$NON-NLS-2$
                    + statusIn("R", query.statuses()); //$NON-NLS-1$
        }
        if (countsTextAlone(query, search)) {
            return textCount();
        }
        build("R"); //$NON-NLS-1$
        return "SELECT COUNT(*) FROM " + from + whereClause(); //$NON-NLS-1$
    }

    /**
     * True when only a text filters (no status, grade or other condition) and its count comes from
     * the token counts or the union of its index parts, without reading a retailer row.
     */
    static boolean countsTextAlone(RetailerQuery query, TextSearch search) {
        return search != null && query.statuses() == null && query.minGrade() == null && query.maxGrade() == null
                && query.districtId() == null && query.marketDepartmentId() == null
                && query.customerManagerId() == null && query.deliveryRouteId() == null
                && query.priorityHousehold() == null && query.marketType() == null && query.businessFormat() == null
                && query.notTold() == null && (search.tokensOnly() || !search.tokens().isEmpty() && !search.dense());
    }

    /**
     * {@code SELECT COUNT(*)} of the text's matches among the retailers whose status is one of
     * {@code statuses}, each of those rows checked along {@code IX_RETAILER_STATUS}: cheap when they
     * are few. With the text's own count this answers a text and a status filter (see
     * {@link RetailerListSql}): the matches in business are the text's matches less those out of
     * business, and a filter on the few out of business counts theirs alone.
     */
    String countInStatuses(Set<RetailerStatus> statuses) {
        from.append("RD_RETAILER R --DERBY-PROPERTIES index=IX_RETAILER_STATUS\n"); //$NON-NLS-1$
        where.add(statusIn("R", statuses)); //$NON-NLS-1$
        where.add(rowMatchesText("R")); //$NON-NLS-1$
        return "SELECT COUNT(*) FROM " + from + whereClause(); //$NON-NLS-1$
    }

    /** {@code SELECT STATUS, SUM(N)} over every count cell: how many retailers have each status. */
    static String statusCounts() {
        return "SELECT STATUS, SUM(N) FROM RD_RETAILER_COUNT GROUP BY STATUS"; //$NON-NLS-1$
    }

    /** The count of a text alone, see {@link #countsTextAlone}. */
    private String textCount() {
        if (search.tokensOnly()) {
            params.add(search.tokens().get(0));
            return "SELECT COALESCE(SUM(N), 0) FROM RD_RETAILER_TOKEN_COUNT WHERE TOKEN = ?"; //$NON-NLS-1$
        }
        String union = union();
        return union == null ? "SELECT COUNT(*) FROM RD_DATABASE WHERE 1 = 0" : "SELECT COUNT(*) FROM (" + union + ") M"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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

    /**
     * {@code SELECT DISTRICT_ID, CUSTOMER_MANAGER_ID, COUNT(*), COUNT(told)} of the matches: the
     * retailers of the policy's records in the date range, one id each, joined to the matches.
     */
    String coverage(long policyId, LocalDate fromDate, LocalDate toDate) {
        String district = "R." + col(P.getRetailer_District()); //$NON-NLS-1$
        String manager = "R." + col(P.getRetailer_CustomerManager()); //$NON-NLS-1$
        int conditionsBefore = where.size();
        rows();
        // the join's parameters stand between the rows' (a union of text matches) and the conditions'
        // (which a text checked row by row adds already)
        int joinAt = where.size() > conditionsBefore ? 0 : params.size();
        List<Object> joinParams = new ArrayList<>();
        from.append(" LEFT JOIN (SELECT DISTINCT P.").append(PUBLICITY_RETAILER) //$NON-NLS-1$
                .append(" FROM RD_PUBLICITY_RECORD P WHERE ").append(publicity("P", policyId, fromDate, toDate, joinParams)) //$NON-NLS-1$ //$NON-NLS-2$
                .append(") T ON T.").append(PUBLICITY_RETAILER).append(" = R.ID"); //$NON-NLS-1$ //$NON-NLS-2$
        params.addAll(joinAt, joinParams);
        conditions("R"); //$NON-NLS-1$
        return "SELECT " + district + ", " + manager + ", COUNT(*), COUNT(T." + PUBLICITY_RETAILER + ") FROM " + from //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + whereClause() + " GROUP BY " + district + ", " + manager; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The condition on publicity rows of that alias for the policy and date range; its parameters go to {@code out}. */
    private static String publicity(String alias, long policyId, LocalDate fromDate, LocalDate toDate, List<Object> out) {
        StringBuilder sql = new StringBuilder(alias).append('.').append(PUBLICITY_POLICY).append(" = ?"); //$NON-NLS-1$
        out.add(policyId);
        if (fromDate != null) {
            sql.append(" AND ").append(alias).append('.').append(PUBLICITY_DATE).append(" >= ?"); //$NON-NLS-1$ //$NON-NLS-2$
            out.add(java.sql.Date.valueOf(fromDate));
        }
        if (toDate != null) {
            sql.append(" AND ").append(alias).append('.').append(PUBLICITY_DATE).append(" <= ?"); //$NON-NLS-1$ //$NON-NLS-2$
            out.add(java.sql.Date.valueOf(toDate));
        }
        return sql.toString();
    }

    private void build(String r) {
        rows();
        conditions(r);
    }

    /** The retailer rows the query starts from: the text's matches, or every row. */
    private void rows() {
        if (query.text() != null) {
            text();
        } else {
            from.append("RD_RETAILER R"); //$NON-NLS-1$
        }
    }

    private void conditions(String r) {
        filters(r);
        equal(r + "." + col(P.getRetailer_District()), query.districtId()); //$NON-NLS-1$
        equal(r + "." + col(P.getRetailer_MarketDepartment()), query.marketDepartmentId()); //$NON-NLS-1$
        equal(r + "." + col(P.getRetailer_CustomerManager()), query.customerManagerId()); //$NON-NLS-1$
        equal(r + "." + col(P.getRetailer_DeliveryRoute()), query.deliveryRouteId()); //$NON-NLS-1$
        if (query.priorityHousehold() != null) {
            String households = "SELECT H." + HouseholdSql.RETAILER + " FROM " + HouseholdSql.TABLE + " H WHERE " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + HouseholdSql.matches("H", query.householdRule(), params); //$NON-NLS-1$
            if (query.priorityHousehold()) {
                // driven from the few household rows, each looked up by the retailer's primary key
                where.add(r + ".ID IN (" + households + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                where.add("NOT EXISTS (" + households + " AND H." + HouseholdSql.RETAILER + " = " + r + ".ID)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        RetailerQuery.NotTold notTold = query.notTold();
        if (notTold != null) {
            // an index probe per retailer on (POLICY_ID, RETAILER_ID, DATE)
            where.add("NOT EXISTS (SELECT 1 FROM RD_PUBLICITY_RECORD N WHERE " //$NON-NLS-1$
                    + publicity("N", notTold.policyId(), notTold.from(), notTold.to(), params) + " AND N." + PUBLICITY_RETAILER + " = " + r //$NON-NLS-1$ //$NON-NLS-2$
                    + ".ID)"); //$NON-NLS-1$
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
        if (query.statuses() != null) {
            where.add(statusIn(alias, query.statuses()));
        }
    }

    /** The condition that a row's (or cell's) status is one of these; their literals go to the parameters. */
    private String statusIn(String alias, Set<RetailerStatus> statuses) {
        statuses.forEach(s -> params.add(s.getName()));
        return alias + "." + STATUS + (statuses.size() == 1 ? " = ?" : " IN (" + InList.placeholders(statuses.size()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private void equal(String column, Object value) {
        if (value != null) {
            where.add(column + " = ?"); //$NON-NLS-1$
            params.add(value);
        }
    }

    /** The condition that the row of that alias matches the query's text, checked on the row itself. */
    private String rowMatchesText(String r) {
        String contains = "%" + escape(query.text().toLowerCase(Locale.ROOT)) + "%"; //$NON-NLS-1$ //$NON-NLS-2$
        String prefix = escape(query.text()) + "%"; //$NON-NLS-1$
        params.add(contains);
        params.add(contains);
        params.add(prefix);
        params.add(prefix);
        return "(LOWER(" + r + "." + SHOP_NAME + ")" + LIKE + " OR LOWER(" + r + "." + ADDRESS + ")" + LIKE + " OR " + r //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                + "." + CUSTOMER_CODE + LIKE + " OR " + r + "." + LICENCE + LIKE + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private void text() {
        if (search.tokens().isEmpty() || search.dense()) {
            // a single character has no bigram, a dense prefix too many matches to union: every row is checked
            from.append(retailerRows);
            where.add(rowMatchesText("R")); //$NON-NLS-1$
            return;
        }
        String union = union();
        if (union == null) {
            from.append("RD_RETAILER R"); //$NON-NLS-1$
            where.add("1 = 0"); //$NON-NLS-1$
        } else {
            // --DERBY-PROPERTIES makes Derby look each match up by id; to other databases a comment
            from.append("(").append(union) //$NON-NLS-1$
                    .append(") M JOIN RD_RETAILER R --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON R.ID = M.ID"); //$NON-NLS-1$
        }
    }

    /**
     * The ids matching the text, as a union of its parts that can match (each exact on its own), with
     * their parameters added; null when no part can match.
     */
    private String union() {
        String text = query.text();
        String contains = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%"; //$NON-NLS-1$ //$NON-NLS-2$
        String prefix = escape(text) + "%"; //$NON-NLS-1$
        String nameOrAddress = "(LOWER(V." + SHOP_NAME + ")" + LIKE + " OR LOWER(V." + ADDRESS + ")" + LIKE + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        List<String> parts = new ArrayList<>();
        List<String> tokens = search.tokens();
        if (search.postings() > 0) {
            StringBuilder t = new StringBuilder("SELECT T0.RETAILER_ID AS ID FROM RD_RETAILER_TOKEN T0 WHERE T0.TOKEN = ?"); //$NON-NLS-1$
            params.add(tokens.get(0));
            for (int i = 1; i < tokens.size(); i++) {
                t.append(" AND EXISTS (SELECT 1 FROM RD_RETAILER_TOKEN T").append(i).append(" WHERE T").append(i) //$NON-NLS-1$ //$NON-NLS-2$
                        .append(".TOKEN = ? AND T").append(i).append(".RETAILER_ID = T0.RETAILER_ID)"); //$NON-NLS-1$ //$NON-NLS-2$
                params.add(tokens.get(i));
            }
            if (!search.exact()) {
                // having every bigram is not yet containing the text
                t.append(" AND EXISTS (SELECT 1 FROM RD_RETAILER V WHERE V.ID = T0.RETAILER_ID AND ") //$NON-NLS-1$
                        .append(nameOrAddress).append(")"); //$NON-NLS-1$
                params.add(contains);
                params.add(contains);
            }
            parts.add(t.toString());
        }
        if (search.codePrefix() > 0) {
            parts.add("SELECT C.ID FROM RD_RETAILER C WHERE C." + CUSTOMER_CODE + LIKE); //$NON-NLS-1$
            params.add(prefix);
        }
        if (search.licencePrefix() > 0) {
            parts.add("SELECT L.ID FROM RD_RETAILER L WHERE L." + LICENCE + LIKE); //$NON-NLS-1$
            params.add(prefix);
        }
        for (long[] range : search.backlog()) {
            parts.add("SELECT V.ID FROM RD_RETAILER V WHERE V.ID BETWEEN ? AND ? AND " + nameOrAddress); //$NON-NLS-1$
            params.add(range[0]);
            params.add(range[1]);
            params.add(contains);
            params.add(contains);
        }
        return parts.isEmpty() ? null : String.join(" UNION ", parts); //$NON-NLS-1$
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }
}
