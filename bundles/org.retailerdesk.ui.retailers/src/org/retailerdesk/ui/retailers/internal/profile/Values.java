package org.retailerdesk.ui.retailers.internal.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;

/** How the profile shows values as text, and reads typed text back into values. */
final class Values {

    private Values() {
    }

    /** A value for the user: enum labels in the UI language, references as {@link EntityLabels} writes them, dates as yyyy-MM-dd. */
    static String format(Object value) {
        return switch (value) {
            case null -> "";
            case Boolean b -> b ? Messages.Value_yes : Messages.Value_no;
            case Enumerator e -> ModelLabels.valueLabel(e);
            case Entity e -> EntityLabels.label(e);
            case BigDecimal b -> b.toPlainString();
            case Double d when d == Math.rint(d) && !d.isInfinite() -> Long.toString(d.longValue());
            default -> value.toString();
        };
    }

    /** The value of a feature of the retailer, {@code null} for an unset optional number. */
    static Object get(EObject object, EStructuralFeature feature) {
        return feature.isUnsettable() && !object.eIsSet(feature) ? null : object.eGet(feature);
    }

    /** True for the types {@link #parse} reads: text, numbers and dates. */
    static boolean isTyped(Class<?> type) {
        return type == String.class || type == LocalDate.class || type == BigDecimal.class || number(type) != null;
    }

    /**
     * Reads typed text as a value of the feature's type; blank text is {@code null}.
     *
     * @throws IllegalArgumentException with a message for the user when the text is no such value
     */
    static Object parse(String text, EStructuralFeature feature) {
        String s = text == null ? "" : text.strip();
        Class<?> type = feature.getEType().getInstanceClass();
        if (s.isEmpty()) {
            if (type.isPrimitive() && !feature.isUnsettable()) {
                throw new IllegalArgumentException(Messages.Field_required);
            }
            return null;
        }
        try {
            if (type == String.class) {
                return s;
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(s);
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(s);
            }
            Class<?> number = number(type);
            if (number == Integer.class) {
                return Integer.valueOf(s);
            }
            if (number == Long.class) {
                return Long.valueOf(s);
            }
            if (number == Double.class) {
                return Double.valueOf(s);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(number(type) == Integer.class || number(type) == Long.class
                    ? Messages.Field_notWholeNumber : Messages.Field_notNumber, e);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.Field_notDate, e);
        }
        throw new IllegalArgumentException(type.getName());
    }

    private static Class<?> number(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return Integer.class;
        }
        if (type == long.class || type == Long.class) {
            return Long.class;
        }
        if (type == double.class || type == Double.class) {
            return Double.class;
        }
        return null;
    }
}
