package org.retailerdesk.allocation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.AllocationRounds;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RetailerSets;
import org.retailerdesk.allocation.RoundLockedException;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.allocation.StoredRound;
import org.retailerdesk.allocation.internal.DefaultAllocationEngine;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.model.Staff;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;

/** A round's life in a real store: saved, read back, computed again, overridden, published and then locked. */
public class RoundLifecycleTest {

    private static final LocalDate TODAY = FixedClock.TODAY;
    private static final String ACTOR = "planner"; //$NON-NLS-1$

    static TempStore temp;
    static DerbyStore store;
    static RetailerSet retailers;
    static String brand;
    static Staff staff;
    private final DefaultAllocationEngine engine = new DefaultAllocationEngine();

    @BeforeAll
    static void fill() {
        temp = TempStore.withDemoCentre(300, 11);
        store = temp.store();
        retailers = RetailerSets.fromStore(store, TODAY, new NullProgressMonitor());
        brand = store.findAll(Brand.class).get(1).getCode();
        staff = store.findAll(Staff.class).get(0);
    }

    @AfterAll
    static void close() {
        temp.close();
    }

    private static RoundSpec groupsSpec(int supply) {
        return RoundSpec.builder(brand, supply).period(YearMonth.of(2026, 12)).groups(Dimension.MARKET_TYPE)
                .weight(Dimension.MARKET_TYPE, "URBAN", 4).weight(Dimension.MARKET_TYPE, "RURAL", 6).cutoffGrade(2) //$NON-NLS-1$ //$NON-NLS-2$
                .cap(8).biweeklyMultiplier(new BigDecimal("1.5")).priority(PriorityRule.uplift(new BigDecimal("1.2"))) //$NON-NLS-1$ //$NON-NLS-2$
                .build();
    }

    private static Map<Long, Integer> quantities(StoredRound r) {
        Map<Long, Integer> out = new HashMap<>();
        r.lines().forEach(l -> out.put(l.getRetailer().getId(), l.getQuantity()));
        return out;
    }

    @Test
    public void aSavedRoundReadsBackWithItsSpecificationLinesAndOverrides() {
        RoundSpec spec = groupsSpec(1300);
        AllocationPlan plan = engine.compute(spec, retailers);
        long overridden = retailers.id(5);
        int computed = plan.quantity(5);
        temp.signInAs(ACTOR, null, Role.CENTRE_STAFF);
        AllocationRound round = AllocationRounds.save(store, null, plan,
                Map.of(overridden, new LineOverride(computed + 3, "new shop front", staff))); //$NON-NLS-1$
        StoredRound loaded = AllocationRounds.load(store, round.getId());

        assertEquals(RoundStatus.CALCULATED, loaded.round().getStatus());
        RoundSpec back = loaded.spec();
        assertEquals(spec.brandCode(), back.brandCode());
        assertEquals(spec.supply(), back.supply());
        assertEquals(spec.period(), back.period());
        assertEquals(spec.method(), back.method());
        assertEquals(spec.dimensions(), back.dimensions());
        assertEquals(spec.cutoffGrade(), back.cutoffGrade());
        assertEquals(spec.cap(), back.cap());
        assertEquals(0, spec.biweeklyMultiplier().compareTo(back.biweeklyMultiplier()));
        assertEquals(spec.priority().kind(), back.priority().kind());
        assertEquals(0, spec.priority().value().compareTo(back.priority().value()));
        assertEquals(spec.weights().get(Dimension.MARKET_TYPE).keySet(), back.weights().get(Dimension.MARKET_TYPE).keySet());
        assertFalse(back.allowExceed());
        // the specification read back computes the same plan
        AllocationPlan again = engine.compute(back, retailers);
        assertEquals(retailers.size(), loaded.lines().size());
        Map<Long, Integer> stored = quantities(loaded);
        for (int i = 0; i < retailers.size(); i++) {
            assertEquals(plan.quantity(i), again.quantity(i));
            int expected = retailers.id(i) == overridden ? computed + 3 : plan.quantity(i);
            assertEquals(expected, stored.get(retailers.id(i)), "retailer " + retailers.id(i)); //$NON-NLS-1$
        }
        assertEquals(plan.total() + 3, loaded.total());
        LineOverride o = loaded.overrides().get(overridden);
        assertEquals(1, loaded.overrides().size());
        assertEquals(computed + 3, o.quantity());
        assertEquals("new shop front", o.reason()); //$NON-NLS-1$
        assertEquals(staff.getId(), o.by().getId());
        // the override of a new round is audited field by field, not only in a chunk summary
        List<AuditEntry> trail = store.audit().auditTrail(overridden, 0, 20).rows();
        assertTrue(trail.stream().anyMatch(e -> "overrideReason".equals(e.field()) && "new shop front".equals(e.newValue()) //$NON-NLS-1$ //$NON-NLS-2$
                && ACTOR.equals(e.actor())), trail.toString());
    }

