package org.retailerdesk.imports.internal;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Pattern;

import org.retailerdesk.imports.FormulaEscape;

/** Text forms shared by the header and value matching. */
public final class Text {

    /** Separators and brackets real headers add or leave out: "Customer_Code", "月购进量（条）", "*客户编码". */
    private static final Pattern NOISE = Pattern.compile("[\\s_\\-.:*()\\[\\]{}<>/\\\\#'\"]+"); //$NON-NLS-1$

    private Text() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        if (plain(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        // NFKC folds full-width letters, digits and brackets (Ｍｏｎ, （条）) into their plain forms
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOISE.matcher(s).replaceAll(""); //$NON-NLS-1$
    }

    /** Only ASCII letters and digits and common CJK ideographs: nothing to fold or strip (most cells; saves the regex). */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= '\u4e00' && c <= '\u9fff')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A text cell as the file has it, for the row: a text starting with "=" is a formula a spreadsheet
     * would compute (flagged in {@code computed}, rejected later); a text the export escaped comes
     * back without the apostrophe the export put in front ({@link FormulaEscape}), so it is not one.
     */
    public static String cell(String raw, int column, BitSet computed) {
        if (raw.strip().startsWith("=")) { //$NON-NLS-1$
            computed.set(column);
            return raw;
        }
        return FormulaEscape.unescape(raw);
    }

    /** True when the text is null or only white space (including the ideographic space). */
    public static boolean isBlank(String text) {
        return text == null || text.strip().isEmpty();
    }

    /**
     * The normalized header names of a field, without repeats: its zh and en labels, its feature
     * and constant names, and the names real files use for it.
     */
    public static java.util.List<String> headerNames(String zh, String en, String feature, String constant,
            String... aliases) {
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(normalize(zh));
        names.add(normalize(en));
        names.add(normalize(feature));
        names.add(normalize(constant));
        for (String alias : aliases) {
            names.add(normalize(alias));
        }
        return java.util.List.copyOf(new java.util.LinkedHashSet<>(names));
    }
}
