package org.retailerdesk.exports.internal;

import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.RetailerdeskPackage.Literals;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Sensitive personal information of priority households (PIPL): certificate numbers, and for
 * disabled people what the evidence and the help given say about the disability, leave an export
 * only as their last {@value #VISIBLE} characters.
 */
public final class Masking {

    public static final int VISIBLE = 4;

    private Masking() {
    }

    /** True when the field of this household is masked in exports. */
    public static boolean sensitive(PriorityHousehold household, EStructuralFeature feature) {
        return feature == Literals.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER
                || household.getCategory() == AssistanceCategory.DISABLED
                        && (feature == Literals.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE
                                || feature == Literals.PRIORITY_HOUSEHOLD__HELP_GIVEN);
    }

    /** Every character but the last four replaced by {@code *}: {@code 370102123456} gives {@code ********3456}. */
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
