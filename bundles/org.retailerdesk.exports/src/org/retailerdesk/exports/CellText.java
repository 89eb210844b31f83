package org.retailerdesk.exports;

import java.math.BigDecimal;

import org.retailerdesk.imports.FormulaEscape;

/**
 * Text written into spreadsheet cells (CSV, XLSX). A cell starting with {@code = + - @}, a tab or
 * a carriage return is read as a formula by spreadsheet programs (CSV/formula injection: a shop
 * name {@code =HYPERLINK(...)} would run when the file is opened), so such text gets a leading
 * apostrophe, which spreadsheets show as plain text; so does such text after apostrophes, which
 * keeps the escape reversible: the import takes exactly that apostrophe off again
 * ({@link FormulaEscape}, where the rule is). Exports write cells through {@link CsvCells} and
 * {@link XlsxCells}, which apply it to every text cell.
 */
public final class CellText {

    private CellText() {
    }

    public static String neutralise(String text) {
        return FormulaEscape.escape(text);
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