    @Test
    public void savingInPlaceUpdatesOnlyTheChangedLinesAndAuditsThem() throws Exception {
        AllocationPlan first = engine.compute(groupsSpec(900), retailers);
        AllocationRound round = AllocationRounds.save(store, null, first, Map.of());
        AllocationPlan second = engine.compute(groupsSpec(1500), retailers);
        int changed = -1;
        for (int i = 0; i < retailers.size() && changed < 0; i++) {
            if (first.quantity(i) != second.quantity(i)) {
                changed = i;
            }
        }
        assertTrue(changed >= 0, "a larger supply changes some line"); //$NON-NLS-1$
        long auditBefore = auditRows("AllocationLine"); //$NON-NLS-1$
        temp.signInAs("reviser", null, Role.CENTRE_STAFF); //$NON-NLS-1$
        AllocationRound saved = AllocationRounds.save(store, AllocationRounds.load(store, round.getId()), second,
                Map.of());
        assertEquals(round.getId(), saved.getId());
        StoredRound loaded = AllocationRounds.load(store, round.getId());
        assertEquals(1500, loaded.round().getTotalQuantity());
        assertEquals(1500, loaded.spec().supply());
        assertEquals(second.total(), loaded.total());
        assertEquals(retailers.size(), loaded.lines().size());
        Map<Long, Integer> stored = quantities(loaded);
        int differing = 0;
        for (int i = 0; i < retailers.size(); i++) {
            assertEquals(second.quantity(i), stored.get(retailers.id(i)));
            differing += first.quantity(i) != second.quantity(i) ? 1 : 0;
        }
        AuditEntry latest = store.audit().auditTrail(retailers.id(changed), 0, 10).rows().stream()
                .filter(e -> "quantity".equals(e.field())).findFirst().orElseThrow(); //$NON-NLS-1$
        assertEquals("reviser", latest.actor()); //$NON-NLS-1$
        assertEquals(AuditAction.UPDATE, latest.action());
        assertEquals(String.valueOf(first.quantity(changed)), latest.oldValue());
        assertEquals(String.valueOf(second.quantity(changed)), latest.newValue());
        // unchanged lines are left alone: at most quantity and explanation per changed line
        long written = auditRows("AllocationLine") - auditBefore; //$NON-NLS-1$
        assertTrue(written >= differing && written <= 2L * retailers.size(), written + " rows for " + differing); //$NON-NLS-1$
    }

