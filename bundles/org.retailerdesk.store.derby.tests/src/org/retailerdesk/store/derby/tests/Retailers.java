package org.retailerdesk.store.derby.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.CreditLevel;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.store.Store;

/** Plausible retailers in bulk (names, addresses, codes as real files have them) over a small saved network. */
final class Retailers {

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;
    private static final String SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡林郭何高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严赖覃洪武莫孔"; //$NON-NLS-1$
    private static final String[] SUFFIXES = { "便利店", "烟酒商行", "超市", "食杂店", "商店", "副食店", "小卖部", "烟酒店" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final String[] ROADS = { "人民路", "解放路", "建设路", "中山路", "和平路", "胜利路", "新华路", "文化路", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "光明路", "长江路", "黄河路", "朝阳路", "东风路", "红旗路" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final String[] TOWNS = { "城关镇", "东城街道", "西城街道", "南湖乡", "北山镇", "河口镇", "新城街道", "柳林乡" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    private final Random random;
    final List<District> districts = new ArrayList<>();
    final List<MarketDepartment> departments = new ArrayList<>();
    final List<Staff> managers = new ArrayList<>();

    Retailers(Store store, long seed) {
        random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            District d = F.createDistrict();
            d.setCode("D" + i); //$NON-NLS-1$
            d.setName("区" + i); //$NON-NLS-1$
            districts.add(store.insert(d));
            for (int j = 0; j < 2; j++) {
                MarketDepartment m = F.createMarketDepartment();
                m.setCode("M" + i + "-" + j); //$NON-NLS-1$ //$NON-NLS-2$
                m.setName("市场部" + i + "-" + j); //$NON-NLS-1$ //$NON-NLS-2$
                m.setDistrict(d);
                departments.add(store.insert(m));
            }
        }
        for (int i = 0; i < 300; i++) {
            Staff s = F.createStaff();
            s.setCode("S" + i); //$NON-NLS-1$
            s.setName("经理" + i); //$NON-NLS-1$
            s.setRole(StaffRole.CUSTOMER_MANAGER);
            s.setMarketDepartment(departments.get(i % departments.size()));
            managers.add(store.insert(s));
        }
    }

    List<Retailer> retailers(int from, int count) {
        List<Retailer> out = new ArrayList<>(count);
        for (int n = from; n < from + count; n++) {
            out.add(retailer(n));
        }
        return out;
    }

    Retailer retailer(int n) {
        Retailer r = F.createRetailer();
        r.setCustomerCode(String.format("3301%08d", n)); //$NON-NLS-1$
        // unique (the database requires it) by the retailer's number
        r.setLicenceNumber(String.format("3301%02d%08d", random.nextInt(100), n)); //$NON-NLS-1$
        r.setShopName(SURNAMES.charAt(random.nextInt(SURNAMES.length())) + "" //$NON-NLS-1$
                + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + SUFFIXES[random.nextInt(SUFFIXES.length)]);
        r.setOwner("店主" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))); //$NON-NLS-1$
        r.setAddress("某市" + TOWNS[random.nextInt(TOWNS.length)] + ROADS[random.nextInt(ROADS.length)] //$NON-NLS-1$
                + (1 + random.nextInt(500)) + "号"); //$NON-NLS-1$
        r.setBusinessFormat(BusinessFormat.VALUES.get(random.nextInt(BusinessFormat.VALUES.size())));
        r.setStatus(RetailerStatus.ACTIVE);
        MarketDepartment m = departments.get(random.nextInt(departments.size()));
        r.setMarketDepartment(m);
        r.setDistrict(m.getDistrict());
        r.setCustomerManager(managers.get(random.nextInt(managers.size())));
        r.setGrade(1 + random.nextInt(30));
        r.setMarketType(random.nextBoolean() ? MarketType.URBAN : MarketType.RURAL);
        r.setCreditLevel(CreditLevel.VALUES.get(random.nextInt(CreditLevel.VALUES.size())));
        r.setMonthlyAmount(BigDecimal.valueOf(random.nextInt(5_000_000), 2));
        r.setLicenceIssued(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000)));
        r.setContactPhone(String.format("138%08d", random.nextInt(100_000_000))); //$NON-NLS-1$
        return r;
    }
}
