package org.retailerdesk.imports;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;
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
    CUSTOMER_CODE(Literals.RETAILER__CUSTOMER_CODE, "客户代码", "客户编号", "客户号", "cust code", "customer no", "customer id"),
    LICENCE_NUMBER(Literals.RETAILER__LICENCE_NUMBER, "许可证编号", "许可证号码", "专卖许可证号", "专卖证号", "烟草专卖零售许可证号",
            "licence number", "license number", "licence no", "license no", "licence", "license", "permit no"),
    SHOP_NAME(Literals.RETAILER__SHOP_NAME, "店名", "店铺名", "商店名称", "门店名称", "客户名称", "零售户名称", "shop name", "store name",
            "shop"),
    OWNER(Literals.RETAILER__OWNER, "法人", "法定代表人", "法人代表", "经营者", "业主", "负责人姓名", "owner name", "legal person"),
    ADDRESS(Literals.RETAILER__ADDRESS, "地址", "店铺地址", "shop address", "business address"),
    BUSINESS_SCOPE(Literals.RETAILER__BUSINESS_SCOPE, "scope"),
    BUSINESS_FORMAT(Literals.RETAILER__BUSINESS_FORMAT, "业态", "经营业态", "format", "business type"),
    ORDERING_METHOD(Literals.RETAILER__ORDERING_METHOD, "order method"),
    STATUS(Literals.RETAILER__STATUS, "状态"),
    DISTRICT(Literals.RETAILER__DISTRICT, "区域", "行政区", "区县", "region"),
    MARKET_DEPARTMENT(Literals.RETAILER__MARKET_DEPARTMENT, "营销部", "market dept", "department", "dept"),
    FLOOR_AREA(Literals.RETAILER__FLOOR_AREA, "经营面积", "面积", "area"),
    CUSTOMER_MANAGER(Literals.RETAILER__CUSTOMER_MANAGER, "客户经理姓名", "manager"),
    PHONE_ORDER_CLERK(Literals.RETAILER__PHONE_ORDER_CLERK, "订货员", "order clerk"),
    DELIVERY_STAFF(Literals.RETAILER__DELIVERY_STAFF, "配送员", "delivery man", "driver"),
    DELIVERY_ROUTE(Literals.RETAILER__DELIVERY_ROUTE, "配送线路", "线路", "route"),
    ORDER_DAY(Literals.RETAILER__ORDER_DAY, "送货日", "订货周期", "delivery day", "weekday"),
    VISIT_BATCH(Literals.RETAILER__VISIT_BATCH, "批次", "batch"),
    ORDERS_PER_MONTH(Literals.RETAILER__ORDERS_PER_MONTH, "订货频次", "订货频率", "order frequency"),
    LICENCE_TYPE(Literals.RETAILER__LICENCE_TYPE, "证照类型", "license type"),
    LICENCE_ISSUED(Literals.RETAILER__LICENCE_ISSUED, "发证日", "license issued", "issue date", "issued"),
    LICENCE_EXPIRY(Literals.RETAILER__LICENCE_EXPIRY, "有效期", "到期日期", "许可证有效期", "license expiry", "expiry date", "expiry",
            "valid until"),
    ANNUAL_REVIEW_DATE(Literals.RETAILER__ANNUAL_REVIEW_DATE, "年检日期", "annual review", "review date"),
    LICENCE_OFFICER(Literals.RETAILER__LICENCE_OFFICER, "市管员", "license officer", "officer"),
    CLASSIFICATION_CODE(Literals.RETAILER__CLASSIFICATION_CODE, "分类编码", "客户分类编码", "分类", "classification", "category"),
    CREDIT_LEVEL(Literals.RETAILER__CREDIT_LEVEL, "信用等级", "credit", "credit rating"),
    COMPLIANCE_NOTE(Literals.RETAILER__COMPLIANCE_NOTE, "守法经营情况", "compliance"),
    MONITORED(Literals.RETAILER__MONITORED, "是否监控户"),
    MODEL_SHOP(Literals.RETAILER__MODEL_SHOP, "是否示范户"),
    MUTUAL_AID_GROUP(Literals.RETAILER__MUTUAL_AID_GROUP, "互助小组", "mutual aid group"),
    GRADE(Literals.RETAILER__GRADE, "档位", "档次", "客户档次", "customer grade", "tier"),
    MARKET_TYPE(Literals.RETAILER__MARKET_TYPE, "城乡类型", "市场"),
    SCALE(Literals.RETAILER__SCALE, "规模", "business scale", "size"),
    MONTHLY_QUANTITY(Literals.RETAILER__MONTHLY_QUANTITY, "月购进量", "月订购量", "月销量", "monthly qty"),
    MONTHLY_AMOUNT(Literals.RETAILER__MONTHLY_AMOUNT, "月订购金额", "月销售额"),
    AVERAGE_PRICE(Literals.RETAILER__AVERAGE_PRICE, "均价", "单条均价", "avg price"),
    BRAND_COUNT(Literals.RETAILER__BRAND_COUNT, "品规数", "品规", "brands"),
    STOCK(Literals.RETAILER__STOCK, "库存", "库存量", "inventory"),
    CONTACT_PERSON(Literals.RETAILER__CONTACT_PERSON, "contact"),
    CONTACT_PHONE(Literals.RETAILER__CONTACT_PHONE, "电话", "手机", "手机号", "联系方式", "phone", "mobile", "tel", "telephone"),
    CONTACT_ADDRESS(Literals.RETAILER__CONTACT_ADDRESS);

    private final EStructuralFeature feature;
    private final List<String> headers;

    ImportField(EStructuralFeature feature, String... aliases) {
        this.feature = feature;
        this.headers = Text.headerNames(ModelLabels.label(feature, Locale.CHINESE), ModelLabels.label(feature, Locale.ENGLISH),
                feature.getName(), name(), aliases);
    }

    /** The retailer feature this field fills. */
    @Override
    public EStructuralFeature feature() {
        return feature;
    }

    /** The field's label in the locale (the model's label). */
    @Override
    public String label(Locale locale) {
        return ModelLabels.label(feature, locale);
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
        return this == CUSTOMER_CODE || this == LICENCE_NUMBER;
    }

    /** True when a retailer cannot be saved without a value (the model's lower bound is 1). */
    @Override
    public boolean isRequired() {
        return feature.getLowerBound() > 0;
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
            if (f.feature == feature) {
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
