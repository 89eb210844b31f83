package org.retailerdesk.demodata.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.retailerdesk.demodata.internal.Vocabulary.DistrictSeed;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PolicyCategory;
import org.retailerdesk.model.PriceBand;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.Weekday;
import org.retailerdesk.store.Store;

/**
 * The reference data of a demo centre sized for a number of retailers: districts, market
 * departments, routes and staff in the ratios of a real centre (a customer manager looks after
 * about 250 retailers, a route about 180), brands and policies.
 */
public final class DemoCentre {

    /** Relative number of retailers per district, in the order of {@link Vocabulary#DISTRICTS}. */
    private static final int[] DISTRICT_WEIGHTS = { 10, 9, 9, 8, 12, 6, 11, 6, 9, 4, 6, 5 };
    static final int RETAILERS_PER_MANAGER = 250;
    static final int RETAILERS_PER_ROUTE = 180;
    static final int RETAILERS_PER_DELIVERY = 300;
    static final int RETAILERS_PER_OFFICER = 400;
    static final int RETAILERS_PER_CLERK = 1000;
    /** A mutual-aid group gathers about 40 neighbouring retailers; a district has at most 30. */
    static final int RETAILERS_PER_GROUP = 40;
    static final int RETAILER_GROUPS = 30;
    private static final LocalDate HIRED_FROM = LocalDate.of(2008, 1, 1);
    private static final BigDecimal RETAIL_MARKUP = new BigDecimal("1.1");

    /** Everything the centre has in one district. */
    public static final class Area {
        final DistrictSeed seed;
        final District district;
        final MarketDepartment department;
        final List<DeliveryRoute> routes = new ArrayList<>();
        final List<Staff> managers = new ArrayList<>();
        final List<Staff> deliveryStaff = new ArrayList<>();
        final List<Staff> officers = new ArrayList<>();
        final List<Staff> clerks = new ArrayList<>();
        final List<MutualAidGroup> groups = new ArrayList<>();
        int retailers;

        Area(DistrictSeed seed, District district, MarketDepartment department) {
            this.seed = seed;
            this.district = district;
            this.department = department;
        }
    }

    final ServiceCentre centre;
    final List<Area> areas = new ArrayList<>();
    final List<Staff> serviceStaff = new ArrayList<>();
    private final List<Staff> allStaff = new ArrayList<>();
    final List<Brand> brands = new ArrayList<>();
    final List<Policy> policies = new ArrayList<>();
    private final int[] cumulativeWeights = new int[DISTRICT_WEIGHTS.length];

    public DemoCentre(int retailerCount, long seed, LocalDate today) {
        RetailerdeskFactory f = RetailerdeskFactory.eINSTANCE;
        Random random = new Random(seed);
        centre = f.createServiceCentre();
        centre.setCode("SC3701");
        centre.setName("泉城市烟草公司客户服务中心");
        centre.setAddress("泉城市历下区经十路 11999 号");
        centre.setPhone("0531-88886666");
        int totalWeight = 0;
        for (int w : DISTRICT_WEIGHTS) {
            totalWeight += w;
        }
        int staffNo = 0;
        for (int d = 0; d < Vocabulary.DISTRICTS.size(); d++) {
            DistrictSeed ds = Vocabulary.DISTRICTS.get(d);
            cumulativeWeights[d] = (d == 0 ? 0 : cumulativeWeights[d - 1]) + DISTRICT_WEIGHTS[d];
            District district = f.createDistrict();
            district.setCode(ds.code());
            district.setName(ds.name());
            district.setCentre(centre);
            MarketDepartment department = f.createMarketDepartment();
            department.setCode("MD" + ds.code().substring(4));
            department.setName(ds.name().substring(0, 2) + "市场部");
            department.setDistrict(district);
            Area area = new Area(ds, district, department);
            areas.add(area);
            int expected = Math.max(1, (int) ((long) retailerCount * DISTRICT_WEIGHTS[d] / totalWeight));
            for (int r = 0; r < Math.ceilDiv(expected, RETAILERS_PER_ROUTE); r++) {
                DeliveryRoute route = f.createDeliveryRoute();
                route.setCode(ds.code().substring(4) + String.format("%03d", r + 1));
                route.setName(ds.name().substring(0, 2) + String.format("%02d", r + 1) + "线");
                route.setMarketDepartment(department);
                route.setOrderDay(Weekday.get(r % 5));
                area.routes.add(route);
            }
            for (int g = 0; g < Math.min(RETAILER_GROUPS, Math.ceilDiv(expected, RETAILERS_PER_GROUP)); g++) {
                MutualAidGroup group = f.createMutualAidGroup();
                group.setCode(String.format("HZ%s%02d", ds.code().substring(4), g + 1));
                group.setName(ds.name() + "第" + (g + 1) + "诚信互助小组");
                group.setMarketDepartment(department);
                area.groups.add(group);
            }
            staffNo = addStaff(area.managers, StaffRole.CUSTOMER_MANAGER, Math.ceilDiv(expected, RETAILERS_PER_MANAGER), department, random, staffNo);
            staffNo = addStaff(area.deliveryStaff, StaffRole.DELIVERY_STAFF, Math.ceilDiv(expected, RETAILERS_PER_DELIVERY), department, random, staffNo);
            staffNo = addStaff(area.officers, StaffRole.LICENCE_OFFICER, Math.ceilDiv(expected, RETAILERS_PER_OFFICER), department, random, staffNo);
            staffNo = addStaff(area.clerks, StaffRole.PHONE_ORDER_CLERK, Math.ceilDiv(expected, RETAILERS_PER_CLERK), department, random, staffNo);
            staffNo = addStaff(new ArrayList<>(), StaffRole.SUPERVISOR, 1, department, random, staffNo);
        }
        addStaff(serviceStaff, StaffRole.SERVICE_STAFF, 4, null, random, staffNo);
        addBrands(f);
        addPolicies(f, today);
    }

