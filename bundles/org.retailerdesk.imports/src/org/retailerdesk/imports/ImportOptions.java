package org.retailerdesk.imports;

import java.nio.charset.Charset;

/**
 * How to read and check an import file.
 *
 * @param charset       the CSV file's encoding, or null to detect it: a UTF-8 byte order mark means
 *                      UTF-8; else UTF-8 if the whole file decodes strictly as UTF-8; else GBK (what
 *                      Excel writes on a Chinese Windows). Ignored for XLSX.
 * @param sheet         the XLSX sheet's name, or null for the first sheet. Ignored for CSV.
 * @param createMissing retailer files: districts, market departments, routes, mutual-aid groups and
 *                      staff that rows name but the store lacks are created by the commit (false:
 *                      such rows are rejected). Other files ignore it.
 * @param invalidValues retailer files: what a value that does not fit a field other than the
 *                      identity does to its row. Other files reject such rows.
 */
public record ImportOptions(Charset charset, String sheet, boolean createMissing, InvalidValues invalidValues) {

    /**
     * The Eclipse preference node of a centre's import defaults, which the workbench's dialogs start
     * from: {@link #PREFERENCE_CREATE_MISSING} (boolean, default false) and
     * {@link #PREFERENCE_INVALID_VALUES} ({@link InvalidValues} name, default WARN).
     */
    public static final String PREFERENCES = "org.retailerdesk.imports"; //$NON-NLS-1$
    public static final String PREFERENCE_CREATE_MISSING = "createMissing"; //$NON-NLS-1$
    public static final String PREFERENCE_INVALID_VALUES = "invalidValues"; //$NON-NLS-1$

    public ImportOptions {
        invalidValues = invalidValues == null ? InvalidValues.WARN : invalidValues;
    }

    /** Reading options only: nothing created, invalid values warned about. */
    public ImportOptions(Charset charset, String sheet) {
        this(charset, sheet, false, InvalidValues.WARN);
    }

    /** Detect the encoding, read the first sheet, create nothing, warn about invalid values. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null);
    }

    public ImportOptions withCharset(Charset c) {
        return new ImportOptions(c, sheet, createMissing, invalidValues);
    }

    public ImportOptions withSheet(String s) {
        return new ImportOptions(charset, s, createMissing, invalidValues);
    }

    public ImportOptions withCreateMissing(boolean create) {
        return new ImportOptions(charset, sheet, create, invalidValues);
    }

    public ImportOptions withInvalidValues(InvalidValues v) {
        return new ImportOptions(charset, sheet, createMissing, v);
    }
}
