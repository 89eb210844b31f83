package org.retailerdesk.exports.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.exports.CellText;
import org.retailerdesk.model.labels.ModelLabels;

/** How a model field's value is written in an export, for retailers and what belongs to them alike. */
public final class FieldValues {

    /** Enum labels and yes/no by language: looked up for millions of cells in a large export. */
    private static final Map<Locale, Map<Enumerator, String>> ENUM_LABELS = new ConcurrentHashMap<>();
    private static final Map<Locale, String[]> NO_YES = new ConcurrentHashMap<>();

    private FieldValues() {
    }

    /**
     * The typed value: String (also for enum labels and the names of referenced entities), Number,
     * LocalDate, Boolean; null when the field is empty or not set.
     */
    public static Object value(EObject object, EStructuralFeature feature, Locale locale) {
        if (feature.isUnsettable() && !object.eIsSet(feature)) {
            return null;
        }
        Object v = object.eGet(feature);
        if (v instanceof Enumerator e) {
            return ENUM_LABELS.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                    .computeIfAbsent(e, x -> ModelLabels.valueLabel(x, locale));
        }
        if (v instanceof EObject ref) {
            EStructuralFeature name = ref.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
            return name == null ? null : (String) ref.eGet(name);
        }
        return v;
    }

    /** The value as text: numbers plain, dates ISO ({@code 2026-11-27}), booleans as yes/no in the locale. */
    public static String text(EObject object, EStructuralFeature feature, Locale locale) {
        Object v = value(object, feature, locale);
        if (v == null) {
            return ""; //$NON-NLS-1$
        }
        if (v instanceof Boolean b) {
            String[] noYes = NO_YES.computeIfAbsent(locale,
                    l -> new String[] { OutputText.get("no", l), OutputText.get("yes", l) }); //$NON-NLS-1$ //$NON-NLS-2$
            return noYes[b ? 1 : 0];
        }
        if (v instanceof Number n) {
            return CellText.number(n);
        }
        return v.toString();
    }
}
