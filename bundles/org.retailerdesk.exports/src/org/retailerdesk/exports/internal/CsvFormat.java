package org.retailerdesk.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.CsvCells;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportContext;
import org.retailerdesk.exports.ExportException;
import org.retailerdesk.exports.ExportFormat;
import org.retailerdesk.model.Retailer;

/**
 * CSV as spreadsheet programs read it ({@link CsvCells}), one header row of field labels. Encodings
 * other than UTF-8 (GBK) are checked cell by cell, so a character they lack is reported with its retailer
 * and column instead of being written as "?".
 */
public class CsvFormat implements ExportFormat {

    @Override
    public void write(ExportContext context, OutputStream out) throws IOException {
        boolean utf8 = StandardCharsets.UTF_8.equals(context.encoding());
        CharsetEncoder encoder = utf8 ? null : context.encoding().newEncoder();
        Locale locale = context.locale();
        List<ExportColumn> columns = context.columns();
        CsvCells cells = CsvCells.open(out, context.encoding());
        for (ExportColumn c : columns) {
            cells.text(c.label(locale));
        }
        cells.endRow();
        context.forEachRetailer(r -> {
            for (ExportColumn c : columns) {
                String text = c.text(r, locale);
                if (encoder != null && !encoder.canEncode(text)) {
                    throw unmappable(r, c, text, context);
                }
                switch (c.kind()) {
                case NUMBER -> cells.number((Number) c.value(r, locale));
                case DATE -> cells.date((LocalDate) c.value(r, locale));
                case TEXT, BOOLEAN -> cells.text(text);
                }
            }
            cells.endRow();
        });
        cells.flush();
    }

    private static ExportException unmappable(Retailer r, ExportColumn c, String text, ExportContext context) {
        CharsetEncoder encoder = context.encoding().newEncoder();
        String bad = text.codePoints().mapToObj(Character::toString).filter(ch -> !encoder.canEncode(ch)).findFirst()
                .orElse(text);
        return new ExportException(NLS.bind(Messages.Csv_unmappable, new Object[] { r.getCustomerCode(), r.getShopName(),
                c.label(Locale.getDefault()), bad, context.encoding().displayName() }));
    }
}
