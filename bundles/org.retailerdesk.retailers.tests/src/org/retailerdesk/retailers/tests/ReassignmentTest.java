package org.retailerdesk.retailers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.retailers.ChangeRefusedException;
import org.retailerdesk.retailers.Reassignment;
import org.retailerdesk.retailers.Reassignment.Result;
import org.retailerdesk.retailers.Reassignment.Target;
import org.retailerdesk.retailers.internal.Messages;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.TempStore;

/**
 * Moving retailers to another manager, route or department on a demo centre: all of them in one
 * audited transaction, or none when a rule refuses the target or any one of them.
 */
public class ReassignmentTest {

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;

    private TempStore temp;
    private Store store;
    private List<Retailer> retailers;
    /** The demo's busiest department, its manager, and a second manager and route added to it. */
    private MarketDepartment department;
    private Staff manager;
    private Staff secondManager;
    private DeliveryRoute secondRoute;
    /** A department added beside it in its district, with a route and a manager. */
    private MarketDepartment neighbour;
    private DeliveryRoute neighbourRoute;
    private Staff neighbourManager;

    @BeforeEach
    void demoCentre() {
        temp = TempStore.withDemoCentre(400, 12);
        store = temp.store();
        retailers = store.retailers().findRetailers(RetailerQuery.all().page(0, 400)).rows();
        Map<Long, Integer> counts = new HashMap<>();
        retailers.forEach(r -> counts.merge(r.getMarketDepartment().getId(), 1, Integer::sum));
        department = store.get(MarketDepartment.class,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        manager = of(department).get(0).getCustomerManager();
        secondManager = store.insert(staff("E99001", StaffRole.CUSTOMER_MANAGER, department)); //$NON-NLS-1$
        secondRoute = store.insert(route("R99001", department)); //$NON-NLS-1$
        MarketDepartment m = F.createMarketDepartment();
        m.setCode("MD99"); //$NON-NLS-1$
        m.setName("新设市场部"); //$NON-NLS-1$
        m.setDistrict(department.getDistrict());
        neighbour = store.insert(m);
        neighbourRoute = store.insert(route("R99002", neighbour)); //$NON-NLS-1$
        neighbourManager = store.insert(staff("E99002", StaffRole.CUSTOMER_MANAGER, neighbour)); //$NON-NLS-1$
    }

    private static Staff staff(String code, StaffRole role, MarketDepartment in) {
        Staff s = F.createStaff();
        s.setCode(code);
        s.setName("新员工" + code); //$NON-NLS-1$
        s.setRole(role);
        s.setMarketDepartment(in);
        s.setActive(true);
        return s;
    }

    private static DeliveryRoute route(String code, MarketDepartment of) {
        DeliveryRoute r = F.createDeliveryRoute();
        r.setCode(code);
        r.setName("新线路" + code); //$NON-NLS-1$
        r.setMarketDepartment(of);
        return r;
    }

    @AfterEach
    void close() {
        temp.close();
    }

    private List<Retailer> of(MarketDepartment d) {
        return retailers.stream().filter(r -> r.getMarketDepartment().getId() == d.getId()).toList();
    }

    private static List<Long> ids(List<Retailer> rs) {
        return rs.stream().map(Entity::getId).toList();
    }

    /** Each retailer's version and audit rows, by id: what a move would change. */
    private Map<Long, List<Object>> written(List<Retailer> rs) {
        Map<Long, List<Object>> out = new HashMap<>();
        for (Retailer r : rs) {
            out.put(r.getId(), List.of(store.get(Retailer.class, r.getId()).getVersion(),
                    store.audit().auditTrail(r.getId(), 0, 1).total()));
        }
        return out;
    }

    @Test
    public void theSelectedRetailersMoveInOneAuditedTransaction() {
        List<Retailer> moving = of(department).subList(0, 12);
        Result result = Reassignment.reassign(store, ids(moving), new Target(secondManager.getId(), secondRoute.getId(), null),
                new NullProgressMonitor());
        assertEquals(new Result(12, 0), result);
        for (Retailer before : moving) {
            Retailer after = store.get(Retailer.class, before.getId());
            assertEquals(secondManager.getId(), after.getCustomerManager().getId());
            assertEquals(secondRoute.getId(), after.getDeliveryRoute().getId());
            assertEquals(department.getId(), after.getMarketDepartment().getId());
            List<AuditEntry> audit = store.audit().auditTrail(before.getId(), 0, 10).rows();
            assertTrue(audit.stream().anyMatch(a -> a.action() == AuditAction.UPDATE && "customerManager".equals(a.field()) //$NON-NLS-1$
                    && String.valueOf(manager.getId()).equals(a.oldValue())
                    && String.valueOf(secondManager.getId()).equals(a.newValue())), "audited: " + audit); //$NON-NLS-1$
        }
        Result again = Reassignment.reassign(store, ids(moving), new Target(secondManager.getId(), null, null),
                new NullProgressMonitor());
        assertEquals(new Result(0, 12), again, "there already"); //$NON-NLS-1$
    }

    @Test
    public void everyRetailerAFilterMatchesMoves() {
        RetailerQuery query = RetailerQuery.all().withCustomerManager(manager.getId());
        long count = store.retailers().count(query);
        assertTrue(count > 3);
        Result result = Reassignment.reassign(store, query, new Target(secondManager.getId(), null, null),
                new NullProgressMonitor());
        assertEquals(count, result.moved());
        assertEquals(0, store.retailers().count(query));
        assertEquals(count, store.retailers().count(RetailerQuery.all().withCustomerManager(secondManager.getId())));
    }

    @Test
    public void retailersMoveToAnotherDepartmentWithOneOfItsRoutes() {
        List<Retailer> moving = of(department).subList(0, 5);
        Reassignment.reassign(store, ids(moving), new Target(neighbourManager.getId(), neighbourRoute.getId(), neighbour.getId()),
                new NullProgressMonitor());
        for (Retailer r : moving) {
            Retailer after = store.get(Retailer.class, r.getId());
            assertEquals(List.of(neighbour.getId(), neighbourRoute.getId(), neighbourManager.getId()), List.of(
                    after.getMarketDepartment().getId(), after.getDeliveryRoute().getId(), after.getCustomerManager().getId()));
        }
    }

    /** The move is refused with a message naming {@code says}, and none of the retailers changed. */
    private void refused(List<Retailer> rs, String says, Supplier<Result> move) {
        Map<Long, List<Object>> before = written(rs);
        ChangeRefusedException e = assertThrows(ChangeRefusedException.class, move::get);
        assertTrue(e.getMessage().contains(says), e.getMessage() + " should name " + says); //$NON-NLS-1$
        assertEquals(before, written(rs), "nothing moved: " + e.getMessage()); //$NON-NLS-1$
    }

    @Test
    public void oneRetailerThatCannotMoveStopsTheWholeMove() {
        List<Retailer> moving = new ArrayList<>(of(department).subList(0, 6));
        Retailer elsewhere = retailers.stream().filter(r -> r.getMarketDepartment().getId() != department.getId())
                .findFirst().orElseThrow();
        // not the first: the retailers before it are updated in the transaction when it is refused
        moving.add(3, elsewhere);
        refused(moving, elsewhere.getCustomerCode(), () -> Reassignment.reassign(store, ids(moving),
                new Target(secondManager.getId(), secondRoute.getId(), null), new NullProgressMonitor()));
    }

    @Test
    public void targetsTheRulesRefuseMoveNobody() {
        List<Retailer> moving = of(department).subList(0, 4);
        List<Long> ids = ids(moving);
        Staff driver = store.insert(staff("E99003", StaffRole.DELIVERY_STAFF, department)); //$NON-NLS-1$
        refused(moving, driver.getCode(), () -> Reassignment.reassign(store, ids, new Target(driver.getId(), null, null), null));

        Staff left = store.get(Staff.class, secondManager.getId());
        left.setActive(false);
        store.update(left);
        refused(moving, left.getCode(), () -> Reassignment.reassign(store, ids, new Target(left.getId(), null, null), null));

        refused(moving, neighbourRoute.getCode(),
                () -> Reassignment.reassign(store, ids, new Target(null, neighbourRoute.getId(), department.getId()), null));
        // a department alone would leave them on routes of their old one
        refused(moving, moving.get(0).getCustomerCode(),
                () -> Reassignment.reassign(store, ids, new Target(null, null, neighbour.getId()), null));
        MarketDepartment farAway = store.findAll(MarketDepartment.class).stream()
                .filter(m -> m.getDistrict().getId() != department.getDistrict().getId()).findFirst().orElseThrow();
        DeliveryRoute farRoute = store.findAll(DeliveryRoute.class).stream()
                .filter(r -> r.getMarketDepartment().getId() == farAway.getId()).findFirst().orElseThrow();
        refused(moving, farAway.getDistrict().getName(),
                () -> Reassignment.reassign(store, ids, new Target(null, farRoute.getId(), farAway.getId()), null));
        refused(moving, Messages.Reassign_noTarget,
                () -> Reassignment.reassign(store, ids, new Target(null, null, null), null));
        refused(moving, "999999", () -> Reassignment.reassign(store, ids, new Target(999_999L, null, null), null)); //$NON-NLS-1$
    }

    @Test
    public void aCancelPartWayMovesNobody() {
        List<Retailer> moving = of(department).subList(0, 20);
        Map<Long, List<Object>> before = written(moving);
        NullProgressMonitor cancelsAtTen = new NullProgressMonitor() {
            private int asked;

            @Override
            public boolean isCanceled() {
                return ++asked > 10;
            }
        };
        assertThrows(OperationCanceledException.class, () -> Reassignment.reassign(store, ids(moving),
                new Target(secondManager.getId(), null, null), cancelsAtTen));
        assertEquals(before, written(moving));
    }
}
