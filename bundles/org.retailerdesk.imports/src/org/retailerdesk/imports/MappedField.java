package org.retailerdesk.imports;

import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A field a column of an import file can fill: a retailer field ({@link ImportField}) or a field
 * of a publicity record or visit ({@link RecordField}). Column mapping, cell parsing, the dry run
 * and saved mappings work on this, whatever the record.
 */
public interface MappedField {

    /** A stable name, saved in mappings (the enum constant's name). */
    String name();

    /** The model feature the field fills. */
    EStructuralFeature feature();

    /** The field's label in the locale. */
    String label(Locale locale);

    default String label() {
        return label(Locale.getDefault());
    }

    /** True when a row without a value cannot be imported. */
    boolean isRequired();

    /** True when the {@link ImportField#normalize normalized} header names this field. */
    boolean matches(String normalizedHeader);

    /**
     * True for a 12-digit code (customer code, licence number): a number cell's lost leading zeros
     * are put back.
     */
    default boolean isCode() {
        return false;
    }
}
