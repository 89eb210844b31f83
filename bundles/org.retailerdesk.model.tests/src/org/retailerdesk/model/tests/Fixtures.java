package org.retailerdesk.model.tests;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AllocationRule;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.BusinessScale;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Guidance;
import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.LicenceEvent;
import org.retailerdesk.model.LicenceEventKind;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.OperatingRecord;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerImage;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.StockCount;
import org.retailerdesk.model.Visit;

/** Valid objects of every concrete class; each test breaks one thing. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;

    private Fixtures() {
    }

    static EObject valid(EClass eClass) {
        return switch (eClass.getClassifierID()) {
            case RetailerdeskPackage.SERVICE_CENTRE -> centre();
            case RetailerdeskPackage.DISTRICT -> district();
            case RetailerdeskPackage.MARKET_DEPARTMENT -> department();
            case RetailerdeskPackage.DELIVERY_ROUTE -> route();
            case RetailerdeskPackage.STAFF -> staff(StaffRole.CUSTOMER_MANAGER);
            case RetailerdeskPackage.RETAILER -> retailer();
            case RetailerdeskPackage.RETAILER_IMAGE -> image();
            case RetailerdeskPackage.INSPECTION -> record(F.createInspection());
            case RetailerdeskPackage.STOCK_COUNT -> record(F.createStockCount());
            case RetailerdeskPackage.GUIDANCE -> record(F.createGuidance());
            case RetailerdeskPackage.PRIORITY_HOUSEHOLD -> household();
            case RetailerdeskPackage.BRAND -> brand();
            case RetailerdeskPackage.ALLOCATION_ROUND -> round();
            case RetailerdeskPackage.ALLOCATION_RULE -> rule();
            case RetailerdeskPackage.ALLOCATION_LINE -> line();
            case RetailerdeskPackage.POLICY -> policy();
            case RetailerdeskPackage.PUBLICITY_RECORD -> publicity();
            case RetailerdeskPackage.VISIT -> visit();
            case RetailerdeskPackage.MUTUAL_AID_GROUP -> group();
            case RetailerdeskPackage.LICENCE_EVENT -> licenceEvent();
            default -> throw new IllegalArgumentException("no fixture for " + eClass.getName());
        };
    }

    static ServiceCentre centre() {
        ServiceCentre c = F.createServiceCentre();
        c.setCode("HF01");
        c.setName("合肥市客户服务中心");
        c.setPhone("0551-62345678");
        return c;
    }

    static District district() {
        District d = F.createDistrict();
        d.setCode("340102");
        d.setName("瑶海区");
        d.setCentre(centre());
        return d;
    }

    static MarketDepartment department() {
        MarketDepartment m = F.createMarketDepartment();
        m.setCode("YH");
        m.setName("瑶海市场部");
        m.setDistrict(district());
        return m;
    }

    static MutualAidGroup group() {
        MutualAidGroup g = F.createMutualAidGroup();
        g.setCode("HZ00001");
        g.setName("瑶海第1诚信互助小组");
        g.setMarketDepartment(department());
        return g;
    }

    static LicenceEvent licenceEvent() {
        LicenceEvent e = F.createLicenceEvent();
        e.setRetailer(retailer());
        e.setDate(TODAY);
        e.setKind(LicenceEventKind.SUSPENDED);
        e.setNote("店主外出");
        return e;
    }

    static DeliveryRoute route() {
        DeliveryRoute r = F.createDeliveryRoute();
        r.setCode("R07");
        r.setName("七号线");
        return r;
    }

    static Staff staff(StaffRole role) {
        Staff s = F.createStaff();
        s.setCode("E" + role.getValue());
        s.setName("张" + role.getValue());
        s.setRole(role);
        s.setPhone("13912345678");
        if (role == StaffRole.CUSTOMER_MANAGER) {
            s.setManagerGrade(3);
        }
        return s;
    }

    /** A rural convenience shop of medium scale, classification XB2, with all four staff lines. */
    static Retailer retailer() {
        Retailer r = F.createRetailer();
        r.setCustomerCode("034010200123");
        r.setLicenceNumber("340102123456");
        r.setShopName("便民烟酒店");
        r.setOwner("李四");
        r.setAddress("瑶海区长江东路 1 号");
        r.setBusinessFormat(BusinessFormat.CONVENIENCE);
        r.setMarketType(MarketType.RURAL);
        r.setScale(BusinessScale.MEDIUM);
        r.setClassificationCode("XB2");
        r.setGrade(12);
        r.setDistrict(district());
        r.setMarketDepartment(department());
        r.setFloorArea(35.5);
        r.setCustomerManager(staff(StaffRole.CUSTOMER_MANAGER));
        r.setLicenceOfficer(staff(StaffRole.LICENCE_OFFICER));
        r.setDeliveryStaff(staff(StaffRole.DELIVERY_STAFF));
        r.setPhoneOrderClerk(staff(StaffRole.PHONE_ORDER_CLERK));
        r.setLicenceIssued(LocalDate.of(2021, 3, 1));
        r.setLicenceExpiry(LocalDate.of(2026, 2, 28));
        r.setAnnualReviewDate(LocalDate.of(2025, 3, 1));
        r.setContactPhone("13812345678");
        return r;
    }

    static RetailerImage image() {
        RetailerImage i = F.createRetailerImage();
        i.setRetailer(retailer());
        i.setPath("images/034010200123/shopfront.jpg");
        return i;
    }

    static <T extends OperatingRecord> T record(T record) {
        record.setRetailer(retailer());
        record.setDate(TODAY);
        record.setRecordedBy(staff(StaffRole.CUSTOMER_MANAGER));
        return record;
    }

    static Inspection inspection() {
        return record(F.createInspection());
    }

    static StockCount stockCount() {
        return record(F.createStockCount());
    }

    static Guidance guidance() {
        return record(F.createGuidance());
    }

    static PriorityHousehold household() {
        PriorityHousehold h = F.createPriorityHousehold();
        h.setRetailer(retailer());
        h.setEvidenceType("残疾人证");
        h.setEvidenceNumber("34010219700101123X");
        h.setEvidenceIssuer("瑶海区残疾人联合会");
        h.setEvidenceDate(LocalDate.of(2024, 5, 1));
        h.setVerifiedBy(staff(StaffRole.SERVICE_STAFF));
        h.setVerifiedOn(LocalDate.of(2024, 5, 10));
        h.setReviewDate(LocalDate.of(2025, 5, 10));
        h.setExpiryDate(LocalDate.of(2026, 5, 10));
        h.setPreferenceRule(PreferenceRule.UPLIFT);
        h.setPreferenceValue(0.2);
        return h;
    }

    static Brand brand() {
        Brand b = F.createBrand();
        b.setCode("6901028075763");
        b.setName("黄山（红方印）");
        return b;
    }

    static AllocationRound round() {
        AllocationRound r = F.createAllocationRound();
        r.setCode("2025-06-01");
        r.setTitle("六月上旬紧俏货源");
        r.setBrand(brand());
        r.setPeriodStart(LocalDate.of(2025, 6, 1));
        r.setPeriodEnd(LocalDate.of(2025, 6, 10));
        r.setTotalQuantity(500);
        return r;
    }

    static AllocationRule rule() {
        AllocationRule r = F.createAllocationRule();
        r.setRound(round());
        return r;
    }

    static AllocationLine line() {
        AllocationLine l = F.createAllocationLine();
        l.setRound(round());
        l.setRetailer(retailer());
        l.setGrade(12);
        l.setQuantity(2);
        return l;
    }

    static Policy policy() {
        Policy p = F.createPolicy();
        p.setCode("ZM-2025-01");
        p.setTitle("烟草专卖零售许可证管理办法");
        p.setEffectiveFrom(LocalDate.of(2025, 1, 1));
        p.setEffectiveTo(LocalDate.of(2025, 12, 31));
        return p;
    }

    static PublicityRecord publicity() {
        PublicityRecord p = F.createPublicityRecord();
        p.setRetailer(retailer());
        p.setPolicy(policy());
        p.setDate(TODAY);
        p.setDeliveredBy(staff(StaffRole.CUSTOMER_MANAGER));
        return p;
    }

    static Visit visit() {
        Visit v = F.createVisit();
        v.setRetailer(retailer());
        v.setVisitor(staff(StaffRole.CUSTOMER_MANAGER));
        v.setDate(TODAY);
        return v;
    }
}
