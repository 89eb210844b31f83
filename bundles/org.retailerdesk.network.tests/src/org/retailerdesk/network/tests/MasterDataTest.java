package org.retailerdesk.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retailerdesk.network.tests.EntryRulesTest.brand;
import static org.retailerdesk.network.tests.EntryRulesTest.chinese;
import static org.retailerdesk.network.tests.EntryRulesTest.department;
import static org.retailerdesk.network.tests.EntryRulesTest.district;
import static org.retailerdesk.network.tests.EntryRulesTest.staff;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.Weekday;
import org.retailerdesk.network.Check;
import org.retailerdesk.network.EntryProblem;
import org.retailerdesk.network.EntryRefusedException;
import org.retailerdesk.network.MasterData;
import org.retailerdesk.network.NetworkKind;
import org.retailerdesk.network.Usage;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.TempStore;

/**
 * MasterData against a store holding a small demo centre: codes unique against the store, every
 * write audited, nothing written when refused, retire keeps what points at an entry, delete only
 * of what nothing points at, conflicts reported.
 */
public class MasterDataTest {

    private static final String ACTOR = "network_test";

    private static TempStore temp;
    private static Store store;
    private static MasterData data;

    @BeforeAll
    static void openDemoCentre() {
        temp = TempStore.withDemoCentre(300, 7);
        store = temp.store();
        data = new MasterData(store);
        temp.signInAs(ACTOR, null, Role.SUPERVISOR);
    }

    @AfterAll
    static void close() {
        temp.close();
    }

    private static Map<String, String> newValues(List<AuditRows.Row> rows, AuditAction action) {
        return rows.stream().filter(r -> r.action() == action)
                .collect(Collectors.toMap(AuditRows.Row::field, r -> String.valueOf(r.newValue())));
    }

    private static MarketDepartment aDemoDepartment() {
        return store.findAll(MarketDepartment.class).get(0);
    }

    @Test
    public void everyEntryOfTheDemoCentrePasses() {
        for (NetworkKind kind : NetworkKind.values()) {
            List<? extends Entity> stored = store.findAll(kind.type());
            assertFalse(stored.isEmpty(), kind.id());
            for (Entity e : stored) {
                List<EntryProblem> errors = data.validate(e).stream().filter(EntryProblem::isError).toList();
                assertEquals(List.of(), errors, kind.id() + " " + e.eGet(kind.codeFeature()));
            }
        }
    }

    @Test
    public void aNewEntryIsActiveAndANewDistrictInTheCentre() {
        District d = data.newEntry(District.class);
        assertTrue(d.isActive());
        ServiceCentre centre = store.findAll(ServiceCentre.class).get(0);
        assertEquals(centre.getId(), d.getCentre().getId());
        assertTrue(data.newEntry(Staff.class).isActive(), "staff are active though the model's default is not");
        assertThrows(IllegalArgumentException.class, () -> data.newEntry(Retailer.class));
    }

    @Test
    public void aCodeTakenInTheStoreIsRefusedIgnoringCase() throws Exception {
        Staff existing = store.findAll(Staff.class).get(0);
        Staff s = staff(existing.getCode().toLowerCase(), "李强", StaffRole.DELIVERY_STAFF);
        List<EntryProblem> problems = data.validate(s);
        assertEquals(List.of(Check.CODE_TAKEN), problems.stream().map(EntryProblem::check).toList());
        assertTrue(problems.get(0).message().contains(existing.getName()), problems.get(0).message());
        long audit = AuditRows.count(store);
        EntryRefusedException e = assertThrows(EntryRefusedException.class, () -> data.save(s));
        assertEquals(problems, e.problems());
        assertEquals(audit, AuditRows.count(store), "nothing written");
        assertEquals(0, s.getId());
    }

