package org.retailerdesk.exports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What to export and how; the format and the target file are given to {@link RetailerExport}.
 *
 * @param scope    which retailers
 * @param columns  which columns, in order (at least one)
 * @param encoding character set of text formats: UTF-8 (written with a byte order mark, which
 *                 spreadsheet programs need to read UTF-8 CSV) or e.g. GBK
 * @param locale   language of the header, value labels and document texts; Chinese by default,
 *                 so that files of both UIs read back the same way
 */
public record ExportRequest(ExportScope scope, List<ExportColumn> columns, Charset encoding, Locale locale) {

    public ExportRequest {
        if (scope == null || columns == null || columns.isEmpty() || encoding == null || locale == null) {
            throw new IllegalArgumentException("scope, columns, encoding and locale are required"); //$NON-NLS-1$
        }
        columns = List.copyOf(columns);
    }

    /** Every column, UTF-8, Chinese. */
    public static ExportRequest of(ExportScope scope) {
        return new ExportRequest(scope, ExportColumn.all(), StandardCharsets.UTF_8, Locale.CHINESE);
    }

    public ExportRequest withColumns(List<ExportColumn> chosen) {
        return new ExportRequest(scope, chosen, encoding, locale);
    }

    public ExportRequest withEncoding(Charset charset) {
        return new ExportRequest(scope, columns, charset, locale);
    }

    public ExportRequest withLocale(Locale language) {
        return new ExportRequest(scope, columns, encoding, language);
    }
}
