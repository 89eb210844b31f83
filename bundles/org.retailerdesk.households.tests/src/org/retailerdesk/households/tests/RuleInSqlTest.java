package org.retailerdesk.households.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationMethod;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.model.Staff;
import org.retailerdesk.store.AllocationQueries;
import org.retailerdesk.store.AllocationTotals;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;
import org.retailerdesk.testsupport.TestHouseholds;

/**
 * The store's SQL (allocation totals) selects the households the Java rule counts: on random
 * households and windows, the retailers and cartons per district and category agree.
 */
public class RuleInSqlTest {

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;
    private static final LocalDate TODAY = FixedClock.TODAY;
    private static final LocalDate AROUND = LocalDate.of(2026, 6, 1);
    private static final int RETAILERS = 300;

    static TempStore temp;
    static Store store;
    static long roundId;
    static Map<Long, Long> districtOf = new HashMap<>();
    static Map<Long, Integer> quantityOf = new HashMap<>();

    @BeforeAll
    static void fill() {
        temp = TempStore.withDemoCentre(RETAILERS, 3);
        store = temp.store();
        List<Retailer> retailers = store.retailers().findRetailers(RetailerQuery.all().page(0, RETAILERS)).rows();
        Staff verifier = store.findAll(Staff.class).get(0);
        Random random = new Random(17);
        store.write(tx -> {
            // every kind of validity around the windows below: evidence before, inside and after, expiry
            // before, inside, after and none (a few before the evidence date), active or withdrawn
            for (int i = 0; i < 400; i++) {
                Retailer r = retailers.get(random.nextInt(retailers.size()));
                LocalDate evidence = AROUND.plusDays(random.nextInt(120) - 60);
                LocalDate expiry = random.nextInt(4) == 0 ? null : evidence.plusDays(random.nextInt(130) - 10);
                tx.insert(TestHouseholds.of(r, AssistanceCategory.get(random.nextInt(AssistanceCategory.VALUES.size())),
                        evidence, expiry, random.nextInt(5) != 0, verifier));
            }
            AllocationRound round = F.createAllocationRound();
            round.setCode("R-TEST"); //$NON-NLS-1$
            round.setTitle("test round"); //$NON-NLS-1$
            round.setBrand(store.findAll(Brand.class).get(0));
            round.setPeriodStart(AROUND.minusMonths(3));
            round.setPeriodEnd(AROUND.plusMonths(3));
            round.setMethod(AllocationMethod.BY_GRADE);
            round.setStatus(RoundStatus.CALCULATED);
            List<AllocationLine> lines = new ArrayList<>();
            int total = 0;
            for (Retailer r : retailers) {
                AllocationLine line = F.createAllocationLine();
                line.setRound(round);
                line.setRetailer(r);
                line.setGrade(r.getGrade());
                line.setQuantity(random.nextInt(6));
                total += line.getQuantity();
                lines.add(line);
                districtOf.put(r.getId(), r.getDistrict().getId());
                quantityOf.put(r.getId(), line.getQuantity());
            }
            round.setTotalQuantity(total);
            roundId = tx.insert(round).getId();
            tx.insertAll(lines);
            return null;
        });
    }

    @AfterAll
    static void close() {
        temp.close();
    }

    /** Key of a households group: district and category (null: any category). */
    private record Group(long district, AssistanceCategory category) {
    }

    /** Retailers and cartons of each households group, by the Java rule over every record. */
    private static Map<Group, List<Long>> expected(List<PriorityHousehold> all, LocalDate from, LocalDate to) {
        Map<Group, java.util.Set<Long>> retailers = new HashMap<>();
        for (PriorityHousehold h : all) {
            if (ActiveHouseholds.activeIn(h, from, to)) {
                long id = h.getRetailer().getId();
                long district = districtOf.get(id);
                retailers.computeIfAbsent(new Group(district, null), g -> new java.util.HashSet<>()).add(id);
                retailers.computeIfAbsent(new Group(district, h.getCategory()), g -> new java.util.HashSet<>()).add(id);
            }
        }
        Map<Group, List<Long>> out = new HashMap<>();
        retailers.forEach((g, ids) -> out.put(g,
                List.of((long) ids.size(), ids.stream().mapToLong(quantityOf::get).sum())));
        return out;
    }

    private static Map<Group, List<Long>> fromStore(LocalDate from, LocalDate to) {
        Map<Group, List<Long>> out = new HashMap<>();
        for (AllocationTotals t : store.role(AllocationQueries.class).allocationTotals(List.of(roundId), ActiveHouseholds.in(from, to))) {
            if (t.households()) {
                out.put(new Group(t.districtId(), t.category()), List.of(t.retailers(), t.quantity()));
            }
        }
        return out;
    }

    @Test
    public void theStoreCountsTheHouseholdsTheRuleCounts() {
        List<PriorityHousehold> all = store.findAll(PriorityHousehold.class);
        Random random = new Random(5);
        List<LocalDate[]> windows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate from = AROUND.plusDays(random.nextInt(200) - 100);
            windows.add(new LocalDate[] { from, from.plusDays(random.nextInt(3) == 0 ? 0 : random.nextInt(90)) });
        }
        // windows starting or ending on a record's dates: the bounds the SQL must compare inclusively
        for (PriorityHousehold h : all.subList(all.size() - 20, all.size())) {
            windows.add(new LocalDate[] { h.getEvidenceDate(), h.getEvidenceDate() });
            if (h.getExpiryDate() != null) {
                windows.add(new LocalDate[] { h.getExpiryDate(), h.getExpiryDate().plusDays(10) });
                windows.add(new LocalDate[] { h.getExpiryDate().plusDays(1), h.getExpiryDate().plusDays(1) });
            }
        }
        int nonEmpty = 0;
        for (LocalDate[] w : windows) {
            Map<Group, List<Long>> expected = expected(all, w[0], w[1]);
            assertEquals(expected, fromStore(w[0], w[1]), w[0] + ".." + w[1]);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty > windows.size() / 2, "most windows have households: " + nonEmpty);
    }
}
