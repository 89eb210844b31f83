package org.retailerdesk.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.PriceBand;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.validation.Severity;
import org.retailerdesk.network.Check;
import org.retailerdesk.network.EntryProblem;
import org.retailerdesk.network.MasterData;
import org.retailerdesk.network.NetworkKind;

/**
 * Each rule of {@link MasterData#validate(Entity, java.util.Collection)}, with its message in the
 * language the suite runs in (the pom runs it in English and in Chinese). No store: the form's check.
 */
public class EntryRulesTest {

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;

    static boolean chinese() {
        return "zh".equals(Locale.getDefault().getLanguage());
    }

    static District district(String code, String name) {
        District d = F.createDistrict();
        d.setCode(code);
        d.setName(name);
        d.setActive(true);
        return d;
    }

    static MarketDepartment department(String code, String name, District district) {
        MarketDepartment m = F.createMarketDepartment();
        m.setCode(code);
        m.setName(name);
        m.setDistrict(district);
        m.setActive(true);
        return m;
    }

    static Staff staff(String code, String name, StaffRole role) {
        Staff s = F.createStaff();
        s.setCode(code);
        s.setName(name);
        s.setRole(role);
        s.setActive(true);
        return s;
    }

    static Brand brand(String code, String name, String wholesale, String retail) {
        Brand b = F.createBrand();
        b.setCode(code);
        b.setName(name);
        b.setPriceBand(PriceBand.CLASS_3);
        b.setPricePerCarton(wholesale == null ? null : new BigDecimal(wholesale));
        b.setRetailPricePerCarton(retail == null ? null : new BigDecimal(retail));
        b.setActive(true);
        return b;
    }

    /** The only problem of the entry, which must be of that check at that field. */
    private static EntryProblem only(Entity entry, List<? extends Entity> others, Check check, EStructuralFeature at) {
        List<EntryProblem> problems = MasterData.validate(entry, others);
        assertEquals(1, problems.size(), problems::toString);
        EntryProblem p = problems.get(0);
        assertEquals(check, p.check(), p::toString);
        assertEquals(at, p.feature(), p::toString);
        return p;
    }

    private static String only(Entity entry, Check check, EStructuralFeature at) {
        return only(entry, List.of(), check, at).message();
    }

    @Test
    public void wellFormedEntriesOfEveryKindHaveNoProblem() {
        District d = district("370102", "历下区");
        MarketDepartment m = department("MD02", "历下市场部", d);
        DeliveryRoute r = F.createDeliveryRoute();
        r.setCode("02001");
        r.setName("历下01线");
        r.setMarketDepartment(m);
        Staff manager = staff("E00012", "王芳", StaffRole.CUSTOMER_MANAGER);
        manager.setManagerGrade(3);
        manager.setPhone("13912345678");
        MutualAidGroup migrated = F.createMutualAidGroup();
        migrated.setCode("HZ00001");
        migrated.setName("历下区第1诚信互助小组");
        migrated.setMarketDepartment(m);
        Brand b = brand("6901028075831", "中华（硬）", "450.00", "495.00");
        for (Entity e : List.of(d, m, r, manager, migrated, b)) {
            assertEquals(List.of(), MasterData.validate(e, List.of()), e.eClass().getName());
        }
    }

    @Test
    public void codeAndNameAreRequired() {
        District d = district(" ", "历下区");
        assertEquals(chinese() ? "区域编码不能为空。" : "Code is required.", only(d, Check.REQUIRED, Literals.DISTRICT__CODE));
        Staff s = staff("E00013", null, StaffRole.DELIVERY_STAFF);
        assertEquals(chinese() ? "姓名不能为空。" : "Name is required.", only(s, Check.REQUIRED, Literals.STAFF__NAME));
    }

    @Test
    public void aDepartmentNeedsItsDistrictAndARouteOrGroupItsDepartment() {
        MarketDepartment m = department("MD09", "东关市场部", null);
        assertEquals(chinese() ? "行政区域不能为空。" : "District is required.",
                only(m, Check.REQUIRED, Literals.MARKET_DEPARTMENT__DISTRICT));
        DeliveryRoute r = F.createDeliveryRoute();
        r.setCode("09001");
        r.setName("东关01线");
        assertEquals(chinese() ? "市场部不能为空。" : "Market department is required.",
                only(r, Check.REQUIRED, Literals.DELIVERY_ROUTE__MARKET_DEPARTMENT));
        MutualAidGroup g = F.createMutualAidGroup();
        g.setCode("HZ0901");
        g.setName("东关第1诚信互助小组");
        only(g, Check.REQUIRED, Literals.MUTUAL_AID_GROUP__MARKET_DEPARTMENT);
        // staff of the service centre belong to no department
        assertEquals(List.of(), MasterData.validate(staff("E00014", "李强", StaffRole.SERVICE_STAFF), List.of()));
    }

