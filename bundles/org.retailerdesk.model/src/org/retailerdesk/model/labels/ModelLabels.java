package org.retailerdesk.model.labels;

import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.ENamedElement;
import org.retailerdesk.model.RetailerdeskPackage;

/**
 * Labels of model classes, fields and enum values for the user. Chinese labels come from the
 * {@value #SOURCE} annotations of the .ecore (key {@code zh}); English ones from the key
 * {@code en} where present, otherwise from the name ({@code customerCode} gives "Customer code").
 * Any {@code zh} locale gets Chinese, every other locale English.
 */
public final class ModelLabels {

    /** Source of the label annotations in retailerdesk.ecore. */
    public static final String SOURCE = "http://retailerdesk.org/label";

    private static final Pattern WORD_BOUNDARY = Pattern.compile("_|(?<=[a-z0-9])(?=[A-Z])");

    private ModelLabels() {
    }

    /** The label of a class, field or enum literal in the default locale. */
    public static String label(ENamedElement element) {
        return label(element, Locale.getDefault());
    }

    public static String label(ENamedElement element, Locale locale) {
        EAnnotation annotation = element.getEAnnotation(SOURCE);
        String label = annotation == null ? null : annotation.getDetails().get(isChinese(locale) ? "zh" : "en");
        return label != null ? label : fromName(element.getName());
    }

    /** The label of a value of one of the model's enums, e.g. {@code BusinessFormat.GROCERY}, in the default locale. */
    public static String valueLabel(Enumerator value) {
        return valueLabel(value, Locale.getDefault());
    }

    public static String valueLabel(Enumerator value, Locale locale) {
        for (EClassifier classifier : RetailerdeskPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum eEnum && eEnum.isInstance(value)) {
                return label(eEnum.getEEnumLiteral(value.getValue()), locale);
            }
        }
        return fromName(value.getName());
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** "customerCode", "TOBACCO_LIQUOR" and "CLASS_1" become "Customer code", "Tobacco liquor" and "Class 1". */
    private static String fromName(String name) {
        String words = String.join(" ", WORD_BOUNDARY.split(name)).toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