    @Test
    public void anOverrideIsWrittenWithReasonAndStaffAndLoggedInTheAuditTrail() {
        AllocationRound round = AllocationRounds.save(store, null,
                engine.compute(RoundSpec.builder(brand, 700).build(), retailers), Map.of());
        AllocationLine line = AllocationRounds.load(store, round.getId()).lines().get(7);
        int before = line.getQuantity();
        temp.signInAs("supervisor", null, Role.SUPERVISOR); //$NON-NLS-1$
        AllocationRounds.override(store, line.getId(),
                new LineOverride(before + 2, "shop reopened after renovation", staff)); //$NON-NLS-1$
        AllocationLine after = store.get(AllocationLine.class, line.getId());
        assertEquals(before + 2, after.getQuantity());
        assertTrue(after.isOverridden());
        assertEquals("shop reopened after renovation", after.getOverrideReason()); //$NON-NLS-1$
        assertEquals(staff.getId(), after.getOverriddenBy().getId());
        List<AuditEntry> trail = store.audit().auditTrail(line.getRetailer().getId(), 0, 10).rows();
        Map<String, AuditEntry> byField = new HashMap<>();
        trail.stream().filter(e -> e.entityId() == line.getId()).forEach(e -> byField.putIfAbsent(e.field(), e));
        assertEquals("supervisor", byField.get("quantity").actor()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(String.valueOf(before), byField.get("quantity").oldValue()); //$NON-NLS-1$
        assertEquals(String.valueOf(before + 2), byField.get("quantity").newValue()); //$NON-NLS-1$
        assertEquals("shop reopened after renovation", byField.get("overrideReason").newValue()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("true", byField.get("overridden").newValue()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(String.valueOf(staff.getId()), byField.get("overriddenBy").newValue()); //$NON-NLS-1$
    }

    @Test
    public void anOverrideWithoutReasonOrStaffOrWithANegativeQuantityIsRefused() {
        assertThrows(AllocationException.class, () -> new LineOverride(3, "  ", staff)); //$NON-NLS-1$
        assertThrows(AllocationException.class, () -> new LineOverride(3, "reason", null)); //$NON-NLS-1$
        AllocationException e = assertThrows(AllocationException.class, () -> new LineOverride(-1, "reason", staff)); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("-1"), e.getMessage()); //$NON-NLS-1$
        AllocationPlan plan = engine.compute(RoundSpec.builder(brand, 500).build(), retailers);
        int rounds = store.findAll(AllocationRound.class).size();
        assertThrows(AllocationException.class, () -> AllocationRounds.save(store, null, plan,
                Map.of(123_456_789L, new LineOverride(1, "not in the round", staff)))); //$NON-NLS-1$
        assertEquals(rounds, store.findAll(AllocationRound.class).size());
    }

    @Test
    public void publishingLocksTheRoundAgainstOverridesSavesAndASecondPublication() throws Exception {
        AllocationPlan plan = engine.compute(groupsSpec(1100), retailers);
        AllocationRound round = AllocationRounds.save(store, null, plan, Map.of());
        long roundAudit = auditRows("AllocationRound"); //$NON-NLS-1$
        temp.signInAs("head", null, Role.SUPERVISOR); //$NON-NLS-1$
        AllocationRound published = AllocationRounds.publish(store, round.getId(), TODAY);
        assertEquals(RoundStatus.PUBLISHED, published.getStatus());
        assertEquals(TODAY, published.getPublishedOn());
        assertEquals(roundAudit + 2, auditRows("AllocationRound"), "status and publishedOn are audited"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, sqlLong("SELECT COUNT(*) FROM RD_AUDIT WHERE ENTITY_TYPE = 'AllocationRound' AND ENTITY_ID = ? " //$NON-NLS-1$
                + "AND FIELD = 'status' AND NEW_VALUE = 'PUBLISHED' AND ACTOR = 'head'", round.getId())); //$NON-NLS-1$

        StoredRound before = AllocationRounds.load(store, round.getId());
        long allAudit = sqlLong("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$
        AllocationLine line = before.lines().get(3);
        List<Runnable> changes = new ArrayList<>();
        changes.add(() -> AllocationRounds.override(store, line.getId(), new LineOverride(9, "late request", staff))); //$NON-NLS-1$
        changes.add(() -> AllocationRounds.save(store, before, engine.compute(groupsSpec(1200), retailers),
                Map.of()));
        changes.add(() -> AllocationRounds.save(store, before, plan,
                Map.of(line.getRetailer().getId(), new LineOverride(9, "late request", staff)))); //$NON-NLS-1$
        changes.add(() -> AllocationRounds.publish(store, round.getId(), TODAY.plusDays(1)));
        for (Runnable change : changes) {
            RoundLockedException e = assertThrows(RoundLockedException.class, change::run);
            assertTrue(e.getMessage().contains(round.getCode()), e.getMessage());
        }
        StoredRound after = AllocationRounds.load(store, round.getId());
        assertEquals(allAudit, sqlLong("SELECT COUNT(*) FROM RD_AUDIT"), "nothing written"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(before.round().getVersion(), after.round().getVersion());
        assertEquals(TODAY, after.round().getPublishedOn());
        assertEquals(quantities(before), quantities(after));
        assertArrayEquals(before.lines().stream().mapToInt(AllocationLine::getVersion).toArray(),
                after.lines().stream().mapToInt(AllocationLine::getVersion).toArray());
    }

    @Test
    public void aSaveOverAnotherWorkstationsSaveIsAConflictAndLosesNothingOfIt() throws Exception {
        AllocationPlan plan = engine.compute(groupsSpec(1000), retailers);
        AllocationRound round = AllocationRounds.save(store, null, plan, Map.of());
        // two workstations open the same round
        StoredRound first = AllocationRounds.load(store, round.getId());
        StoredRound second = AllocationRounds.load(store, round.getId());
        long a = retailers.id(4);
        long b = retailers.id(9);
        LineOverride theirs = new LineOverride(plan.quantity(4) + 3, "new shop front", staff); //$NON-NLS-1$
        Map<Long, LineOverride> firstOverrides = new HashMap<>(first.overrides());
        firstOverrides.put(a, theirs);
        AllocationRounds.save(store, first, plan, firstOverrides); //$NON-NLS-1$
        StoredRound afterFirst = AllocationRounds.load(store, round.getId());

        // the second, which never saw that override, saves its own: refused, not overwritten
        LineOverride mine = new LineOverride(plan.quantity(9) + 1, "late opening hours", staff); //$NON-NLS-1$
        Map<Long, LineOverride> secondOverrides = new HashMap<>(second.overrides());
        secondOverrides.put(b, mine);
        assertThrows(ConflictException.class, () -> AllocationRounds.save(store, second, plan, secondOverrides)); //$NON-NLS-1$
        // also with another specification, and after the first computed the round again
        assertThrows(ConflictException.class, () -> AllocationRounds.save(store, second, //$NON-NLS-1$
                engine.compute(groupsSpec(1100), retailers), second.overrides()));
        AllocationRounds.save(store, afterFirst, engine.compute(groupsSpec(1000), retailers), afterFirst.overrides()); //$NON-NLS-1$
        StoredRound newest = AllocationRounds.load(store, round.getId());
        long audit = sqlLong("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$
        assertThrows(ConflictException.class, () -> AllocationRounds.save(store, second, plan, secondOverrides)); //$NON-NLS-1$

        assertEquals(audit, sqlLong("SELECT COUNT(*) FROM RD_AUDIT"), "a refused save writes nothing"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(quantities(afterFirst), quantities(newest));
        assertEquals(theirs.quantity(), quantities(newest).get(a));
        assertEquals(Map.of(a, "new shop front"), reasons(newest)); //$NON-NLS-1$

        // "overwrite": the second's change on the newest round keeps the first's override
        Map<Long, LineOverride> merged = newest.overridesOver(second.overrides(), secondOverrides);
        AllocationRounds.save(store, newest, plan, merged); //$NON-NLS-1$
        StoredRound both = AllocationRounds.load(store, round.getId());
        assertEquals(Map.of(a, "new shop front", b, "late opening hours"), reasons(both)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(theirs.quantity(), quantities(both).get(a));
        assertEquals(mine.quantity(), quantities(both).get(b));

        // an override of one line from another workstation changes only that line: still seen
        long c = retailers.id(13);
        AllocationLine lineOfC = both.lines().stream().filter(l -> l.getRetailer().getId() == c).findFirst().orElseThrow();
        AllocationRounds.override(store, lineOfC.getId(), new LineOverride(0, "licence suspended", staff)); //$NON-NLS-1$
        ConflictException e = assertThrows(ConflictException.class,
                () -> AllocationRounds.save(store, both, plan, both.overrides())); //$NON-NLS-1$
        assertEquals("AllocationLine", e.entityType()); //$NON-NLS-1$
        assertEquals(lineOfC.getId(), e.id());
        assertEquals(Map.of(a, "new shop front", b, "late opening hours", c, "licence suspended"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                reasons(AllocationRounds.load(store, round.getId())));
    }

    private static Map<Long, String> reasons(StoredRound r) {
        Map<Long, String> out = new HashMap<>();
        r.overrides().forEach((id, o) -> out.put(id, o.reason()));
        return out;
    }

    private static long auditRows(String entityType) throws Exception {
        return sqlLong("SELECT COUNT(*) FROM RD_AUDIT WHERE ENTITY_TYPE = ?", entityType); //$NON-NLS-1$
    }

    private static long sqlLong(String sql, Object... params) throws Exception {
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                c.commit();
                return v;
            }
        }
    }
}
