package org.retailerdesk.imports;

/**
 * One field a row changes on an existing retailer.
 *
 * @param field    the field
 * @param oldValue the stored value as shown to the user ("" when not set)
 * @param newValue the file's value as it will be stored ("" when not set)
 */
public record FieldChange(MappedField field, String oldValue, String newValue) {

    @Override
    public String toString() {
        return field.label() + ": " + oldValue + " \u2192 " + newValue; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