    private int addStaff(List<Staff> into, StaffRole role, int count, MarketDepartment department, Random random, int no) {
        for (int i = 0; i < count; i++) {
            Staff s = RetailerdeskFactory.eINSTANCE.createStaff();
            no++;
            s.setCode(String.format("E%05d", no));
            s.setName(Vocabulary.personName(random));
            s.setRole(role);
            if (role == StaffRole.CUSTOMER_MANAGER) {
                s.setManagerGrade(1 + random.nextInt(5));
            }
            s.setPhone(Vocabulary.mobile(random));
            s.setHireDate(HIRED_FROM.plusDays(random.nextInt(15 * 365)));
            s.setMarketDepartment(department);
            s.setActive(true);
            into.add(s);
            allStaff.add(s);
        }
        return no;
    }

    private void addBrands(RetailerdeskFactory f) {
        Object[][] rows = { { "6901028075831", "中华（硬）", PriceBand.CLASS_1, "450.00", true, "上海烟草集团" },
                { "6901028001533", "中华（软）", PriceBand.CLASS_1, "650.00", true, "上海烟草集团" },
                { "6901028180566", "黄鹤楼（1916）", PriceBand.CLASS_1, "1000.00", true, "湖北中烟" },
                { "6901028201902", "泰山（佛光）", PriceBand.CLASS_1, "300.00", true, "山东中烟" },
                { "6901028135764", "玉溪（软）", PriceBand.CLASS_1, "230.00", false, "红塔烟草集团" },
                { "6901028148603", "云烟（紫）", PriceBand.CLASS_2, "120.00", false, "红云红河集团" },
                { "6901028093248", "利群（新版）", PriceBand.CLASS_1, "140.00", false, "浙江中烟" },
                { "6901028317658", "南京（炫赫门）", PriceBand.CLASS_1, "180.00", true, "江苏中烟" },
                { "6901028221474", "芙蓉王（硬）", PriceBand.CLASS_1, "250.00", false, "湖南中烟" },
                { "6901028110624", "红塔山（经典）", PriceBand.CLASS_3, "95.00", false, "红塔烟草集团" },
                { "6901028204002", "泰山（红将军）", PriceBand.CLASS_3, "95.00", false, "山东中烟" },
                { "6901028118171", "白沙（硬）", PriceBand.CLASS_4, "60.00", false, "湖南中烟" },
                { "6901028002813", "双喜（硬经典）", PriceBand.CLASS_4, "65.00", false, "广东中烟" },
                { "6901028316880", "泰山（新品）", PriceBand.CLASS_5, "35.00", false, "山东中烟" },
                { "6901028165549", "红金龙（硬）", PriceBand.CLASS_5, "33.00", false, "湖北中烟" },
                { "6901028320580", "苏烟（五星红杉树）", PriceBand.CLASS_1, "350.00", true, "江苏中烟" } };
        for (Object[] r : rows) {
            Brand b = f.createBrand();
            b.setCode((String) r[0]);
            b.setName((String) r[1]);
            b.setPriceBand((PriceBand) r[2]);
            b.setPricePerCarton(new BigDecimal((String) r[3]));
            // the suggested retail price is about a tenth above the wholesale price, in whole yuan
            b.setRetailPricePerCarton(b.getPricePerCarton().multiply(RETAIL_MARKUP).setScale(0, RoundingMode.HALF_UP)
                    .setScale(2));
            b.setScarce((Boolean) r[4]);
            b.setManufacturer((String) r[5]);
            brands.add(b);
        }
    }

