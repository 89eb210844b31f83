package org.retailerdesk.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.imports.internal.Text;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * A column of a publicity-record or visit table. References are written by code: the retailer by
 * its customer code, the policy by its code, staff by their staff code (a name that only one has
 * is read too). The first three fields of a kind are its key (see {@link RecordKind#key()}).
 */
public enum RecordField implements MappedField {
    PUBLICITY_RETAILER(RecordKind.PUBLICITY, Literals.PUBLICITY_RECORD__RETAILER),
    PUBLICITY_DATE(RecordKind.PUBLICITY, Literals.PUBLICITY_RECORD__DATE, "宣传日期", "日期", "publicity date"),
    PUBLICITY_POLICY(RecordKind.PUBLICITY, Literals.PUBLICITY_RECORD__POLICY, "政策编号", "政策代码"),
    PUBLICITY_CHANNEL(RecordKind.PUBLICITY, Literals.PUBLICITY_RECORD__CHANNEL, "宣传方式", "方式", "渠道"),
    PUBLICITY_DELIVERED_BY(RecordKind.PUBLICITY, Literals.PUBLICITY_RECORD__DELIVERED_BY, "宣传人员", "宣传人员编码",
            "staff code"),
    PUBLICITY_ACKNOWLEDGEMENT(RecordKind.PUBLICITY, Literals.PUBLICITY_RECORD__ACKNOWLEDGEMENT, "签收", "回执", "确认"),
    PUBLICITY_NOTE(RecordKind.PUBLICITY, Literals.PUBLICITY_RECORD__NOTE, "备注", "remarks"),

    VISIT_RETAILER(RecordKind.VISIT, Literals.VISIT__RETAILER),
    VISIT_DATE(RecordKind.VISIT, Literals.VISIT__DATE, "走访日期", "日期", "visit date"),
    VISIT_VISITOR(RecordKind.VISIT, Literals.VISIT__VISITOR, "走访人员", "走访人员编码", "客户经理编码", "staff code"),
    VISIT_PURPOSE(RecordKind.VISIT, Literals.VISIT__PURPOSE, "走访目的", "目的"),
    VISIT_SHOP_OPEN(RecordKind.VISIT, Literals.VISIT__SHOP_OPEN, "是否营业", "营业"),
    VISIT_SALES_NOTE(RecordKind.VISIT, Literals.VISIT__SALES_NOTE, "销售情况"),
    VISIT_STOCK_NOTE(RecordKind.VISIT, Literals.VISIT__STOCK_NOTE, "库存情况"),
    VISIT_COMPLIANCE_NOTE(RecordKind.VISIT, Literals.VISIT__COMPLIANCE_NOTE, "守法经营"),
    VISIT_NEW_PRODUCT_NOTE(RecordKind.VISIT, Literals.VISIT__NEW_PRODUCT_NOTE, "新品情况", "新品"),
    VISIT_COMPLAINT(RecordKind.VISIT, Literals.VISIT__COMPLAINT, "投诉", "诉求"),
    VISIT_NOTE(RecordKind.VISIT, Literals.VISIT__NOTE, "备注", "remarks"),
    VISIT_FOLLOW_UP(RecordKind.VISIT, Literals.VISIT__FOLLOW_UP, "后续跟进", "跟进"),
    VISIT_FOLLOW_UP_DUE(RecordKind.VISIT, Literals.VISIT__FOLLOW_UP_DUE, "跟进期限", "跟进日期", "due");

    private final RecordKind kind;
    private final EStructuralFeature feature;
    private final List<String> headers;

    RecordField(RecordKind kind, EStructuralFeature feature, String... aliases) {
        this.kind = kind;
        this.feature = feature;
        List<String> names = new ArrayList<>(List.of(aliases));
        if (isRetailer()) {
            // the retailer is named by its customer code, with the names retailer files give that column
            for (String h : List.of("零售户", "retailer", "客户代码", "客户编号", "客户号", "cust code", "customer no", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                    "customer id", //$NON-NLS-1$
                    ModelLabels.label(Literals.RETAILER__CUSTOMER_CODE, Locale.CHINESE),
                    ModelLabels.label(Literals.RETAILER__CUSTOMER_CODE, Locale.ENGLISH))) {
                names.add(h);
            }
        } else if (feature instanceof EReference) {
            names.add(ModelLabels.label(feature, Locale.CHINESE));
            names.add(ModelLabels.label(feature, Locale.ENGLISH));
        }
        this.headers = Text.headerNames(label(Locale.CHINESE), label(Locale.ENGLISH), feature.getName(), name(),
                names.toArray(String[]::new));
    }

    private boolean isRetailer() {
        return feature.getName().equals("retailer"); //$NON-NLS-1$
    }

    public RecordKind kind() {
        return kind;
    }

    @Override
    public EStructuralFeature feature() {
        return feature;
    }

    /** The model's label; a reference's says that it holds a code: 客户编码, 政策编码, 走访人编码. */
    @Override
    public String label(Locale locale) {
        if (isRetailer()) {
            return ModelLabels.label(Literals.RETAILER__CUSTOMER_CODE, locale);
        }
        String label = ModelLabels.label(feature, locale);
        if (feature instanceof EReference) {
            return label + (Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "编码" : " code"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return label;
    }

    @Override
    public boolean isRequired() {
        return feature.getLowerBound() > 0;
    }

    @Override
    public boolean matches(String normalizedHeader) {
        return headers.contains(normalizedHeader);
    }

    @Override
    public boolean isCode() {
        return isRetailer();
    }
}