    @Test
    public void codesAreLettersAndDigits() {
        Staff s = staff("E-0012", "王芳", StaffRole.SUPERVISOR);
        assertEquals(chinese() ? "工号“E-0012”格式不正确：编码只能由英文字母和数字组成，例如 E00012。"
                : "Code \"E-0012\" is not valid: a code is ASCII letters and digits only, e.g. E00012.",
                only(s, Check.CODE_FORMAT, Literals.STAFF__CODE));
        only(district("历下", "历下区"), Check.CODE_FORMAT, Literals.DISTRICT__CODE);
        assertTrue(NetworkKind.STAFF.isWellFormedCode("e00012"), "lower case is a code");
    }

    @Test
    public void aBrandsCodeIsABarcodeOfEightToFourteenDigits() {
        assertEquals(chinese() ? "卷烟编码“690102”格式不正确：卷烟编码应为 8 到 14 位数字的条码，例如 6901028075831。"
                : "Code \"690102\" is not valid: a brand's code is its barcode of 8 to 14 digits, e.g. 6901028075831.",
                only(brand("690102", "白沙（硬）", null, null), Check.CODE_FORMAT, Literals.BRAND__CODE));
        only(brand("BS6901028118", "白沙（硬）", null, null), Check.CODE_FORMAT, Literals.BRAND__CODE);
        only(brand("690102811817100", "白沙（硬）", null, null), Check.CODE_FORMAT, Literals.BRAND__CODE);
        for (String code : List.of("69010281", "6901028118171", "06901028118171")) {
            assertEquals(List.of(), MasterData.validate(brand(code, "白沙（硬）", null, null), List.of()), code);
        }
    }

    @Test
    public void textsFitTheirColumns() {
        District d = district("A".repeat(21), "历下区");
        assertEquals(chinese() ? "区域编码最多 20 个字符，当前为 21 个。" : "Code may have at most 20 characters; it has 21.",
                only(d, Check.TOO_LONG, Literals.DISTRICT__CODE));
        Staff s = staff("E00015", "张".repeat(51), StaffRole.DELIVERY_STAFF);
        assertEquals(chinese() ? "姓名最多 50 个字符，当前为 51 个。" : "Name may have at most 50 characters; it has 51.",
                only(s, Check.TOO_LONG, Literals.STAFF__NAME));
        assertEquals(List.of(), MasterData.validate(staff("E00015", "张".repeat(50), StaffRole.DELIVERY_STAFF), List.of()));
    }

    @Test
    public void aCodeIsUniqueInItsKindIgnoringCase() {
        Staff taken = staff("E00020", "王芳", StaffRole.CUSTOMER_MANAGER);
        taken.setId(41);
        Staff s = staff("e00020", "李强", StaffRole.DELIVERY_STAFF);
        assertEquals(chinese() ? "工号“e00020”已被员工“王芳（E00020）”使用。" : "Code \"e00020\" is taken: Staff \"王芳 (E00020)\" has it.",
                only(s, List.of(taken), Check.CODE_TAKEN, Literals.STAFF__CODE).message());
        taken.setActive(false);
        assertEquals(chinese() ? "工号“e00020”已被员工“王芳（E00020）（已停用）”使用。"
                : "Code \"e00020\" is taken: Staff \"王芳 (E00020) (retired)\" has it.",
                only(s, List.of(taken), Check.CODE_TAKEN, Literals.STAFF__CODE).message(), "retired entries keep their codes");
        // its own stored version is no other entry; another kind's code is no clash
        Staff edited = staff("E00020", "王芳芳", StaffRole.CUSTOMER_MANAGER);
        edited.setId(41);
        assertEquals(List.of(), MasterData.validate(edited, List.of(taken)));
        assertEquals(List.of(), MasterData.validate(district("E00020", "测试区"), List.of(taken)));
    }

