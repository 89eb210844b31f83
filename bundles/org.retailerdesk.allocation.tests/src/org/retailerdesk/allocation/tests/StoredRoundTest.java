package org.retailerdesk.allocation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RetailerSets;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.allocation.internal.DefaultAllocationEngine;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AllocationRule;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.model.RuleKind;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;

/** Rounds read from and stored into a real store holding a small demo centre. */
public class StoredRoundTest {

    private static final LocalDate TODAY = FixedClock.TODAY;
    private static final int RETAILERS = 400;

    static TempStore temp;
    static Store store;
    static RetailerSet retailers;
    static String brand;
    private final DefaultAllocationEngine engine = new DefaultAllocationEngine();

    @BeforeAll
    static void fill() {
        temp = TempStore.withDemoCentre(RETAILERS, 7);
        store = temp.store();
        retailers = RetailerSets.fromStore(store, TODAY, new NullProgressMonitor());
        brand = store.findAll(Brand.class).get(0).getCode();
    }

    @AfterAll
    static void close() {
        temp.close();
    }

    @Test
    public void theStoreGivesEveryRetailerInBusinessWithItsHouseholdFlag() {
        Set<Long> active = new HashSet<>();
        for (Retailer r : store.retailers().findRetailers(RetailerQuery.all().page(0, RETAILERS)).rows()) {
            if (r.getStatus() == RetailerStatus.ACTIVE) {
                active.add(r.getId());
            }
        }
        Set<Long> households = new HashSet<>();
        for (PriorityHousehold h : store.findAll(PriorityHousehold.class)) {
            if (h.isActive() && (h.getExpiryDate() == null || !h.getExpiryDate().isBefore(TODAY))) {
                households.add(h.getRetailer().getId());
            }
        }
        assertEquals(active.size(), retailers.size());
        int flagged = 0;
        for (int i = 0; i < retailers.size(); i++) {
            assertTrue(active.contains(retailers.id(i)));
            assertEquals(households.contains(retailers.id(i)), retailers.priority(i));
            flagged += retailers.priority(i) ? 1 : 0;
            Retailer r = store.get(Retailer.class, retailers.id(i));
            assertEquals(r.getGrade(), retailers.grade(i));
            assertEquals(r.getDistrict().getCode(), retailers.key(Dimension.DISTRICT, i));
            assertEquals(r.getDistrict().getName(), retailers.label(Dimension.DISTRICT, r.getDistrict().getCode()));
        }
        assertEquals(households.stream().filter(active::contains).count(), flagged);
    }

    @Test
    public void aStoredRoundHoldsItsRulesAndOneExplainedLinePerRetailer() {
        RoundSpec spec = RoundSpec.builder(brand, 900).period(YearMonth.of(2026, 11))
                .groups(Dimension.MARKET_TYPE, Dimension.DISTRICT).weight(Dimension.MARKET_TYPE, "URBAN", 4) //$NON-NLS-1$
                .weight(Dimension.MARKET_TYPE, "RURAL", 6).cutoffGrade(3).cap(6) //$NON-NLS-1$
                .priority(PriorityRule.minimum(2)).biweeklyMultiplier(new BigDecimal(2)).build();
        AllocationPlan plan = engine.compute(spec, retailers);
        int roundsBefore = store.findAll(AllocationRound.class).size();
        AllocationRound round = engine.store(store, plan);
        assertEquals(roundsBefore + 1, store.findAll(AllocationRound.class).size());
        AllocationRound stored = store.get(AllocationRound.class, round.getId());
        assertEquals(RoundStatus.CALCULATED, stored.getStatus());
        assertEquals(900, stored.getTotalQuantity());
        assertEquals(LocalDate.of(2026, 11, 1), stored.getPeriodStart());
        assertEquals(LocalDate.of(2026, 11, 30), stored.getPeriodEnd());
        assertTrue(stored.getCode().startsWith("202611-" + brand), stored.getCode()); //$NON-NLS-1$
        List<AllocationRule> rules = store.findAll(AllocationRule.class).stream()
                .filter(r -> r.getRound().getId() == round.getId()).toList();
        Set<RuleKind> kinds = new HashSet<>();
        rules.forEach(r -> kinds.add(r.getKind()));
        assertEquals(Set.of(RuleKind.GRADE_CUTOFF, RuleKind.DIMENSION_WEIGHT, RuleKind.PRIORITY_MINIMUM,
                RuleKind.PER_RETAILER_CAP, RuleKind.FORTNIGHTLY_DOUBLE), kinds);
        List<AllocationLine> lines = store.findAll(AllocationLine.class).stream()
                .filter(l -> l.getRound().getId() == round.getId()).toList();
        assertEquals(retailers.size(), lines.size());
        assertEquals(plan.total(), lines.stream().mapToLong(AllocationLine::getQuantity).sum());
        for (AllocationLine l : lines) {
            assertFalse(l.getExplanation().isBlank());
        }
        int i = 3;
        List<AllocationLine> ofRetailer = store.findBy(AllocationLine.class, retailers.id(i)).stream()
                .filter(l -> l.getRound().getId() == round.getId()).toList();
        assertEquals(1, ofRetailer.size());
        assertEquals(plan.quantity(i), ofRetailer.get(0).getQuantity());
        assertEquals(plan.line(i).explanation(), ofRetailer.get(0).getExplanation());
    }