    @Test
    public void aSaveIsAuditedFieldByFieldWithTheActor() throws Exception {
        District d = data.newEntry(District.class);
        d.setCode("370199");
        d.setName("测试新区");
        District saved = data.save(d);
        assertNotEquals(0, saved.getId());
        List<AuditRows.Row> rows = AuditRows.of(store, saved);
        assertTrue(rows.stream().allMatch(r -> ACTOR.equals(r.actor())), rows::toString);
        Map<String, String> inserted = newValues(rows, AuditAction.INSERT);
        assertEquals("370199", inserted.get("code"));
        assertEquals("测试新区", inserted.get("name"));
        assertEquals("true", inserted.get("active"));

        District edit = store.get(District.class, saved.getId());
        edit.setName("测试新城区");
        data.save(edit);
        AuditRows.Row update = AuditRows.of(store, saved).stream().filter(r -> r.action() == AuditAction.UPDATE)
                .findFirst().orElseThrow();
        assertEquals(new AuditRows.Row(ACTOR, AuditAction.UPDATE, "name", "测试新区", "测试新城区"), update);
        assertEquals("测试新城区", store.get(District.class, saved.getId()).getName());
    }

    @Test
    public void aRefusedSaveWritesNothingAndNamesEveryError() throws Exception {
        Staff s = staff("E99901", "赵敏", StaffRole.SUPERVISOR);
        s.setManagerGrade(2);
        s.setName("");
        long audit = AuditRows.count(store);
        int staff = store.findAll(Staff.class).size();
        EntryRefusedException e = assertThrows(EntryRefusedException.class, () -> data.save(s));
        assertEquals(List.of(Check.REQUIRED, Check.MANAGER_GRADE_ROLE), e.problems().stream().map(EntryProblem::check).toList());
        String expected = chinese()
                ? "不能保存员工“E99901”：姓名不能为空。只有岗位为“客户经理”的员工才有客户经理等级，该员工为“主管”（客户经理等级：2）。"
                : "Cannot save Staff \"E99901\": Name is required. Manager grade (2) is only kept for staff whose Role is \"Customer manager\", not \"Supervisor\".";
        assertEquals(expected, e.getMessage());
        assertEquals(audit, AuditRows.count(store));
        assertEquals(staff, store.findAll(Staff.class).size());
    }

    @Test
    public void retiringKeepsWhatPointsAtTheEntryAndIsAudited() throws Exception {
        DeliveryRoute route = store.findAll(DeliveryRoute.class).stream()
                .filter(r -> store.retailers().count(RetailerQuery.all().withDeliveryRoute(r.getId())) > 0).findFirst()
                .orElseThrow();
        long retailers = store.retailers().count(RetailerQuery.all().withDeliveryRoute(route.getId()));
        DeliveryRoute retired = data.retire(route);
        assertFalse(retired.isActive());
        assertFalse(store.get(DeliveryRoute.class, route.getId()).isActive());
        assertEquals(route.getName(), store.get(DeliveryRoute.class, route.getId()).getName());
        assertEquals(retailers, store.retailers().count(RetailerQuery.all().withDeliveryRoute(route.getId())),
                "its retailers still point at it");
        assertEquals(retailers, data.usage(retired).retailers());
        assertEquals(new AuditRows.Row(ACTOR, AuditAction.UPDATE, "active", "true", "false"),
                AuditRows.of(store, route).stream().filter(r -> r.action() == AuditAction.UPDATE).reduce((a, b) -> b)
                        .orElseThrow());

        DeliveryRoute back = data.reactivate(retired);
        assertTrue(back.isActive());
        assertTrue(store.get(DeliveryRoute.class, route.getId()).isActive());
        assertEquals(new AuditRows.Row(ACTOR, AuditAction.UPDATE, "active", "false", "true"),
                AuditRows.of(store, route).stream().filter(r -> r.action() == AuditAction.UPDATE).reduce((a, b) -> b)
                        .orElseThrow());
    }

    @Test
    public void deletingWhatRecordsPointAtIsRefusedNamingHowManyAndWritesNothing() throws Exception {
        MarketDepartment m = data.save(department("MD901", "测试市场部", store.findAll(District.class).get(0)));
        DeliveryRoute r1 = route("901001", "测试01线", m);
        DeliveryRoute r2 = route("901002", "测试02线", m);
        data.saveAll(List.of(r1, r2));
        long audit = AuditRows.count(store);
        EntryRefusedException e = assertThrows(EntryRefusedException.class, () -> data.delete(m));
        assertEquals(chinese() ? "不能删除市场部“测试市场部（MD901）”：仍有 2 条记录引用它（送货线路 2 条）。请改为停用。"
                : "Cannot delete Market department \"测试市场部 (MD901)\": 2 records still point at it (Delivery route: 2). Retire it instead.",
                e.getMessage());
        assertEquals(List.of(Check.IN_USE), e.problems().stream().map(EntryProblem::check).toList());
        assertEquals(audit, AuditRows.count(store), "nothing written");
        assertEquals("测试市场部", store.get(MarketDepartment.class, m.getId()).getName());

        // a department of the demo centre: its retailers are counted by the database
        MarketDepartment demo = aDemoDepartment();
        long retailers = store.retailers().count(RetailerQuery.all().withMarketDepartment(demo.getId()));
        EntryRefusedException refused = assertThrows(EntryRefusedException.class, () -> data.delete(demo));
        assertTrue(refused.getMessage().contains(Long.toString(retailers)), refused.getMessage());
        assertEquals(audit, AuditRows.count(store), "nothing written");
    }

