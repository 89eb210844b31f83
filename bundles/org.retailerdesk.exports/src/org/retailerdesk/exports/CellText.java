package org.retailerdesk.exports;

/**
 * Text written into spreadsheet cells (CSV, XLSX). A cell starting with {@code = + - @}, a tab or
 * a carriage return is read as a formula by spreadsheet programs (CSV/formula injection: a shop
 * name {@code =HYPERLINK(...)} would run when the file is opened), so such text gets a leading
 * apostrophe, which spreadsheets show as plain text.
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
}
