package org.retailerdesk.demodata.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.retailerdesk.demodata.internal.DemoCentre.Area;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.BusinessScale;
import org.retailerdesk.model.CreditLevel;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Guidance;
import org.retailerdesk.model.GuidanceTopic;
import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.InspectionResult;
import org.retailerdesk.model.LicenceType;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.OperatingRecord;
import org.retailerdesk.model.OrderingMethod;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.StockCount;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.VisitPurpose;
import org.retailerdesk.model.Weekday;

/**
 * Makes retailer files one after the other, and the records that belong to each once it has an
 * id. Proportions follow what service centres report: mostly small grocery shops, few high
 * grades, about 2 % priority-assistance households.
 */
public final class RetailerGenerator {

    /** Business formats with their share in percent. */
    private static final BusinessFormat[] FORMATS = { BusinessFormat.GROCERY, BusinessFormat.CONVENIENCE,
            BusinessFormat.TOBACCO_LIQUOR, BusinessFormat.SUPERMARKET, BusinessFormat.ENTERTAINMENT, BusinessFormat.MALL,
            BusinessFormat.OTHER };
    private static final int[] FORMAT_SHARES = { 45, 20, 15, 10, 5, 1, 4 };
    private static final String[] FORMAT_SUFFIX = { "食杂店", "便利店", "烟酒商行", "超市", "棋牌室", "购物广场", "报刊亭" };
    private static final double PRIORITY_SHARE = 0.02;

    private final DemoCentre centre;
    private final LocalDate today;
    private final Random random;
    private final RetailerdeskFactory f = RetailerdeskFactory.eINSTANCE;

    public RetailerGenerator(DemoCentre centre, long seed, LocalDate today) {
        this.centre = centre;
        this.today = today;
        this.random = new Random(seed * 31 + 7);
    }

    /** The next retailer file; the customer code counts up per district, so codes never repeat. */
    public Retailer next() {
        Area area = centre.drawArea(random);
        int seq = ++area.retailers;
        boolean urban = random.nextDouble() < area.seed.urbanShare();
        int formatIndex = drawFormat(urban);
        BusinessFormat format = FORMATS[formatIndex];
        Retailer r = f.createRetailer();
        String code = area.seed.code();
        r.setCustomerCode(code + String.format("%06d", seq));
        // a permutation of the sequence, so licence and customer numbers differ but stay unique
        r.setLicenceNumber(code + String.format("%06d", (seq * 7919L) % 1_000_000));
        String owner = Vocabulary.personName(random);
        r.setOwner(owner);
        r.setShopName(shopName(owner, formatIndex));
        r.setAddress(address(area, urban));
        r.setBusinessScope("卷烟零售" + (random.nextInt(4) == 0 ? "、雪茄烟零售" : ""));
        r.setBusinessFormat(format);
        r.setOrderingMethod(random.nextInt(100) < 60 ? OrderingMethod.ONLINE
                : random.nextInt(10) < 9 ? OrderingMethod.PHONE : OrderingMethod.VISIT);
        r.setStatus(random.nextInt(200) == 0 ? RetailerStatus.SUSPENDED : RetailerStatus.ACTIVE);

        r.setDistrict(area.district);
        r.setMarketDepartment(area.department);
        r.setFloorArea(Math.round(floorArea(format) * 10) / 10.0);
        // neighbouring shops share a manager, a route and a driver, as on the street
        r.setCustomerManager(area.managers.get((seq / DemoCentre.RETAILERS_PER_MANAGER) % area.managers.size()));
        r.setDeliveryRoute(area.routes.get((seq / DemoCentre.RETAILERS_PER_ROUTE) % area.routes.size()));
        r.setDeliveryStaff(area.deliveryStaff.get((seq / DemoCentre.RETAILERS_PER_DELIVERY) % area.deliveryStaff.size()));
        r.setLicenceOfficer(area.officers.get((seq / DemoCentre.RETAILERS_PER_OFFICER) % area.officers.size()));
        r.setPhoneOrderClerk(area.clerks.get((seq / DemoCentre.RETAILERS_PER_CLERK) % area.clerks.size()));
        r.setOrderDay(Weekday.get((seq / DemoCentre.RETAILERS_PER_ROUTE) % 5));
        r.setVisitBatch("第" + (1 + (seq / 50) % 4) + "批");
        r.setOrdersPerMonth(4);

        LocalDate issued = today.minusDays(30 + random.nextInt(5 * 365));
        r.setLicenceType(random.nextInt(100) == 0 ? LicenceType.TEMPORARY : LicenceType.REGULAR);
        r.setLicenceIssued(issued);
        r.setLicenceExpiry(issued.plusYears(5));
        LocalDate review = issued.plusYears(Math.max(0, today.getYear() - issued.getYear() - 1));
        r.setAnnualReviewDate(review.isBefore(issued) ? issued : review);
        int grade = grade(urban, format);
        BusinessScale scale = grade >= 20 ? BusinessScale.LARGE : grade >= 10 ? BusinessScale.MEDIUM : BusinessScale.SMALL;
        r.setGrade(grade);
        r.setMarketType(urban ? MarketType.URBAN : MarketType.RURAL);
        r.setScale(scale);
        r.setClassificationCode((urban ? "C" : "X") + (char) ('A' + format.getValue()) + (scale.getValue() + 1));
        int credit = random.nextInt(100);
        r.setCreditLevel(credit < 10 ? CreditLevel.AAA : credit < 40 ? CreditLevel.AA : credit < 85 ? CreditLevel.A : CreditLevel.B);
        r.setComplianceNote(credit < 97 ? "守法经营" : "曾有违规记录，已整改");
        r.setMonitored(credit >= 97);
        r.setModelShop(credit < 2);
        if (random.nextInt(10) < 3) {
            r.setMutualAidGroup(area.groups.get(seq / DemoCentre.RETAILERS_PER_GROUP % area.groups.size()));
        }

        int quantity = Math.max(1, grade * 4 + random.nextInt(grade * 2 + 3) - grade);
        BigDecimal price = BigDecimal.valueOf(90 + random.nextInt(40) + grade * 6L);
        r.setMonthlyQuantity(quantity);
        r.setAveragePrice(price.setScale(2, RoundingMode.HALF_UP));
        r.setMonthlyAmount(price.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP));
        r.setBrandCount(Math.min(150, 15 + grade * 3 + random.nextInt(10)));
        r.setStock(Math.max(1, quantity / 3 + random.nextInt(5)));

