package org.retailerdesk.exports;

import java.math.BigDecimal;

/**
 * Text written into spreadsheet cells (CSV, XLSX). A cell starting with {@code = + - @}, a tab or
 * a carriage return is read as a formula by spreadsheet programs (CSV/formula injection: a shop
 * name {@code =HYPERLINK(...)} would run when the file is opened), so such text gets a leading
 * apostrophe, which spreadsheets show as plain text. Exports write cells through {@link CsvCells}
 * and {@link XlsxCells}, which apply it to every text cell.
 */
public final class CellText {

    private CellText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
        case '=', '+', '-', '@', '\t', '\r' -> "'" + text; //$NON-NLS-1$
        default -> text;
        };
    }

    /**
     * A number as plain text: no exponent, no trailing zeros ({@code 12.5}, not {@code 1.25E1}).
     * Not neutralised: a negative number is a value, not a formula.
     */
    public static String number(Number number) {
        if (number instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (number instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return number.toString();
    }
}
