package org.retailerdesk.imports;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.imports.internal.Labels;
import org.retailerdesk.imports.internal.Text;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * A field of the retailer file that a column of an import file can fill: every feature of
 * {@code Retailer} that fits a flat table (not its id and version). Each knows the header names
 * that mean it in real files; besides these, its model labels (zh and en) and its feature name
 * ({@code customerCode}, {@code CUSTOMER_CODE}) always match. Headers compare after
 * {@link #normalize normalizing}: case, spaces, underscores, hyphens, brackets and full-width
 * forms are ignored.
 */
public enum ImportField implements MappedField {
    CUSTOMER_CODE(Literals.RETAILER__CUSTOMER_CODE, "客户代码", "客户编号", "客户号", "零售户编码", "零售客户编码", "cust code",
            "customer no", "customer id"),
    LICENCE_NUMBER(Literals.RETAILER__LICENCE_NUMBER, "许可证编号", "许可证号码", "许可证编码", "专卖许可证号", "专卖证号", "烟草专卖零售许可证号",
            "licence number", "license number", "licence no", "license no", "licence", "license", "permit no",
            "LICENSE_CODE", "LICENCE_CODE", "LICENSE_NUM", "LIC_NO"),
    SHOP_NAME(Literals.RETAILER__SHOP_NAME, "店名", "店铺名", "商店名称", "门店名称", "客户名称", "零售户名称", "shop name", "store name",
            "shop", "CUST_NAME", "CUSTOMER_NAME"),
    OWNER(Literals.RETAILER__OWNER, "法人", "法定代表人", "法人代表", "经营者", "经营者姓名", "业主", "业户姓名", "持证人", "负责人姓名",
            "owner name", "legal person", "CORPORATION_NAME", "LEGAL_NAME", "BOSS_NAME"),
    ADDRESS(Literals.RETAILER__ADDRESS, "地址", "店铺地址", "经营场所", "shop address", "business address", "BUSI_ADDR",
            "BUSINESS_ADDR", "CUST_ADDR"),
    BUSINESS_SCOPE(Literals.RETAILER__BUSINESS_SCOPE, "scope", "BUSI_SCOPE"),
    BUSINESS_FORMAT(Literals.RETAILER__BUSINESS_FORMAT, "业态", "经营业态", "终端业态", "format", "business type", "CUST_FORMAT",
            "FORMAT_NAME"),
    ORDERING_METHOD(Literals.RETAILER__ORDERING_METHOD, "order method", "ORDER_WAY", "ORDER_MODE"),
    STATUS(Literals.RETAILER__STATUS, "状态", "营业状态", "客户状态", "BUSINESS_STATUS", "CUST_STATUS"),
    DISTRICT(Literals.RETAILER__DISTRICT, "区域", "行政区", "区县", "所属区县", "所属区域", "region", "COMPANY_DISTRICT", "DISTRICT_NAME",
            "COUNTY_NAME"),
    MARKET_DEPARTMENT(Literals.RETAILER__MARKET_DEPARTMENT, "营销部", "所属市场部", "market dept", "department", "dept",
            "MARKET_DEPT", "SALE_DEPT", "SALE_DEPT_NAME", "DEPT_NAME"),
    FLOOR_AREA(Literals.RETAILER__FLOOR_AREA, "经营面积", "面积", "area", "BUSI_AREA"),
    CUSTOMER_MANAGER(Literals.RETAILER__CUSTOMER_MANAGER, "客户经理姓名", "manager", "MANAGER_NAME", "SLSMAN_NAME", "SLSMAN",
            "CUST_MANAGER"),
    PHONE_ORDER_CLERK(Literals.RETAILER__PHONE_ORDER_CLERK, "订货员", "order clerk", "ORDER_CLERK"),
    DELIVERY_STAFF(Literals.RETAILER__DELIVERY_STAFF, "配送员", "delivery man", "driver", "DELIVER_NAME", "DELIVERYMAN"),
    DELIVERY_ROUTE(Literals.RETAILER__DELIVERY_ROUTE, "配送线路", "线路", "route", "ROUTE_NAME", "LINE_NAME", "DELIVER_LINE"),
    ORDER_DAY(Literals.RETAILER__ORDER_DAY, "送货日", "订货周期", "delivery day", "weekday", "ORDER_CYCLE", "ORDER_WEEKDAY"),
    VISIT_BATCH(Literals.RETAILER__VISIT_BATCH, "批次", "batch"),
    ORDERS_PER_MONTH(Literals.RETAILER__ORDERS_PER_MONTH, "订货频次", "订货频率", "order frequency"),
    LICENCE_TYPE(Literals.RETAILER__LICENCE_TYPE, "证照类型", "license type"),
    LICENCE_ISSUED(Literals.RETAILER__LICENCE_ISSUED, "发证日", "license issued", "issue date", "issued", "LICENSE_START_DATE",
            "VALID_START_DATE"),
    LICENCE_EXPIRY(Literals.RETAILER__LICENCE_EXPIRY, "有效期", "到期日期", "许可证有效期", "license expiry", "expiry date", "expiry",
            "valid until", "LICENSE_END_DATE", "VALID_END_DATE"),
    ANNUAL_REVIEW_DATE(Literals.RETAILER__ANNUAL_REVIEW_DATE, "年检日期", "annual review", "review date"),
    LICENCE_OFFICER(Literals.RETAILER__LICENCE_OFFICER, "市管员", "license officer", "officer"),
    CLASSIFICATION_CODE(Literals.RETAILER__CLASSIFICATION_CODE, "分类编码", "客户分类编码", "分类", "classification", "category"),
    CREDIT_LEVEL(Literals.RETAILER__CREDIT_LEVEL, "信用等级", "credit", "credit rating"),
    COMPLIANCE_NOTE(Literals.RETAILER__COMPLIANCE_NOTE, "守法经营情况", "compliance"),
    MONITORED(Literals.RETAILER__MONITORED, "是否监控户"),
    MODEL_SHOP(Literals.RETAILER__MODEL_SHOP, "是否示范户"),
    MUTUAL_AID_GROUP(Literals.RETAILER__MUTUAL_AID_GROUP, "互助小组", "mutual aid group", "GROUP_NAME", "互助小组名称"),
    /**
     * A yes/no column saying whether the retailer is in a mutual-aid group, as company exports have
     * it beside the group's name. It fills no field: "no" leaves the retailer without a group
     * whatever the group column says, "yes" without a group named is a warning.
     */
    MUTUAL_AID_MEMBER(null, "是否互助小组成员", "是否诚信互助小组", "IS_MUTUAL_AID_GROUP", "IS_GROUP_MEMBER"),
    GRADE(Literals.RETAILER__GRADE, "档位", "档次", "客户档次", "customer grade", "tier", "CUST_LEVEL", "CUST_GRADE", "GRADE_NAME"),
    MARKET_TYPE(Literals.RETAILER__MARKET_TYPE, "城乡类型", "市场", "城乡", "URBAN_RURAL", "MARKET_TYPE_NAME"),
    SCALE(Literals.RETAILER__SCALE, "规模", "business scale", "size", "BUSI_SCALE"),
    MONTHLY_QUANTITY(Literals.RETAILER__MONTHLY_QUANTITY, "月购进量", "月订购量", "月销量", "monthly qty"),
    MONTHLY_AMOUNT(Literals.RETAILER__MONTHLY_AMOUNT, "月订购金额", "月销售额"),
    AVERAGE_PRICE(Literals.RETAILER__AVERAGE_PRICE, "均价", "单条均价", "avg price"),
    BRAND_COUNT(Literals.RETAILER__BRAND_COUNT, "品规数", "品规", "brands"),
    STOCK(Literals.RETAILER__STOCK, "库存", "库存量", "inventory"),
    CONTACT_PERSON(Literals.RETAILER__CONTACT_PERSON, "contact", "CONTACT_NAME", "LINK_MAN"),
    CONTACT_PHONE(Literals.RETAILER__CONTACT_PHONE, "电话", "手机", "手机号", "联系方式", "phone", "mobile", "tel", "telephone",
            "ORDER_TEL", "MOBILE_PHONE", "LINK_TEL"),
    CONTACT_ADDRESS(Literals.RETAILER__CONTACT_ADDRESS);

    private final EStructuralFeature feature;
    private final List<String> headers;

    ImportField(EStructuralFeature feature, String... aliases) {
        this.feature = feature;
        this.headers = Text.headerNames(label(Locale.CHINESE), label(Locale.ENGLISH),
                feature == null ? name() : feature.getName(), name(), aliases);
    }

    /** The retailer feature this field fills; null for {@link #MUTUAL_AID_MEMBER}, which fills none. */
    @Override
    public EStructuralFeature feature() {
        return feature;
    }

    /** The field's label in the locale (the model's label). */
    @Override
    public String label(Locale locale) {
        return feature == null ? Labels.get("mutualAidMember", locale) : ModelLabels.label(feature, locale); //$NON-NLS-1$
    }

    @Override
    public String label() {
        return label(Locale.getDefault());
    }

    @Override
    public boolean matches(String normalizedHeader) {
        return headers.contains(normalizedHeader);
    }

    @Override
    public boolean isCode() {
        return isIdentity();
    }

    /**
     * True for what identifies a retailer, the customer code and the licence number: a row whose
     * identity is missing, malformed or another's is rejected; any other field's problem is a warning.
     */
    public boolean isIdentity() {
        return this == CUSTOMER_CODE || this == LICENCE_NUMBER;
    }

    /** True when a retailer cannot be saved without a value (the model's lower bound is 1). */
    @Override
    public boolean isRequired() {
        return feature != null && feature.getLowerBound() > 0;
    }

    /** The field a header names, or null. */
    public static ImportField forHeader(String header) {
        String h = Text.normalize(header);
        for (ImportField f : values()) {
            if (f.matches(h)) {
                return f;
            }
        }
        return null;
    }

    /** The field of a retailer feature, or null if that feature is not imported. */
    public static ImportField of(EStructuralFeature feature) {
        for (ImportField f : values()) {
            if (f.feature != null && f.feature == feature) {
                return f;
            }
        }
        return null;
    }

    /** The comparison form of a header or value: NFKC, lower case, without spaces, _ - . : * and brackets. */
    public static String normalize(String text) {
        return Text.normalize(text);
    }
}
