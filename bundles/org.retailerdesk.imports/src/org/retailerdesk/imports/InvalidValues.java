package org.retailerdesk.imports;

import java.util.Locale;

import org.retailerdesk.imports.internal.Messages;

/**
 * What a retailer import does with a cell whose value does not fit a field that is not the
 * retailer's identity (an unknown business format, a grade of 99, a formula, a date that is not
 * one): the identity fields (customer code, licence number) always reject their row.
 */
public enum InvalidValues {
    /** The field is left empty (a new retailer) or keeps its stored value, and the row gets a warning. */
    WARN,
    /** The row is rejected. */
    REJECT;

    /** For the user, in the language of the running product. */
    public String label() {
        return this == WARN ? Messages.InvalidValues_warn : Messages.InvalidValues_reject;
    }

    /** warn or reject (any case), as a preference or command-line option writes it; null for anything else. */
    public static InvalidValues of(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT); //$NON-NLS-1$
        for (InvalidValues v : values()) {
            if (v.name().equals(t)) {
                return v;
            }
        }
        return null;
    }
}