    @Test
    public void anEntryNothingPointsAtIsDeletedAudited() throws Exception {
        MutualAidGroup g = RetailerdeskFactory.eINSTANCE.createMutualAidGroup();
        g.setCode("HZ90101");
        g.setName("测试诚信互助小组");
        g.setMarketDepartment(aDemoDepartment());
        g.setActive(true);
        MutualAidGroup saved = data.save(g);
        assertTrue(data.usage(saved).isUnused());
        data.delete(saved);
        assertNull(store.get(MutualAidGroup.class, saved.getId()));
        Map<String, String> deleted = AuditRows.of(store, saved).stream().filter(r -> r.action() == AuditAction.DELETE)
                .collect(Collectors.toMap(AuditRows.Row::field, r -> String.valueOf(r.oldValue())));
        assertEquals("HZ90101", deleted.get("code"), "the audit keeps its last values");
        assertTrue(AuditRows.of(store, saved).stream().allMatch(r -> ACTOR.equals(r.actor())));
    }

    @Test
    public void usageCountsEveryReferenceAndEveryRetailerWhateverItsStatus() throws Exception {
        MarketDepartment m = data.save(department("MD902", "用途市场部", store.findAll(District.class).get(0)));
        DeliveryRoute route = data.save(route("902001", "用途01线", m));
        Staff clerk = staff("E90201", "钱进", StaffRole.PHONE_ORDER_CLERK);
        clerk.setMarketDepartment(m);
        data.save(clerk);
        // a cancelled retailer moved onto the route, served by the clerk
        Retailer retailer = store.get(Retailer.class,
                store.retailers().findRetailerRows(RetailerQuery.all().page(5, 1)).get(0).getId());
        retailer.setMarketDepartment(m);
        retailer.setDeliveryRoute(route);
        retailer.setPhoneOrderClerk(clerk);
        retailer.setStatus(RetailerStatus.CLOSED);
        store.update(retailer);

        Usage ofDepartment = data.usage(m);
        assertEquals(Map.of(Literals.RETAILER, 1L, Literals.DELIVERY_ROUTE, 1L, Literals.STAFF, 1L), ofDepartment.counts());
        assertEquals(3, ofDepartment.total());
        assertEquals(chinese() ? "零售户经营档案 1 条、送货线路 1 条、员工 1 条" : "Retailer: 1, Delivery route: 1, Staff: 1",
                ofDepartment.describe());
        assertEquals(Map.of(Literals.RETAILER, 1L), data.usage(route).counts(), "counted along the list's route filter");
        assertEquals(Map.of(Literals.RETAILER, 1L), data.usage(clerk).counts(), "counted by the clerk reference");
    }

    @Test
    public void aStaffMembersUsageIncludesTheirRecords() {
        Staff manager = store.findAll(Staff.class).stream().filter(s -> s.getRole() == StaffRole.CUSTOMER_MANAGER)
                .findFirst().orElseThrow();
        Usage usage = data.usage(manager);
        assertEquals(store.findByReference(Retailer.class, "customerManager", manager.getId()).size(), usage.retailers());
        assertEquals(store.findByReference(org.retailerdesk.model.Visit.class, "visitor", manager.getId()).size(),
                usage.count(Literals.VISIT));
        assertTrue(usage.retailers() > 0 && usage.count(Literals.VISIT) > 0, usage::toString);
    }

