package org.retailerdesk.model.labels;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The one text for a reference to another entity (a policy, a staff member, a district, a brand,
 * a retailer …) wherever the user reads it: tables, editors, the Properties view, import messages
 * and the human-readable parts of exports. The format is its name and, in brackets, its code:
 * "王芳 (S0012)", in Chinese "王芳（S0012）". Without a code it is the name alone, without a name
 * the code alone. A reference not read from the store (an EMF proxy) has only its id: "#42".
 * <p>
 * Columns that an exported file is imported back from keep their codes; this is for reading.
 */
public final class EntityLabels {

    /** The features naming an entity, the first one a class has wins: a shop, a policy's title, a name. */
    private static final List<String> NAME_FEATURES = List.of("name", "title", "shopName"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    /** The features of an entity's code, the first one a class has wins. */
    private static final List<String> CODE_FEATURES = List.of("code", "customerCode"); //$NON-NLS-1$ //$NON-NLS-2$

    private EntityLabels() {
    }

    /** The text of a referenced entity in the default locale; "" for null. */
    public static String label(EObject entity) {
        return label(entity, Locale.getDefault());
    }

    /** The text of a referenced entity; "" for null. Chinese text uses full-width brackets. */
    public static String label(EObject entity, Locale locale) {
        if (entity == null) {
            return ""; //$NON-NLS-1$
        }
        if (entity.eIsProxy()) {
            return "#" + id(entity); //$NON-NLS-1$
        }
        String name = text(entity, NAME_FEATURES);
        String code = text(entity, CODE_FEATURES);
        if (name == null) {
            return code != null ? code : "#" + id(entity); //$NON-NLS-1$
        }
        if (code == null) {
            return name;
        }
        return "zh".equals(locale.getLanguage()) ? name + "\uff08" + code + "\uff09" : name + " (" + code + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    private static String text(EObject entity, List<String> candidates) {
        for (String candidate : candidates) {
            EStructuralFeature f = entity.eClass().getEStructuralFeature(candidate);
            if (f != null) {
                Object v = entity.eGet(f);
                return v == null || v.toString().isBlank() ? null : v.toString().strip();
            }
        }
        return null;
    }

    private static Object id(EObject entity) {
        EStructuralFeature id = entity.eClass().getEStructuralFeature("id"); //$NON-NLS-1$
        return id == null ? "" : entity.eGet(id); //$NON-NLS-1$
    }
}
