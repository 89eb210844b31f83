package org.retailerdesk.exports;

import org.retailerdesk.exports.internal.CjkFont;

import com.lowagie.text.pdf.BaseFont;

/** The font other bundles' PDFs use for Chinese text: the same system font the export embeds. */
public final class PdfFonts {

    private PdfFonts() {
    }

    /**
     * @return a system font with Chinese and Latin characters, to be embedded (subset, Identity-H);
     *         chosen as {@code CjkFont} describes (system property {@code retailerdesk.pdf.font},
     *         environment {@code RETAILERDESK_PDF_FONT}, then fontconfig)
     * @throws ExportException in the user's language when no usable font exists
     */
    public static BaseFont chinese() {
        return CjkFont.load();
    }
}
