package org.retailerdesk.ui.network.internal;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;

/** How the service network shows a field's value: labels of enums and references, yes/no, plain amounts. */
final class Texts {

    private Texts() {
    }

    /** The value of the entry's field as the table shows it; "" for an unset or missing value. */
    static String of(EObject entry, EStructuralFeature feature) {
        if (feature.isUnsettable() && !entry.eIsSet(feature)) {
            return ""; //$NON-NLS-1$
        }
        return of(entry.eGet(feature));
    }

    static String of(Object value) {
        return switch (value) {
            case null -> ""; //$NON-NLS-1$
            case Enumerator e -> ModelLabels.valueLabel(e);
            case EObject o -> EntityLabels.label(o);
            case Boolean b -> b ? Messages.Value_yes : Messages.Value_no;
            case BigDecimal d -> d.toPlainString();
            default -> value.toString();
        };
    }
}
