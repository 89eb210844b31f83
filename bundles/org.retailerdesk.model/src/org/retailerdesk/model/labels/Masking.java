package org.retailerdesk.model.labels;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.RetailerdeskPackage.Literals;

/**
 * Sensitive personal information of priority households (PIPL): the certificate number, and for
 * disabled people what the evidence type and the help given say about the disability. Tables and
 * exports show these only as their last {@value #VISIBLE} characters; the full value is for an
 * explicit, audited reveal.
 */
public final class Masking {

    /** Characters left visible at the end of a masked value. */
    public static final int VISIBLE = 4;

    private Masking() {
    }

    /** True when this field of this household is shown masked. */
    public static boolean sensitive(PriorityHousehold household, EStructuralFeature feature) {
        return sensitive(household.getCategory(), feature);
    }

    /** True when this field of a household of that category is shown masked (the store's rule for stored rows). */
    public static boolean sensitive(AssistanceCategory category, EStructuralFeature feature) {
        return feature == Literals.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER
                || category == AssistanceCategory.DISABLED
                        && (feature == Literals.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE
                                || feature == Literals.PRIORITY_HOUSEHOLD__HELP_GIVEN);
    }

    /** The household's sensitive fields, in the order of the model. */
    public static List<EStructuralFeature> sensitiveFields(PriorityHousehold household) {
        return household.eClass().getEAllStructuralFeatures().stream().filter(f -> sensitive(household, f)).toList();
    }

    /** The value of a household's field as a table shows it: masked if sensitive, else as text. */
    public static String shown(PriorityHousehold household, EStructuralFeature feature) {
        Object value = household.eGet(feature);
        String text = value == null ? "" : value.toString(); //$NON-NLS-1$
        return sensitive(household, feature) ? lastFour(text) : text;
    }

    /**
     * Every character but the last four replaced by {@code *} ({@code 370102123456} gives
     * {@code ********3456}); counted in code points, so Chinese text masks the same way.
     */
    public static String lastFour(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        int[] cps = text.codePoints().toArray();
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            if (i < cps.length - VISIBLE) {
                b.append('*');
            } else {
                b.appendCodePoint(cps[i]);
            }
        }
        return b.toString();
    }
}
