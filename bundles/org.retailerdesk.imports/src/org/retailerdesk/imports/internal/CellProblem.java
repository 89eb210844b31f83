package org.retailerdesk.imports.internal;

import org.retailerdesk.imports.MappedField;
import org.retailerdesk.imports.Rejection;
import org.retailerdesk.imports.Warning;

/**
 * A cell that could not give its field a value; the field was left as it was.
 *
 * @param field  the field
 * @param column the column of the cell
 * @param header the column's header
 * @param shown  the cell as quoted to the user (long ones cut short)
 * @param text   the cell's whole text, stripped (a code cell's lost zeros put back)
 * @param kind   what is wrong
 * @param reason for the user
 */
public record CellProblem(MappedField field, int column, String header, String shown, String text, Kind kind,
        String reason) {

    /** What is wrong with a cell. */
    public enum Kind {
        /** empty, and the field is required */
        MISSING,
        /** a reference that names nothing the store has */
        UNKNOWN,
        /** anything else: not a value of the field, a formula, too long, an ambiguous name */
        INVALID
    }

    public Rejection rejection(int row) {
        return new Rejection(row, header, shown, reason);
    }

    /** A warning about the cell; {@code message} says what is wrong and what was done instead. */
    public Warning warning(int row, String message) {
        return new Warning(row, header, shown, message);
    }
}