    @Test
    public void entriesSavedTogetherAreAllOrNothing() throws Exception {
        MarketDepartment m = department("MD903", "批量市场部", store.findAll(District.class).get(0));
        DeliveryRoute bad = route("903-001", "批量01线", m);
        long audit = AuditRows.count(store);
        EntryRefusedException e = assertThrows(EntryRefusedException.class, () -> data.saveAll(List.<Entity>of(m, bad)));
        assertEquals(List.of(Check.CODE_FORMAT), e.problems().stream().map(EntryProblem::check).toList());
        assertEquals(audit, AuditRows.count(store));
        assertEquals(0, m.getId());
        assertTrue(store.findAll(MarketDepartment.class).stream().noneMatch(x -> "MD903".equals(x.getCode())));

        bad.setCode("903001");
        data.saveAll(List.<Entity>of(m, bad));
        DeliveryRoute stored = store.get(DeliveryRoute.class, bad.getId());
        assertEquals(m.getId(), stored.getMarketDepartment().getId(), "the route points at the department saved with it");
    }

    @Test
    public void rowsSavedTogetherAreCheckedAgainstOneAnother() {
        Staff first = staff("E90301", "孙一", StaffRole.DELIVERY_STAFF);
        Staff second = staff("e90301", "孙二", StaffRole.DELIVERY_STAFF);
        List<List<EntryProblem>> problems = data.validateAll(List.of(first, second));
        assertEquals(List.of(), problems.get(0));
        assertEquals(List.of(Check.CODE_TAKEN), problems.get(1).stream().map(EntryProblem::check).toList());
        assertTrue(problems.get(1).get(0).message().contains("孙一"), problems.get(1).get(0).message());

        // a stored member renamed in the same list frees its code for a row before it
        Staff stored = store.findAll(Staff.class).get(1);
        Staff renamed = EcoreUtil.copy(stored);
        renamed.setCode("E90302");
        Staff taking = staff(stored.getCode(), "孙三", StaffRole.DELIVERY_STAFF);
        assertEquals(List.of(List.of(), List.of()), data.validateAll(List.of(taking, renamed)));
        assertEquals(List.of(Check.CODE_TAKEN), data.validate(taking).stream().map(EntryProblem::check).toList());
    }

    @Test
    public void aStaleCopyIsAConflictForSaveRetireAndDelete() {
        District d = data.save(district("370198", "冲突区"));
        District mine = store.get(District.class, d.getId());
        District theirs = store.get(District.class, d.getId());
        theirs.setName("冲突新区");
        data.save(theirs);
        mine.setName("我的冲突区");
        assertThrows(ConflictException.class, () -> data.save(mine));
        assertThrows(ConflictException.class, () -> data.retire(mine));
        assertThrows(ConflictException.class, () -> data.delete(mine));
        assertEquals("冲突新区", store.get(District.class, d.getId()).getName());
        assertTrue(store.get(District.class, d.getId()).isActive());
    }

    @Test
    public void aRoutesOrderDayAStaffMembersHireDateAndABrandsRetailPriceAreStored() {
        MarketDepartment m = aDemoDepartment();
        DeliveryRoute r = route("904001", "订货日01线", m);
        r.setOrderDay(Weekday.THURSDAY);
        data.save(r);
        assertEquals(Weekday.THURSDAY, store.get(DeliveryRoute.class, r.getId()).getOrderDay());
        Staff s = staff("E90401", "周到", StaffRole.LICENCE_OFFICER);
        s.setHireDate(java.time.LocalDate.of(2019, 3, 1));
        data.save(s);
        assertEquals(java.time.LocalDate.of(2019, 3, 1), store.get(Staff.class, s.getId()).getHireDate());
        assertEquals(List.of(), data.validate(store.get(Staff.class, s.getId())));
        org.retailerdesk.model.Brand b = data.save(brand("6901028999991", "测试（硬）", "100.00", "110.00"));
        assertEquals(new java.math.BigDecimal("110.00"), store.get(org.retailerdesk.model.Brand.class, b.getId()).getRetailPricePerCarton());
    }

    private static DeliveryRoute route(String code, String name, MarketDepartment m) {
        DeliveryRoute r = RetailerdeskFactory.eINSTANCE.createDeliveryRoute();
        r.setCode(code);
        r.setName(name);
        r.setMarketDepartment(m);
        r.setActive(true);
        return r;
    }
}
