package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.retailerdesk.model.RetailerdeskPackage;

/**
 * What the store keeps beside the retailer rows so the retailer list stays fast: the search
 * tokens ({@code RD_RETAILER_TOKEN}) with their counts ({@code RD_RETAILER_TOKEN_COUNT}), and the
 * retailer counts per grade, market type, business format and status ({@code RD_RETAILER_COUNT}). {@link Changes} collects a unit of work's net effect on
 * both and writes it in the same transaction.
 * <p>
 * A bulk chunk writes no tokens: it records its id range in {@code RD_RETAILER_SEARCH_BACKLOG},
 * and {@link #buildTokens} builds them later (see {@link SearchIndexer}). Tokens of retailers in a
 * backlog range are left alone by every write, so that building them once is right.
 */
final class RetailerIndexes {

    /** Rows per multi-row token insert: one statement execution instead of a hundred. */
    private static final int TOKENS_PER_STATEMENT = 100;
    private static final String INSERT_TOKEN = "INSERT INTO RD_RETAILER_TOKEN (TOKEN, RETAILER_ID) VALUES (?, ?)"; //$NON-NLS-1$

    private final int shopName;
    private final int address;
    private final int grade;
    private final int marketType;
    private final int businessFormat;
    private final int status;

    RetailerIndexes(EntityTable retailer) {
        RetailerdeskPackage p = RetailerdeskPackage.eINSTANCE;
        shopName = retailer.indexOf(p.getRetailer_ShopName());
        address = retailer.indexOf(p.getRetailer_Address());
        grade = retailer.indexOf(p.getRetailer_Grade());
        marketType = retailer.indexOf(p.getRetailer_MarketType());
        businessFormat = retailer.indexOf(p.getRetailer_BusinessFormat());
        status = retailer.indexOf(p.getRetailer_Status());
    }

