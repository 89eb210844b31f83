package org.retailerdesk.imports;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.internal.Messages;

/**
 * Why a row (or one of its cells) cannot be imported.
 *
 * @param row    the row number as a spreadsheet shows it (the header is row 1)
 * @param column the file's column header, or the field's label when the field has no column
 * @param value  the cell's text as read ("" when empty)
 * @param reason for the user, in the language of the running product (Simplified Chinese or English)
 */
public record Rejection(int row, String column, String value, String reason) {

    /** "row 5, column 档位 ("D99"): …" — the file name is added by {@link DryRun#describe}. */
    @Override
    public String toString() {
        return NLS.bind(Messages.Rejection_describe, new Object[] { row, column, value, reason });
    }
}
