package org.retailerdesk.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditQuery;
import org.retailerdesk.testsupport.TempStore;

/**
 * Each filter of the audit search is answered from its index (Derby's own plan of the statement
 * the search runs, over 20 000 rows with statistics), never by reading the whole table.
 */
public class AuditPlanTest {

    private static TempStore temp;

    @BeforeAll
    static void trail() throws Exception {
        temp = TempStore.open();
        List<String> actions = List.of("INSERT", "UPDATE", "DELETE", "REVEAL", "SIGN_IN"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        List<String> kinds = List.of("Retailer", "Visit", "Policy", AuditQuery.USER); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Instant start = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        try (Connection c = temp.store().ownerConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO RD_AUDIT (CHANGED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, RETAILER_ID) VALUES (?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            // 20 000 rows of 10 actors, 5 actions, 4 kinds and 500 retailers over 200 days
            for (int n = 0; n < 20_000; n++) {
                ps.setTimestamp(1, Timestamp.from(start.plusSeconds(n * 864L)));
                ps.setString(2, "user" + n % 10); //$NON-NLS-1$
                ps.setString(3, actions.get(n % 5));
                ps.setString(4, kinds.get(n % 4));
                ps.setLong(5, n);
                ps.setLong(6, n % 500);
                ps.addBatch();
            }
            ps.executeBatch();
            try (Statement st = c.createStatement()) {
                st.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'RD_AUDIT', NULL)"); //$NON-NLS-1$
            }
            c.commit();
        }
    }

    @AfterAll
    static void close() {
        temp.close();
    }

    @Test
    public void everyFilterIsAnIndexRange() throws Exception {
        ZoneId zone = ZoneId.systemDefault();
        // the query, and the index its plan must use (null: any index, the optimiser's choice)
        Map<AuditQuery, String> queries = new LinkedHashMap<>();
        queries.put(AuditQuery.ALL, "IX_AUDIT_NEWEST"); //$NON-NLS-1$
        queries.put(AuditQuery.ALL.below(10_000L), "IX_AUDIT_NEWEST"); //$NON-NLS-1$
        queries.put(AuditQuery.ALL.withUsers(Set.of("user3")), "IX_AUDIT_ACTOR"); //$NON-NLS-1$ //$NON-NLS-2$
        queries.put(AuditQuery.ALL.withActions(Set.of(AuditAction.REVEAL)), "IX_AUDIT_ACTION"); //$NON-NLS-1$
        queries.put(AuditQuery.ALL.withDays(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), zone), "IX_AUDIT_AT"); //$NON-NLS-1$
        queries.put(AuditQuery.ALL.withRetailer(77L), "IX_AUDIT_RETAILER"); //$NON-NLS-1$
        queries.put(AuditQuery.ALL.withEntityTypes(Set.of("Policy")), "IX_AUDIT_KIND"); //$NON-NLS-1$ //$NON-NLS-2$
        queries.put(AuditQuery.ALL.withEntityTypes(Set.of(AuditQuery.USER)).withUsers(Set.of("user1", "user2")) //$NON-NLS-1$ //$NON-NLS-2$
                .withDays(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 31), zone)
                .withActions(Set.of(AuditAction.SIGN_IN, AuditAction.UPDATE)), null);
        try (Connection c = temp.store().ownerConnection()) {
            try {
                for (Map.Entry<AuditQuery, String> e : queries.entrySet()) {
                    String plan = plan(c, e.getKey());
                    assertFalse(plan.contains("Table Scan"), e.getKey() + ":\n" + plan); //$NON-NLS-1$ //$NON-NLS-2$
                    assertTrue(plan.contains(e.getValue() == null ? "Index Scan" : e.getValue()), //$NON-NLS-1$
                            e.getKey() + ":\n" + plan); //$NON-NLS-1$
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** Derby's plan of the page statement (the last one the search runs). */
    private static String plan(Connection c, AuditQuery q) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)"); //$NON-NLS-1$
            assertFalse(Audit.search(c, q, 0, 20).rows().isEmpty(), q.toString());
            try (ResultSet rs = st.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) { //$NON-NLS-1$
                rs.next();
                return rs.getString(1);
            } finally {
                st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)"); //$NON-NLS-1$
            }
        }
    }
}
