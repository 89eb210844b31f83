package org.retailerdesk.ui.exports.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.retailerdesk.exports.ExportColumn;

/**
 * The export defaults a centre sets in Window ▸ Preferences ▸ RetailerDesk ▸ Export, as the export
 * wizard proposes them: encoding, columns, and the font PDF files embed.
 */
public final class ExportPreferences {

    /** The preference node (InstanceScope). */
    public static final String NODE = "org.retailerdesk.ui.exports"; //$NON-NLS-1$
    /** The encoding of CSV files: the name of UTF-8 or GBK. */
    public static final String ENCODING = "encoding"; //$NON-NLS-1$
    /** The default columns: {@link ExportColumn} names separated by commas; empty for all. */
    public static final String COLUMNS = "columns"; //$NON-NLS-1$
    /** The font file PDFs embed; empty: a Chinese font found on the system. */
    public static final String PDF_FONT = "pdfFont"; //$NON-NLS-1$
    /** The system property by which the export finds its PDF font ({@code org.retailerdesk.exports.PdfFonts}). */
    static final String PDF_FONT_PROPERTY = "retailerdesk.pdf.font"; //$NON-NLS-1$
    static final Charset GBK = Charset.forName("GBK"); //$NON-NLS-1$

    /** A font given on the command line is kept: the preference is for starts without one. */
    private static final String COMMAND_LINE_FONT = System.getProperty(PDF_FONT_PROPERTY);

    private ExportPreferences() {
    }

    /** The store of {@link #NODE}, with its defaults (UTF-8, every column, the system's font). */
    public static ScopedPreferenceStore store() {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
        store.setDefault(ENCODING, StandardCharsets.UTF_8.name());
        store.setDefault(COLUMNS, ""); //$NON-NLS-1$
        store.setDefault(PDF_FONT, ""); //$NON-NLS-1$
        return store;
    }

    public static Charset encoding() {
        return GBK.name().equals(store().getString(ENCODING)) ? GBK : StandardCharsets.UTF_8;
    }

    /** The default columns in the order of the retailer file; every column when none (or none known) is set. */
    public static List<ExportColumn> columns() {
        Set<String> names = Arrays.stream(store().getString(COLUMNS).split(",")).map(String::strip) //$NON-NLS-1$
                .filter(n -> !n.isEmpty()).collect(Collectors.toSet());
        List<ExportColumn> chosen = ExportColumn.all().stream().filter(c -> names.contains(c.name())).toList();
        return chosen.isEmpty() ? ExportColumn.all() : chosen;
    }

    /** How {@link #COLUMNS} stores columns. */
    static String columnsValue(List<ExportColumn> columns) {
        return columns.size() == ExportColumn.all().size() ? "" //$NON-NLS-1$
                : columns.stream().map(ExportColumn::name).collect(Collectors.joining(",")); //$NON-NLS-1$
    }

    /** The PDF font file set, or empty. */
    public static String pdfFont() {
        return store().getString(PDF_FONT).strip();
    }

    /** The font PDFs get now: the command line's, else the preference's; null: found on the system. */
    static String effectivePdfFont() {
        if (COMMAND_LINE_FONT != null && !COMMAND_LINE_FONT.isBlank()) {
            return COMMAND_LINE_FONT;
        }
        String font = pdfFont();
        return font.isEmpty() ? null : font;
    }

    /** Hands the font to the export, which reads it from its system property, before a PDF is written. */
    static void applyPdfFont() {
        if (COMMAND_LINE_FONT != null && !COMMAND_LINE_FONT.isBlank()) {
            return;
        }
        String font = pdfFont();
        if (font.isEmpty()) {
            System.clearProperty(PDF_FONT_PROPERTY);
        } else {
            System.setProperty(PDF_FONT_PROPERTY, font);
        }
    }
}