    private void addPolicies(RetailerdeskFactory f, LocalDate today) {
        Object[][] rows = { { "LAW-1991", "《中华人民共和国烟草专卖法》", PolicyCategory.LAW, 1991, "烟草专卖品的生产、销售、进出口依法实行专卖管理，零售须持有烟草专卖零售许可证。", "全国人民代表大会常务委员会" },
                { "LAW-1997", "《中华人民共和国烟草专卖法实施条例》", PolicyCategory.LAW, 1997, "细化烟草专卖许可、生产销售与监督检查的规定。", "国务院" },
                { "LAW-2016", "《烟草专卖许可证管理办法》", PolicyCategory.LAW, 2016, "零售许可证的申领、变更、延续、停业与歇业办理要求。", "国家烟草专卖局" },
                { "POL-PRICE", "卷烟零售明码标价规定", PolicyCategory.INDUSTRY_POLICY, 2019, "卷烟零售须明码标价、一货一签，不得超标价销售。", "国家烟草专卖局" },
                { "POL-MINOR", "不向未成年人售烟", PolicyCategory.INDUSTRY_POLICY, 2021, "在显著位置设置不向未成年人售烟标识，对难以判明年龄者查验身份证件。", "国家烟草专卖局" },
                { "STR-INTEG", "诚信互助小组建设方案", PolicyCategory.COMPANY_STRATEGY, 2023, "以片区为单位组建诚信互助小组，互相监督、共同守法经营。", "市烟草专卖局（公司）" },
                { "STR-ORDER", "网上订货推广", PolicyCategory.COMPANY_STRATEGY, 2022, "推广网上订货与电子结算，订货周期内均可下单。", "市烟草专卖局（公司）" },
                { "MKT-NEW", "新品上市信息", PolicyCategory.MARKET_INFORMATION, 0, "本季度新品规格、建议零售价与陈列要求。", "市烟草公司营销中心" } };
        for (Object[] r : rows) {
            Policy p = f.createPolicy();
            p.setCode((String) r[0]);
            p.setTitle((String) r[1]);
            p.setCategory((PolicyCategory) r[2]);
            int year = (Integer) r[3];
            LocalDate issued = year == 0 ? today.minusMonths(2) : LocalDate.of(year, 1, 1);
            p.setIssuedOn(issued);
            p.setEffectiveFrom(issued);
            p.setSummary((String) r[4]);
            p.setIssuer((String) r[5]);
            if (p.getCategory() == PolicyCategory.MARKET_INFORMATION) {
                // new products are pushed to the larger shops first
                p.setScope("grade=10-30"); //$NON-NLS-1$
            }
            policies.add(p);
        }
    }

    /** The district of the next retailer, by weight. */
    Area drawArea(Random random) {
        int x = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        for (int d = 0; d < cumulativeWeights.length; d++) {
            if (x < cumulativeWeights[d]) {
                return areas.get(d);
            }
        }
        throw new IllegalStateException();
    }

    /**
     * Writes every reference entity in one transaction, as {@code actor}.
     *
     * @return how many were written
     */
    public int writeReference(Store store) {
        List<Entity> reference = new ArrayList<>();
        forEachReference(reference::add);
        store.write(tx -> {
            reference.forEach(tx::insert);
            return null;
        });
        return reference.size();
    }

    /** @return how many reference entities {@link #writeReference} writes */
    public int referenceCount() {
        int[] n = { 0 };
        forEachReference(e -> n[0]++);
        return n[0];
    }

    /**
     * Gives every reference entity the id and version of the stored one of its type and code, as
     * writing the rest of a centre whose reference entities {@link #writeReference} stored needs.
     *
     * @throws IllegalStateException when one of them is not stored
     */
    public void adoptStored(Store store) {
        Map<EClass, Map<Object, Entity>> stored = new HashMap<>();
        forEachReference(e -> {
            Entity s = stored.computeIfAbsent(e.eClass(), c -> byCode(store, c)).get(code(e));
            if (s == null) {
                throw new IllegalStateException("the stored demo centre has no " + e.eClass().getName() + " " + code(e)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            e.setId(s.getId());
            e.setVersion(s.getVersion());
        });
    }

    private static Map<Object, Entity> byCode(Store store, EClass type) {
        Map<Object, Entity> out = new HashMap<>();
        for (Entity e : store.findAll(type.getInstanceClass().asSubclass(Entity.class))) {
            out.put(code(e), e);
        }
        return out;
    }

    private static Object code(Entity e) {
        return e.eGet(e.eClass().getEStructuralFeature("code")); //$NON-NLS-1$
    }

    /** All reference entities in an order that can be inserted (referenced before referring). */
    public void forEachReference(Consumer<Entity> action) {
        action.accept(centre);
        areas.forEach(a -> action.accept(a.district));
        areas.forEach(a -> action.accept(a.department));
        areas.forEach(a -> a.routes.forEach(action));
        areas.forEach(a -> a.groups.forEach(action));
        allStaff.forEach(action);
        brands.forEach(action);
        policies.forEach(action);
    }
}