    @Test
    public void aManagerGradeIsForCustomerManagersOnlyAndFromOneToFive() {
        Staff s = staff("E00030", "赵敏", StaffRole.SUPERVISOR);
        s.setManagerGrade(3);
        assertEquals(chinese() ? "只有岗位为“客户经理”的员工才有客户经理等级，该员工为“主管”（客户经理等级：3）。"
                : "Manager grade (3) is only kept for staff whose Role is \"Customer manager\", not \"Supervisor\".",
                only(s, Check.MANAGER_GRADE_ROLE, Literals.STAFF__MANAGER_GRADE));
        s.setRole(StaffRole.CUSTOMER_MANAGER);
        s.setManagerGrade(6);
        assertEquals(chinese() ? "客户经理等级应在1到5之间，当前为6。" : "Manager grade must be between 1 and 5; it is 6.",
                only(s, Check.MANAGER_GRADE_RANGE, Literals.STAFF__MANAGER_GRADE));
        s.unsetManagerGrade();
        assertEquals(List.of(), MasterData.validate(s, List.of()), "a manager without a grade is fine");
    }

    @Test
    public void aPhoneThatLooksLikeNoneIsAWarningOnly() {
        Staff s = staff("E00031", "赵敏", StaffRole.PHONE_ORDER_CLERK);
        s.setPhone("12345");
        List<EntryProblem> problems = MasterData.validate(s, List.of());
        assertEquals(1, problems.size());
        assertEquals(Check.PHONE_FORMAT, problems.get(0).check());
        assertEquals(Severity.WARNING, problems.get(0).severity());
        assertFalse(problems.get(0).isError());
    }

    @Test
    public void pricesAreNotNegativeHaveTwoDecimalsAndRetailIsNotBelowWholesale() {
        assertEquals(chinese() ? "条批发价不能为负数，当前为 -1.00。" : "Wholesale price per carton must not be negative; it is -1.00.",
                only(brand("6901028118171", "白沙（硬）", "-1.00", null), Check.NOT_NEGATIVE, Literals.BRAND__PRICE_PER_CARTON));
        assertEquals(chinese() ? "条零售价“66.005”格式不正确：最多两位小数，整数部分最多 16 位。"
                : "Retail price per carton \"66.005\" is not valid: at most two decimals and 16 digits before the point.",
                only(brand("6901028118171", "白沙（硬）", "60", "66.005"), Check.AMOUNT_FORMAT,
                        Literals.BRAND__RETAIL_PRICE_PER_CARTON));
        assertEquals(chinese() ? "条零售价（59.00）不能低于条批发价（60.00）。"
                : "Retail price per carton (59.00) must not be below Wholesale price per carton (60.00).",
                only(brand("6901028118171", "白沙（硬）", "60.00", "59.00"), Check.RETAIL_BELOW_WHOLESALE,
                        Literals.BRAND__RETAIL_PRICE_PER_CARTON));
        // one price alone, or both equal, or none: fine
        for (Brand b : List.of(brand("6901028118171", "白沙", "60", null), brand("6901028118171", "白沙", null, "66"),
                brand("6901028118171", "白沙", "60.0", "60"), brand("6901028118171", "白沙", null, null))) {
            assertEquals(List.of(), MasterData.validate(b, List.of()));
        }
    }

    @Test
    public void pointingAtARetiredEntryIsAWarning() {
        District retired = district("370199", "旧城区");
        retired.setActive(false);
        List<EntryProblem> problems = MasterData.validate(department("MD99", "旧城市场部", retired), List.of());
        assertEquals(1, problems.size());
        EntryProblem p = problems.get(0);
        assertEquals(Check.REFERENCE_RETIRED, p.check());
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(chinese() ? "行政区域“旧城区（370199）”已停用。" : "District \"旧城区 (370199)\" is retired.", p.message());
    }

    @Test
    public void problemsComeInTheOrderOfTheForm() {
        Staff s = staff("E 1", null, StaffRole.DELIVERY_STAFF);
        s.setManagerGrade(2);
        List<EStructuralFeature> at = MasterData.validate(s, List.of()).stream().map(EntryProblem::feature).toList();
        assertEquals(List.of(Literals.STAFF__CODE, Literals.STAFF__NAME, Literals.STAFF__MANAGER_GRADE), at);
    }

    @Test
    public void kindsAreNamedByTheirIds() {
        assertEquals(List.of("district", "department", "route", "staff", "brand", "group"),
                List.of(NetworkKind.values()).stream().map(NetworkKind::id).toList());
        assertEquals(NetworkKind.GROUP, NetworkKind.byId(" Group "));
        assertEquals(NetworkKind.ROUTE, NetworkKind.of(DeliveryRoute.class));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkKind.byId("shop"));
        assertTrue(e.getMessage().contains("district, department, route, staff, brand, group"), e.getMessage());
    }
}
