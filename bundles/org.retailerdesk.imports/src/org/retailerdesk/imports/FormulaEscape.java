package org.retailerdesk.imports;

/**
 * The escape that keeps a spreadsheet from running a cell's text as a formula (CSV/formula
 * injection), and its inverse for reading exported files back. One rule for both directions:
 * <ul>
 * <li>A text is <em>escaped</em> when it starts with {@code = + - @}, a tab or a carriage return,
 * possibly after apostrophes ({@code '=x}, {@code ''+1}): one apostrophe goes in front, which
 * spreadsheets show as plain text.</li>
 * <li>{@link #unescape} removes one leading apostrophe exactly when the rest is such a text, i.e.
 * when the apostrophe is followed by apostrophes and then one of those characters.</li>
 * </ul>
 * Escaping the texts that already start with apostrophes before a formula character is what makes
 * the pair exact: {@code unescape(escape(t)) == t} for every text. A leading apostrophe before
 * anything else ({@code 'quoted}) is never added nor removed. The price: a file from elsewhere whose
 * cell reads {@code '=x} imports as {@code =x}, as a spreadsheet would show it.
 */
public final class FormulaEscape {

    private FormulaEscape() {
    }

    /** The text with one apostrophe in front when a spreadsheet would read it as a formula; null stays null. */
    public static String escape(String text) {
        return text != null && escaped(text, 0) ? "'" + text : text; //$NON-NLS-1$
    }

    /** The text without the one apostrophe {@link #escape} put in front; any other text as it is. */
    public static String unescape(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && escaped(text, 1) ? text.substring(1)
                : text;
    }

    /** True when the text from {@code from} on is apostrophes, then a formula character. */
    private static boolean escaped(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        return switch (text.charAt(i)) {
        case '=', '+', '-', '@', '\t', '\r' -> true;
        default -> false;
        };
    }
}
