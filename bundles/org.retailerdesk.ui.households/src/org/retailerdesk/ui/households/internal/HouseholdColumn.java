package org.retailerdesk.ui.households.internal;

import java.text.Collator;
import java.text.DecimalFormat;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.Masking;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * One column of a household table: its header, the cell text (sensitive fields masked, see
 * {@link Masking}) and the value it sorts by (the masked text for sensitive fields, so sorting
 * tells nothing about what is hidden).
 */
public record HouseholdColumn(String header, int width, Function<PriorityHousehold, String> text,
        Function<PriorityHousehold, Comparable<?>> key) {

    /** The household's own fields, in the order tables and the edit dialog show them. */
    static final List<EStructuralFeature> FIELDS = List.of(Literals.PRIORITY_HOUSEHOLD__CATEGORY,
            Literals.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE, Literals.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER,
            Literals.PRIORITY_HOUSEHOLD__EVIDENCE_ISSUER, Literals.PRIORITY_HOUSEHOLD__EVIDENCE_DATE,
            Literals.PRIORITY_HOUSEHOLD__VERIFIED_BY, Literals.PRIORITY_HOUSEHOLD__VERIFIED_ON,
            Literals.PRIORITY_HOUSEHOLD__REVIEW_DATE, Literals.PRIORITY_HOUSEHOLD__EXPIRY_DATE,
            Literals.PRIORITY_HOUSEHOLD__PREFERENCE_RULE, Literals.PRIORITY_HOUSEHOLD__PREFERENCE_VALUE,
            Literals.PRIORITY_HOUSEHOLD__HELP_GIVEN, Literals.PRIORITY_HOUSEHOLD__ACTIVE);

    /** The columns of one retailer's records (the profile page). */
    public static List<HouseholdColumn> ofRecords() {
        return FIELDS.stream().map(HouseholdColumn::of).toList();
    }

    /** The columns of the register of all retailers (the view): the retailer first. */
    public static List<HouseholdColumn> ofRegister() {
        HouseholdColumn code = retailer(Literals.RETAILER__CUSTOMER_CODE, 110, Retailer::getCustomerCode);
        HouseholdColumn shop = retailer(Literals.RETAILER__SHOP_NAME, 160, Retailer::getShopName);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(code, shop), ofRecords().stream()).toList();
    }

    private static HouseholdColumn retailer(EStructuralFeature feature, int width, Function<Retailer, String> value) {
        Function<PriorityHousehold, String> text = h -> {
            String v = h.getRetailer() == null ? null : value.apply(h.getRetailer());
            return v == null ? "" : v; //$NON-NLS-1$
        };
        return new HouseholdColumn(ModelLabels.label(feature), width, text, text::apply);
    }

    private static HouseholdColumn of(EStructuralFeature feature) {
        int width = feature == Literals.PRIORITY_HOUSEHOLD__HELP_GIVEN ? 220
                : feature.getEType().getInstanceClass() == String.class ? 140 : 90;
        return new HouseholdColumn(ModelLabels.label(feature), width, h -> text(h, feature), h -> key(h, feature));
    }

    /** A field's value as a table shows it: masked if sensitive, labels for enums and staff. */
    public static String text(PriorityHousehold h, EStructuralFeature feature) {
        if (Masking.sensitive(h, feature)) {
            return Masking.shown(h, feature);
        }
        Object v = feature.isUnsettable() && !h.eIsSet(feature) ? null : h.eGet(feature);
        if (v == null) {
            return ""; //$NON-NLS-1$
        }
        if (v instanceof Enumerator e) {
            return ModelLabels.valueLabel(e);
        }
        if (v instanceof Staff s) {
            return EntityLabels.label(s);
        }
        if (v instanceof Boolean b) {
            return b ? Messages.Value_yes : Messages.Value_no;
        }
        if (v instanceof Double d) {
            return new DecimalFormat("0.##").format(d); //$NON-NLS-1$
        }
        return v.toString();
    }

    private static Comparable<?> key(PriorityHousehold h, EStructuralFeature feature) {
        if (Masking.sensitive(h, feature)) {
            return Masking.shown(h, feature);
        }
        Object v = feature.isUnsettable() && !h.eIsSet(feature) ? null : h.eGet(feature);
        if (v instanceof Enumerator e) {
            return e.getValue();
        }
        if (v instanceof Staff s) {
            return EntityLabels.label(s);
        }
        return (Comparable<?>) v;
    }

    /** Orders households by this column, empty values first; text the way the locale sorts it. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public Comparator<PriorityHousehold> comparator() {
        Collator collator = Collator.getInstance();
        Comparator<Object> values = (a, b) -> a instanceof String x && b instanceof String y ? collator.compare(x, y)
                : ((Comparable) a).compareTo(b);
        return Comparator.comparing((PriorityHousehold h) -> (Object) key.apply(h), Comparator.nullsFirst(values));
    }
}
