package org.retailerdesk.imports;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.imports.internal.Labels;
import org.retailerdesk.imports.internal.Text;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * A column of a {@link ReferenceKind} table: a feature of a district, market department, route,
 * staff member, brand or mutual-aid group, with the header names real files use for it. A label
 * the kind's fields share (the three levels' "启用" / "Code") is qualified by its level:
 * "市场部启用", "Market department code". References (a staff member's market department) are
 * written by code; a name only one entry has is read too.
 */
public enum ReferenceField implements MappedField {
    DISTRICT_CODE(ReferenceKind.NETWORK, Literals.DISTRICT__CODE, "区县编码", "区域代码", "DISTRICT_CODE", "DIST_CODE",
            "COUNTY_CODE", "COMPANY_DISTRICT_CODE"),
    DISTRICT_NAME(ReferenceKind.NETWORK, Literals.DISTRICT__NAME, "区域", "行政区域", "区县", "区县名称", "DISTRICT", "COUNTY_NAME",
            "COMPANY_DISTRICT"),
    DISTRICT_ACTIVE(ReferenceKind.NETWORK, Literals.DISTRICT__ACTIVE, "区域是否启用"),
    DEPARTMENT_CODE(ReferenceKind.NETWORK, Literals.MARKET_DEPARTMENT__CODE, "营销部编码", "MARKET_DEPARTMENT_CODE",
            "MARKET_DEPT_CODE", "DEPT_CODE", "SALE_DEPT_CODE"),
    DEPARTMENT_NAME(ReferenceKind.NETWORK, Literals.MARKET_DEPARTMENT__NAME, "市场部", "营销部", "MARKET_DEPARTMENT",
            "MARKET_DEPT", "DEPT_NAME", "SALE_DEPT_NAME"),
    DEPARTMENT_ACTIVE(ReferenceKind.NETWORK, Literals.MARKET_DEPARTMENT__ACTIVE, "市场部是否启用"),
    ROUTE_CODE(ReferenceKind.NETWORK, Literals.DELIVERY_ROUTE__CODE, "送货线路编码", "配送线路编码", "ROUTE_CODE", "LINE_CODE",
            "DELIVER_LINE_CODE"),
    ROUTE_NAME(ReferenceKind.NETWORK, Literals.DELIVERY_ROUTE__NAME, "送货线路", "配送线路", "线路", "ROUTE", "LINE_NAME",
            "DELIVER_LINE_NAME"),
    ROUTE_ORDER_DAY(ReferenceKind.NETWORK, Literals.DELIVERY_ROUTE__ORDER_DAY, "订货周期", "送货日", "ORDER_CYCLE", "ORDER_DAY"),
    ROUTE_ACTIVE(ReferenceKind.NETWORK, Literals.DELIVERY_ROUTE__ACTIVE, "线路是否启用"),

    STAFF_CODE(ReferenceKind.STAFF, Literals.STAFF__CODE, "员工编码", "员工编号", "人员编码", "EMP_CODE", "SLSMAN_CODE",
            "SLSMAN_ID", "USER_CODE"),
    STAFF_NAME(ReferenceKind.STAFF, Literals.STAFF__NAME, "员工姓名", "人员姓名", "EMP_NAME", "SLSMAN_NAME", "USER_NAME"),
    STAFF_ROLE(ReferenceKind.STAFF, Literals.STAFF__ROLE, "职务", "岗位名称", "角色", "POST", "POST_NAME", "ROLE_NAME"),
    STAFF_MANAGER_GRADE(ReferenceKind.STAFF, Literals.STAFF__MANAGER_GRADE, "经理等级", "客户经理级别", "SLSMAN_LEVEL"),
    STAFF_PHONE(ReferenceKind.STAFF, Literals.STAFF__PHONE, "手机", "手机号", "联系电话", "MOBILE", "TEL"),
    STAFF_DEPARTMENT(ReferenceKind.STAFF, Literals.STAFF__MARKET_DEPARTMENT, "所属市场部", "营销部", "市场部编码", "DEPT_NAME",
            "DEPT_CODE"),
    STAFF_ACTIVE(ReferenceKind.STAFF, Literals.STAFF__ACTIVE, "是否在岗", "IS_ACTIVE"),
    STAFF_HIRE_DATE(ReferenceKind.STAFF, Literals.STAFF__HIRE_DATE, "入职时间", "ENTRY_DATE"),

    BRAND_CODE(ReferenceKind.BRANDS, Literals.BRAND__CODE, "商品编码", "卷烟代码", "条码", "ITEM_CODE", "PRODUCT_CODE", "GOODS_CODE",
            "CIG_CODE"),
    BRAND_NAME(ReferenceKind.BRANDS, Literals.BRAND__NAME, "卷烟名称", "商品名称", "品名", "规格名称", "ITEM_NAME", "PRODUCT_NAME",
            "GOODS_NAME", "CIG_NAME"),
    BRAND_MANUFACTURER(ReferenceKind.BRANDS, Literals.BRAND__MANUFACTURER, "厂家", "工业企业", "FACTORY", "FACTORY_NAME"),
    BRAND_PRICE_BAND(ReferenceKind.BRANDS, Literals.BRAND__PRICE_BAND, "价格类别", "价类名称", "PRICE_CLASS", "PRICE_TYPE"),
    BRAND_WHOLESALE_PRICE(ReferenceKind.BRANDS, Literals.BRAND__PRICE_PER_CARTON, "批发价", "批发价格", "WHOLESALE_PRICE",
            "TRADE_PRICE"),
    BRAND_RETAIL_PRICE(ReferenceKind.BRANDS, Literals.BRAND__RETAIL_PRICE_PER_CARTON, "零售价", "建议零售价", "RETAIL_PRICE"),
    BRAND_SCARCE(ReferenceKind.BRANDS, Literals.BRAND__SCARCE, "是否紧俏", "紧俏品", "IS_SCARCE", "IS_TIGHT"),
    BRAND_ACTIVE(ReferenceKind.BRANDS, Literals.BRAND__ACTIVE, "是否在售", "IS_ACTIVE", "ON_SALE"),

    GROUP_CODE(ReferenceKind.GROUPS, Literals.MUTUAL_AID_GROUP__CODE, "互助小组编码"),
    GROUP_NAME(ReferenceKind.GROUPS, Literals.MUTUAL_AID_GROUP__NAME, "互助小组", "诚信互助小组", "互助小组名称"),
    GROUP_DEPARTMENT(ReferenceKind.GROUPS, Literals.MUTUAL_AID_GROUP__MARKET_DEPARTMENT, "所属市场部", "市场部编码", "DEPT_NAME",
            "DEPT_CODE"),
    GROUP_ACTIVE(ReferenceKind.GROUPS, Literals.MUTUAL_AID_GROUP__ACTIVE, "是否启用", "IS_ACTIVE");

    private final ReferenceKind kind;
    private final EStructuralFeature feature;
    private final String[] aliases;
    /** Computed on first use: the labels depend on the kind's other fields, not all made when this one is. */
    private volatile List<String> headers;

    ReferenceField(ReferenceKind kind, EStructuralFeature feature, String... aliases) {
        this.kind = kind;
        this.feature = feature;
        this.aliases = aliases;
    }

    public ReferenceKind kind() {
        return kind;
    }

    @Override
    public EStructuralFeature feature() {
        return feature;
    }

    /** The model's label, qualified by its level where another field of the kind has the same one. */
    @Override
    public String label(Locale locale) {
        String own = ModelLabels.label(feature, locale);
        long same = kind.fields().stream().filter(f -> ModelLabels.label(f.feature, locale).equals(own)).count();
        if (same == 1) {
            return own;
        }
        String lower = own.isEmpty() ? own : Character.toLowerCase(own.charAt(0)) + own.substring(1);
        return MessageFormat.format(Labels.get("networkField", locale), //$NON-NLS-1$
                ModelLabels.label(feature.getEContainingClass(), locale), lower);
    }

    /** True when the model requires a value (a new entry cannot be saved without it). */
    @Override
    public boolean isRequired() {
        return feature.getLowerBound() > 0;
    }

    @Override
    public boolean matches(String normalizedHeader) {
        List<String> h = headers;
        if (h == null) {
            // a level's bare feature name ("code") would match every level of the network
            h = Text.headerNames(label(Locale.CHINESE), label(Locale.ENGLISH),
                    kind.levels().size() == 1 ? feature.getName() : name(), name(), aliases);
            headers = h;
        }
        return h.contains(normalizedHeader);
    }
}
