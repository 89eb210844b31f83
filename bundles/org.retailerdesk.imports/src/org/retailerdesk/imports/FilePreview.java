package org.retailerdesk.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * The first look at an import file, for choosing the mapping.
 *
 * @param file    the file
 * @param source  how it was read: its encoding (CSV, e.g. "GBK") or sheet name (XLSX)
 * @param sheets  the workbook's sheet names (empty for CSV)
 * @param headers the header row
 * @param sample  the first data rows as text (at most {@link RetailerImport#SAMPLE_ROWS})
 * @param mapping the automatic mapping of the headers
 */
public record FilePreview(Path file, String source, List<String> sheets, List<String> headers,
        List<List<String>> sample, ColumnMapping mapping) {
}