    /** The distinct character bigrams of each text, lower-cased; texts shorter than two give none. */
    static Set<String> bigrams(String... texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String s = text.toLowerCase(Locale.ROOT);
            for (int i = 0; i + 2 <= s.length(); i++) {
                out.add(s.substring(i, i + 2));
            }
        }
        return out;
    }

    /** The backlog's id ranges, by first id. Read before the token table, see {@link RetailerQuerySql}. */
    static List<long[]> backlog(Connection c) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT FIRST_ID, LAST_ID FROM RD_RETAILER_SEARCH_BACKLOG ORDER BY FIRST_ID"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new long[] { rs.getLong(1), rs.getLong(2) });
            }
        }
        return out;
    }

    static void addBacklog(Connection c, long first, long last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO RD_RETAILER_SEARCH_BACKLOG (FIRST_ID, LAST_ID) VALUES (?, ?)")) { //$NON-NLS-1$
            ps.setLong(1, first);
            ps.setLong(2, last);
            ps.executeUpdate();
        }
    }

    private static boolean inBacklog(List<long[]> backlog, long id) {
        for (long[] range : backlog) {
            if (id >= range[0] && id <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds the tokens of the backlog ranges starting at the given first ids and removes those
     * ranges, in the caller's transaction. The share lock on the retailer table keeps writers out
     * until the commit: a writer that came first has left these ranges' tokens alone (they were
     * in the backlog), one that comes later finds the tokens built.
     *
     * @return how many retailers got their tokens
     */
    int buildTokens(Connection c, List<long[]> ranges) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE RD_RETAILER IN SHARE MODE"); //$NON-NLS-1$
        }
        List<Token> tokens = new ArrayList<>();
        int retailers = 0;
        String select = "SELECT ID, " + Naming.column(RetailerdeskPackage.eINSTANCE.getRetailer_ShopName()) + ", " //$NON-NLS-1$ //$NON-NLS-2$
                + Naming.column(RetailerdeskPackage.eINSTANCE.getRetailer_Address())
                + " FROM RD_RETAILER WHERE ID BETWEEN ? AND ?"; //$NON-NLS-1$
        try (PreparedStatement ps = c.prepareStatement(select);
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM RD_RETAILER_SEARCH_BACKLOG WHERE FIRST_ID = ?")) { //$NON-NLS-1$
            for (long[] range : ranges) {
                delete.setLong(1, range[0]);
                if (delete.executeUpdate() == 0) {
                    continue; // built meanwhile by another store on the same database
                }
                ps.setLong(1, range[0]);
                ps.setLong(2, range[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        for (String t : bigrams(rs.getString(2), rs.getString(3))) {
                            tokens.add(new Token(t, id));
                        }
                        retailers++;
                    }
                }
            }
        }
        tokens.sort(TOKEN_ORDER);
        Changes.insertTokens(c, tokens);
        countTokens(c, tokens, List.of());
        return retailers;
    }

    /** Adds the net change per token to {@code RD_RETAILER_TOKEN_COUNT}, in token order (the same lock order for every writer). */
    private static void countTokens(Connection c, Collection<Token> added, Collection<Token> removed) throws SQLException {
        Map<String, Long> delta = new TreeMap<>();
        added.forEach(t -> delta.merge(t.token(), 1L, Long::sum));
        removed.forEach(t -> delta.merge(t.token(), -1L, Long::sum));
        delta.values().removeIf(n -> n == 0);
        if (delta.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE RD_RETAILER_TOKEN_COUNT SET N = N + ? WHERE TOKEN = ?"); //$NON-NLS-1$
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO RD_RETAILER_TOKEN_COUNT (N, TOKEN) VALUES (?, ?)")) { //$NON-NLS-1$
            for (Map.Entry<String, Long> e : delta.entrySet()) {
                update.setLong(1, e.getValue());
                update.setString(2, e.getKey());
                if (update.executeUpdate() == 0) {
                    insert.setLong(1, e.getValue());
                    insert.setString(2, e.getKey());
                    insert.executeUpdate();
                }
            }
        }
    }

    private Set<String> tokens(EntityTable.Row row) {
        return bigrams((String) row.values()[shopName], (String) row.values()[address]);
    }

    private record Token(String token, long retailerId) {
    }

    private record Cell(int grade, String marketType, String businessFormat, String status) {
    }

    private static final Comparator<Token> TOKEN_ORDER = Comparator.comparing(Token::token)
            .thenComparingLong(Token::retailerId);

    Changes changes() {
        return new Changes();
    }

    /** The net effect of inserts, updates and deletes of retailers, written by {@link #flush}. */
    final class Changes {
        // sorted so the inserts walk the token index in order, which Derby does much faster
        private final TreeSet<Token> added = new TreeSet<>(TOKEN_ORDER);
        private final TreeSet<Token> removed = new TreeSet<>(TOKEN_ORDER);
        private final Map<Cell, Long> counts = new HashMap<>();

        /** A bulk-inserted row: counted now, its tokens built later from the backlog. */
        void insertedInBacklog(EntityTable.Row row) {
            counts.merge(cell(row), 1L, Long::sum);
        }

        void inserted(EntityTable.Row row) {
            changed(null, row);
        }

        void deleted(EntityTable.Row row) {
            changed(row, null);
        }

        void changed(EntityTable.Row before, EntityTable.Row after) {
            Set<String> old = before == null ? Set.of() : tokens(before);
            Set<String> now = after == null ? Set.of() : tokens(after);
            long id = before != null ? before.id() : after.id();
            for (String t : old) {
                if (!now.contains(t)) {
                    Token token = new Token(t, id);
                    if (!added.remove(token)) {
                        removed.add(token);
                    }
                }
            }
            for (String t : now) {
                if (!old.contains(t)) {
                    Token token = new Token(t, id);
                    if (!removed.remove(token)) {
                        added.add(token);
                    }
                }
            }
            if (before != null) {
                counts.merge(cell(before), -1L, Long::sum);
            }
            if (after != null) {
                counts.merge(cell(after), 1L, Long::sum);
            }
        }

        private Cell cell(EntityTable.Row row) {
            Object[] v = row.values();
            return new Cell((Integer) v[grade], (String) v[marketType], (String) v[businessFormat], (String) v[status]);
        }

        void flush(Connection c) throws SQLException {
            if (!added.isEmpty() || !removed.isEmpty()) {
                List<long[]> backlog = backlog(c);
                if (!backlog.isEmpty()) {
                    added.removeIf(t -> inBacklog(backlog, t.retailerId()));
                    removed.removeIf(t -> inBacklog(backlog, t.retailerId()));
                }
            }
            if (!removed.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM RD_RETAILER_TOKEN WHERE TOKEN = ? AND RETAILER_ID = ?")) { //$NON-NLS-1$
                    for (Token t : removed) {
                        ps.setString(1, t.token());
                        ps.setLong(2, t.retailerId());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            insertTokens(c, new ArrayList<>(added));
            countTokens(c, added, removed);
            updateCounts(c);
            added.clear();
            removed.clear();
            counts.clear();
        }

        private static void insertTokens(Connection c, List<Token> tokens) throws SQLException {
            int whole = tokens.size() - tokens.size() % TOKENS_PER_STATEMENT;
            if (whole > 0) {
                String sql = INSERT_TOKEN + ", (?, ?)".repeat(TOKENS_PER_STATEMENT - 1); //$NON-NLS-1$
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int start = 0; start < whole; start += TOKENS_PER_STATEMENT) {
                        for (int i = 0; i < TOKENS_PER_STATEMENT; i++) {
                            Token t = tokens.get(start + i);
                            ps.setString(2 * i + 1, t.token());
                            ps.setLong(2 * i + 2, t.retailerId());
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if (whole < tokens.size()) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_TOKEN)) {
                    for (Token t : tokens.subList(whole, tokens.size())) {
                        ps.setString(1, t.token());
                        ps.setLong(2, t.retailerId());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        }

        private void updateCounts(Connection c) throws SQLException {
            if (counts.values().stream().allMatch(n -> n == 0)) {
                return;
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE RD_RETAILER_COUNT SET N = N + ?" //$NON-NLS-1$
                    + " WHERE GRADE = ? AND MARKET_TYPE = ? AND BUSINESS_FORMAT = ? AND STATUS = ?"); //$NON-NLS-1$
                    PreparedStatement insert = c.prepareStatement("INSERT INTO RD_RETAILER_COUNT" //$NON-NLS-1$
                            + " (N, GRADE, MARKET_TYPE, BUSINESS_FORMAT, STATUS) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                for (Map.Entry<Cell, Long> e : counts.entrySet()) {
                    if (e.getValue() == 0) {
                        continue;
                    }
                    if (bindCell(update, e).executeUpdate() == 0) {
                        bindCell(insert, e).executeUpdate();
                    }
                }
            }
        }

        private static PreparedStatement bindCell(PreparedStatement ps, Map.Entry<Cell, Long> e) throws SQLException {
            ps.setLong(1, e.getValue());
            ps.setInt(2, e.getKey().grade());
            ps.setString(3, e.getKey().marketType());
            ps.setString(4, e.getKey().businessFormat());
            ps.setString(5, e.getKey().status());
            return ps;
        }
    }
}
