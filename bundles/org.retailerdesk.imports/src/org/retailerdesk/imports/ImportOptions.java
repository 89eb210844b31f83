package org.retailerdesk.imports;

import java.nio.charset.Charset;

/**
 * How to read an import file.
 *
 * @param charset the CSV file's encoding, or null to detect it: a UTF-8 byte order mark means
 *                UTF-8; else UTF-8 if the whole file decodes strictly as UTF-8; else GBK (what
 *                Excel writes on a Chinese Windows). Ignored for XLSX.
 * @param sheet   the XLSX sheet's name, or null for the first sheet. Ignored for CSV.
 */
public record ImportOptions(Charset charset, String sheet) {

    /** Detect the encoding, read the first sheet. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null);
    }

    public ImportOptions withCharset(Charset c) {
        return new ImportOptions(c, sheet);
    }

    public ImportOptions withSheet(String s) {
        return new ImportOptions(charset, s);
    }
}