        r.setContactPerson(random.nextInt(5) == 0 ? Vocabulary.personName(random) : owner);
        r.setContactPhone(random.nextInt(8) == 0 ? Vocabulary.landline(random) : Vocabulary.mobile(random));
        r.setContactAddress(r.getAddress());
        return r;
    }

    private int drawFormat(boolean urban) {
        int x = random.nextInt(100);
        if (!urban && x < 25) {
            return 0; // villages: even more small grocery shops
        }
        for (int i = 0, sum = 0; i < FORMAT_SHARES.length; i++) {
            sum += FORMAT_SHARES[i];
            if (x < sum) {
                return i;
            }
        }
        return 0;
    }

    /** Grades 1-30 on a skewed curve around 8-10; a few shops reach the top grades. */
    private int grade(boolean urban, BusinessFormat format) {
        double base = Math.log(urban ? 9.5 : 7.5);
        if (format == BusinessFormat.SUPERMARKET || format == BusinessFormat.MALL || format == BusinessFormat.TOBACCO_LIQUOR) {
            base += 0.25;
        }
        long g = Math.round(Math.exp(base + random.nextGaussian() * 0.4));
        return (int) Math.max(1, Math.min(30, g));
    }

    private double floorArea(BusinessFormat format) {
        return switch (format) {
        case SUPERMARKET -> 80 + random.nextInt(300);
        case MALL -> 500 + random.nextInt(3000);
        case ENTERTAINMENT -> 40 + random.nextInt(120);
        default -> 8 + random.nextInt(60);
        };
    }

    private String shopName(String owner, int formatIndex) {
        String suffix = FORMAT_SUFFIX[formatIndex];
        return switch (random.nextInt(3)) {
        case 0 -> owner.substring(0, 1) + "记" + suffix;
        case 1 -> Vocabulary.pick(random, Vocabulary.SHOP_WORDS) + suffix;
        default -> owner + suffix;
        };
    }

    private String address(Area area, boolean urban) {
        String district = area.seed.name();
        if (urban) {
            return district + Vocabulary.pick(random, Vocabulary.ROADS) + (1 + random.nextInt(300)) + "号";
        }
        String town = Vocabulary.pick(random, area.seed.towns());
        return district + town + "镇" + Vocabulary.pick(random, Vocabulary.SURNAMES) + "家"
                + Vocabulary.pick(random, Vocabulary.VILLAGE_SUFFIX) + (1 + random.nextInt(200)) + "号";
    }

    /**
     * The records kept in the file of a stored retailer: its priority-household entry (2 %),
     * inspections, stock counts, guidance notes, visits and publicity records of the last year.
     */
    public void recordsFor(Retailer r, List<Entity> out) {
        if (random.nextDouble() < PRIORITY_SHARE) {
            out.add(household(r));
        }
        if (random.nextInt(4) == 0) {
            Inspection in = f.createInspection();
            fill(in, r, r.getLicenceOfficer() != null ? r.getLicenceOfficer() : r.getCustomerManager());
            in.setHygiene(result());
            in.setDisplay(result());
            in.setPriceMarking(result());
            in.setHonestOperation(random.nextInt(30) == 0 ? InspectionResult.FAIR : InspectionResult.GOOD);
            out.add(in);
        }
        if (random.nextInt(10) == 0) {
            StockCount sc = f.createStockCount();
            fill(sc, r, r.getCustomerManager());
            sc.setCartons(r.getStock());
            sc.setBrandsInStock(Math.max(1, r.getBrandCount() - random.nextInt(10)));
            out.add(sc);
        }
        if (random.nextInt(10) == 0) {
            Guidance g = f.createGuidance();
            fill(g, r, r.getCustomerManager());
            g.setTopic(GuidanceTopic.get(random.nextInt(GuidanceTopic.VALUES.size())));
            g.setNote("指导零售户合理订货、规范陈列");
            out.add(g);
        }
        if (random.nextInt(2) == 0) {
            Visit v = f.createVisit();
            v.setRetailer(r);
            v.setVisitor(r.getCustomerManager());
            v.setDate(pastDate());
            v.setPurpose(VisitPurpose.get(random.nextInt(10) < 7 ? 0 : random.nextInt(VisitPurpose.VALUES.size())));
            v.setShopOpen(random.nextInt(25) != 0);
            v.setSalesNote("本周销量平稳");
            if (random.nextInt(8) == 0) {
                v.setNewProductNote("推介新品，零售户有意试销");
            }
            out.add(v);
        }
        if (random.nextInt(100) < 35) {
            PublicityRecord p = f.createPublicityRecord();
            p.setRetailer(r);
            p.setPolicy(Vocabulary.pick(random, centre.policies));
            p.setDate(pastDate());
            p.setChannel(PublicityChannel.get(random.nextInt(10) < 6 ? 0 : random.nextInt(PublicityChannel.VALUES.size())));
            p.setDeliveredBy(r.getCustomerManager());
            int ack = random.nextInt(100);
            p.setAcknowledgement(ack < 60 ? Acknowledgement.SIGNED : ack < 88 ? Acknowledgement.VERBAL : Acknowledgement.REFUSED);
            out.add(p);
        }
    }

    private PriorityHousehold household(Retailer r) {
        PriorityHousehold h = f.createPriorityHousehold();
        h.setRetailer(r);
        int x = random.nextInt(100);
        AssistanceCategory category = x < 40 ? AssistanceCategory.LAID_OFF
                : x < 65 ? AssistanceCategory.DISABLED
                : x < 85 ? AssistanceCategory.EXTREME_HARDSHIP
                : AssistanceCategory.get(3 + random.nextInt(3));
        String district = r.getDistrict().getName();
        h.setCategory(category);
        switch (category) {
        case LAID_OFF -> evidence(h, "就业失业登记证", district + "人力资源和社会保障局");
        case DISABLED -> evidence(h, "残疾人证", district + "残疾人联合会");
        case MARTYR_FAMILY -> evidence(h, "烈士证明书", district + "退役军人事务局");
        default -> evidence(h, category == AssistanceCategory.LOW_INCOME ? "最低生活保障证" : "特困人员救助供养证",
                district + "民政局");
        }
        LocalDate evidenceDate = today.minusDays(60 + random.nextInt(4 * 365));
        LocalDate verified = evidenceDate.plusDays(1 + random.nextInt(30));
        h.setEvidenceDate(evidenceDate);
        h.setVerifiedBy(r.getCustomerManager());
        h.setVerifiedOn(verified.isAfter(today) ? today : verified);
        h.setReviewDate(h.getVerifiedOn().plusYears(1));
        h.setExpiryDate(h.getVerifiedOn().plusYears(3));
        int rule = random.nextInt(10);
        if (rule < 6) {
            h.setPreferenceRule(PreferenceRule.UPLIFT);
            h.setPreferenceValue(20);
        } else if (rule < 9) {
            h.setPreferenceRule(PreferenceRule.GUARANTEED_MINIMUM);
            h.setPreferenceValue(1 + random.nextInt(2));
        } else {
            h.setPreferenceRule(PreferenceRule.NONE);
        }
        h.setHelpGiven("紧俏货源优先投放；低档卷烟保障供应");
        h.setActive(true);
        return h;
    }

    private void evidence(PriorityHousehold h, String type, String issuer) {
        h.setEvidenceType(type);
        h.setEvidenceNumber(String.format("%s%08d", h.getRetailer().getDistrict().getCode(), random.nextInt(100_000_000)));
        h.setEvidenceIssuer(issuer);
    }

    private void fill(OperatingRecord record, Retailer r, org.retailerdesk.model.Staff by) {
        record.setRetailer(r);
        record.setDate(pastDate());
        record.setRecordedBy(by);
    }

    private InspectionResult result() {
        int x = random.nextInt(20);
        return x < 16 ? InspectionResult.GOOD : x < 19 ? InspectionResult.FAIR : InspectionResult.POOR;
    }

    private LocalDate pastDate() {
        return today.minusDays(random.nextInt(365));
    }
}
