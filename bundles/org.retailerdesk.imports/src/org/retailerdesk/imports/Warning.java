package org.retailerdesk.imports;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.internal.Messages;

/**
 * Something about a row that is imported anyway: a value that did not fit and was left out, or a
 * missing value filled in; the reason says which, and what was stored instead.
 *
 * @param row    the row number as a spreadsheet shows it (the header is row 1)
 * @param column the file's column header, or the field's label when the field has no column
 * @param value  the cell's text as read ("" when empty or when there is no column)
 * @param reason for the user, in the language of the running product
 */
public record Warning(int row, String column, String value, String reason) {

    /** "row 5, column 档位 ("D99"): …" — as a {@link Rejection} is written. */
    @Override
    public String toString() {
        return NLS.bind(Messages.Rejection_describe, new Object[] { row, column, value, reason });
    }
}
