package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.security.Operation;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.AccessDeniedException;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.AuditQuery;
import org.retailerdesk.store.Page;
import org.retailerdesk.testsupport.TempStore;

/** The search of the whole centre's audit trail: what it finds, in which order, and who may ask. */
public class AuditSearchTest extends StoreTestBase {

    private static final List<String> ACTORS = List.of("admin", "wangli", "zhaoliu", "chenjing", "?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final List<String> TYPES = List.of("Retailer", "PriorityHousehold", "Visit", AuditQuery.USER); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Test
    public void randomFiltersFindWhatABruteForceFilterOfEveryRowFinds() throws Exception {
        Random random = new Random(14);
        // rows written by the store itself, then a trail of 40 days written straight into the table
        Retailer r = (Retailer) fixtures.saved(Fixtures.P.getRetailer());
        Instant start = LocalDate.of(2026, 3, 1).atStartOfDay(ZONE).toInstant();
        List<Long> retailers = List.of(r.getId(), r.getId() + 1000, r.getId() + 2000);
        try (Connection c = store.ownerConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO RD_AUDIT" //$NON-NLS-1$
                + " (CHANGED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, RETAILER_ID, FIELD, OLD_VALUE, NEW_VALUE)" //$NON-NLS-1$
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (int i = 0; i < 1500; i++) {
                String type = TYPES.get(random.nextInt(TYPES.size()));
                AuditAction action = AuditAction.values()[random.nextInt(AuditAction.values().length)];
                // a transaction's rows share their time, and times do not follow ids exactly
                ps.setTimestamp(1, Timestamp.from(start.plusSeconds(random.nextInt(40 * 86_400))));
                ps.setString(2, ACTORS.get(random.nextInt(ACTORS.size())));
                ps.setString(3, action.name());
                ps.setString(4, type);
                ps.setLong(5, random.nextInt(50));
                if (type.equals(AuditQuery.USER)) {
                    ps.setNull(6, Types.BIGINT);
                } else {
                    ps.setLong(6, retailers.get(random.nextInt(retailers.size())));
                }
                ps.setString(7, "shopName"); //$NON-NLS-1$
                ps.setString(8, "old " + i); //$NON-NLS-1$
                ps.setString(9, "new " + i); //$NON-NLS-1$
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
        List<AuditEntry> all = everyRow();
        assertTrue(all.size() > 1500, "the store's own rows are there too"); //$NON-NLS-1$

        Page<AuditEntry> whole = store.audit().search(AuditQuery.ALL, 0, all.size() + 10);
        assertEquals(all, whole.rows(), "no filter: every row, newest (highest id) first"); //$NON-NLS-1$
        assertEquals(all.size(), whole.total());
        assertFalse(whole.hasMore());

        for (int round = 0; round < 150; round++) {
            AuditQuery q = AuditQuery.ALL;
            if (random.nextInt(3) == 0) {
                q = q.withUsers(some(random, ACTORS));
            }
            if (random.nextInt(3) == 0) {
                LocalDate first = LocalDate.of(2026, 3, 1).plusDays(random.nextInt(45) - 3);
                q = q.withDays(random.nextBoolean() ? first : null, first.plusDays(random.nextInt(10)), ZONE);
            }
            if (random.nextInt(3) == 0) {
                q = q.withEntityTypes(some(random, TYPES));
            }
            if (random.nextInt(4) == 0) {
                q = q.withRetailer(retailers.get(random.nextInt(retailers.size())));
            }
            if (random.nextInt(3) == 0) {
                q = q.withActions(some(random, List.of(AuditAction.values())));
            }
            if (random.nextInt(4) == 0) {
                q = q.below(all.get(random.nextInt(all.size())).id());
            }
            List<AuditEntry> expected = all.stream().filter(bruteForce(q)).toList();
            int size = 1 + random.nextInt(60);
            int offset = expected.isEmpty() || random.nextBoolean() ? 0 : random.nextInt(expected.size() + 5);
            Page<AuditEntry> page = store.audit().search(q, offset, size);
            assertEquals(expected.size(), page.total(), q.toString());
            assertEquals(offset, page.offset());
            assertEquals(expected.subList(Math.min(offset, expected.size()), Math.min(offset + size, expected.size())),
                    page.rows(), q + " at " + offset + "+" + size); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    public void aDayRangeHoldsBothItsDaysWholeAndNothingOutside() throws Exception {
        LocalDate day = LocalDate.of(2026, 5, 10);
        Instant first = day.atStartOfDay(ZONE).toInstant();
        Instant end = day.plusDays(2).atStartOfDay(ZONE).toInstant();
        List<Instant> times = List.of(first.minusMillis(1), first, end.minusMillis(1), end);
        try (Connection c = store.ownerConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO RD_AUDIT" //$NON-NLS-1$
                + " (CHANGED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID) VALUES (?, 'wangli', 'SIGN_IN', 'User', 0)")) { //$NON-NLS-1$
            for (Instant t : times) {
                ps.setTimestamp(1, Timestamp.from(t));
                ps.executeUpdate();
            }
            c.commit();
        }
        Page<AuditEntry> page = store.audit().search(AuditQuery.ALL.withDays(day, day.plusDays(1), ZONE)
                .withUsers(Set.of("wangli")), 0, 10); //$NON-NLS-1$
        assertEquals(List.of(end.minusMillis(1), first), page.rows().stream().map(AuditEntry::at).toList());
    }

    @Test
    public void theUserChoicesAreEveryActorOnceInOrder() throws Exception {
        temp.signInAs("wangli", null, Role.CENTRE_STAFF); //$NON-NLS-1$
        assertThrows(RuntimeException.class, () -> store.users().signIn("nobody", "wrong".toCharArray())); //$NON-NLS-1$ //$NON-NLS-2$
        TempStore.signInAdministrator(store);
        List<String> actors = store.audit().actors();
        Set<String> stored = new TreeSet<>(everyRow().stream().map(AuditEntry::actor).toList());
        assertEquals(List.copyOf(stored), actors);
        assertTrue(actors.containsAll(List.of("admin", "wangli", "nobody")), actors.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    public void centreStaffAreRefusedTheTrailAndTheRefusalIsAudited() throws Exception {
        fixtures.saved(Fixtures.P.getRetailer());
        temp.signInAs("wangli", null, Role.CENTRE_STAFF, Role.LICENCE_OFFICER); //$NON-NLS-1$
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> store.audit().search(AuditQuery.ALL, 0, 50));
        assertEquals(Operation.VIEW_AUDIT, denied.operation());
        assertThrows(AccessDeniedException.class, () -> store.audit().actors());

        temp.signInAs("zhaoliu", null, Role.SUPERVISOR); //$NON-NLS-1$
        List<AuditEntry> refusals = store.audit()
                .search(AuditQuery.ALL.withUsers(Set.of("wangli")).withActions(Set.of(AuditAction.DENIED)), 0, 10) //$NON-NLS-1$
                .rows();
        assertEquals(2, refusals.size(), refusals.toString());
        assertTrue(refusals.stream().allMatch(e -> e.field().equals(Operation.VIEW_AUDIT.name())
                && e.entityType().equals(AuditQuery.USER)), refusals.toString());
        assertTrue(refusals.get(0).at().isAfter(Instant.now().minus(1, ChronoUnit.MINUTES)));
    }

    /** Every row of RD_AUDIT, read as the owner without the store's search, highest id first. */
    private List<AuditEntry> everyRow() throws Exception {
        List<AuditEntry> rows = new ArrayList<>();
        try (Connection c = store.ownerConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT ID, CHANGED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, RETAILER_ID, FIELD, OLD_VALUE, NEW_VALUE FROM RD_AUDIT"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object retailer = rs.getObject(7);
                rows.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6),
                        retailer == null ? null : ((Number) retailer).longValue(), rs.getString(8), rs.getString(9),
                        rs.getString(10)));
            }
            c.commit();
        }
        rows.sort(Comparator.comparingLong(AuditEntry::id).reversed());
        return rows;
    }

    /** The filter's meaning, written out on its own. */
    private static Predicate<AuditEntry> bruteForce(AuditQuery q) {
        return e -> (q.users().isEmpty() || q.users().contains(e.actor()))
                && (q.from() == null || e.at().compareTo(q.from()) >= 0)
                && (q.until() == null || e.at().compareTo(q.until()) < 0)
                && (q.entityTypes().isEmpty() || q.entityTypes().contains(e.entityType()))
                && (q.retailerId() == null || q.retailerId().equals(e.retailerId()))
                && (q.actions().isEmpty() || q.actions().contains(e.action()))
                && (q.belowId() == null || e.id() < q.belowId());
    }

    private static <T> Set<T> some(Random random, List<T> values) {
        Set<T> chosen = new HashSet<>();
        int n = 1 + random.nextInt(Math.min(3, values.size()));
        while (chosen.size() < n) {
            chosen.add(values.get(random.nextInt(values.size())));
        }
        return chosen.stream().collect(Collectors.toUnmodifiableSet());
    }
}