    @Test
    public void aFailureWhileStoringLeavesNothingBehind() {
        // the last retailer does not exist in the store: its line breaks a foreign key after the
        // round, the rules and hundreds of lines were written
        RetailerSet.Builder b = RetailerSet.builder();
        for (int i = 0; i < retailers.size(); i++) {
            b.add(retailers.id(i), retailers.grade(i), retailers.biweekly(i), retailers.priority(i),
                    keys(retailers, i));
        }
        b.add(987_654_321L, 12, false, false, "URBAN", "GROCERY", "X", "X", "A"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        AllocationPlan plan = engine.compute(RoundSpec.builder(brand, 700).cap(3).build(), b.build());
        Snapshot before = new Snapshot();
        assertThrows(StoreException.class, () -> engine.store(store, plan));
        assertEquals(before, new Snapshot());
    }

    @Test
    public void everyBadInputIsRefusedClearlyAndStoresNothing() {
        RetailerSet none = RetailerSet.builder().build();
        RetailerSet.Builder low = RetailerSet.builder();
        low.add(retailers.id(0), 2, false, false, keys(retailers, 0));
        Supplier<RoundSpec.Builder> ok = () -> RoundSpec.builder(brand, 500);
        List<Object[]> bad = List.of(
                new Object[] { ok.get().supply(0).build(), retailers, "0" }, //$NON-NLS-1$
                new Object[] { ok.get().supply(-5).build(), retailers, "-5" }, //$NON-NLS-1$
                new Object[] { ok.get().build(), none, null },
                new Object[] { ok.get().cutoffGrade(9).build(), low.build(), "9" }, //$NON-NLS-1$
                new Object[] { ok.get().cutoffGrade(31).build(), retailers, "31" }, //$NON-NLS-1$
                new Object[] { ok.get().groups(Dimension.MARKET_TYPE).weight(Dimension.MARKET_TYPE, "URBAN", 0) //$NON-NLS-1$
                        .weight(Dimension.MARKET_TYPE, "RURAL", 0).build(), retailers, null }, //$NON-NLS-1$
                new Object[] { ok.get().groups(Dimension.MARKET_TYPE).weight(Dimension.MARKET_TYPE, "URBAN", -1) //$NON-NLS-1$
                        .weight(Dimension.MARKET_TYPE, "RURAL", 2).build(), retailers, "URBAN" }, //$NON-NLS-1$ //$NON-NLS-2$
                new Object[] { ok.get().groups(Dimension.MARKET_TYPE).weight(Dimension.MARKET_TYPE, "URBNA", 1) //$NON-NLS-1$
                        .weight(Dimension.MARKET_TYPE, "RURAL", 2).build(), retailers, "URBNA" }, //$NON-NLS-1$ //$NON-NLS-2$
                new Object[] { ok.get().groups(Dimension.MARKET_TYPE).weight(Dimension.MARKET_TYPE, "RURAL", 2).build(), //$NON-NLS-1$
                        retailers, "URBAN" }, //$NON-NLS-1$
                new Object[] { ok.get().groups(Dimension.MARKET_TYPE).weight(Dimension.DISTRICT, "X", 2).build(), //$NON-NLS-1$
                        retailers, Dimension.DISTRICT.option() },
                new Object[] { ok.get().groups().build(), retailers, null },
                new Object[] { ok.get().groups(Dimension.MARKET_TYPE, Dimension.DISTRICT, Dimension.CREDIT_LEVEL).build(),
                        retailers, "3" }, //$NON-NLS-1$
                new Object[] { ok.get().cap(-1).build(), retailers, "-1" }, //$NON-NLS-1$
                new Object[] { ok.get().cap(2).priority(PriorityRule.minimum(3)).build(), retailers, "3" }, //$NON-NLS-1$
                new Object[] { ok.get().biweeklyMultiplier(new BigDecimal("0.5")).build(), retailers, "0.5" }, //$NON-NLS-1$ //$NON-NLS-2$
                new Object[] { ok.get().priority(PriorityRule.uplift(new BigDecimal("0.8"))).build(), retailers, "0.8" }, //$NON-NLS-1$ //$NON-NLS-2$
                new Object[] { ok.get().supply(3).priority(PriorityRule.minimum(5)).build(), retailers, "3" }, //$NON-NLS-1$
                new Object[] { ok.get().brand("NO-SUCH").build(), retailers, "NO-SUCH" }, //$NON-NLS-1$ //$NON-NLS-2$
                new Object[] { ok.get().brand(" ").build(), retailers, null }); //$NON-NLS-1$
        Snapshot before = new Snapshot();
        for (Object[] c : bad) {
            RoundSpec spec = (RoundSpec) c[0];
            AllocationException e = assertThrows(AllocationException.class,
                    () -> engine.store(store, engine.compute(spec, (RetailerSet) c[1])), spec.toString());
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), spec.toString());
            if (c[2] != null) {
                assertTrue(e.getMessage().contains((String) c[2]), e.getMessage() + " should name " + c[2]); //$NON-NLS-1$
            }
            assertEquals(before, new Snapshot(), spec.toString());
        }
    }

    private static String[] keys(RetailerSet set, int i) {
        return java.util.Arrays.stream(Dimension.values()).map(d -> set.key(d, i)).toArray(String[]::new);
    }

    /** What allocation data the store holds. */
    private record Snapshot(int rounds, int rules, int lines) {
        Snapshot() {
            this(store.findAll(AllocationRound.class).size(), store.findAll(AllocationRule.class).size(),
                    store.findAll(AllocationLine.class).size());
        }
    }
}
