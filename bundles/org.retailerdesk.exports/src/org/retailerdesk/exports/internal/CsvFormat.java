package org.retailerdesk.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.CellText;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportContext;
import org.retailerdesk.exports.ExportException;
import org.retailerdesk.exports.ExportFormat;
import org.retailerdesk.model.Retailer;

/**
 * CSV as spreadsheet programs read it: RFC 4180 quoting, CRLF, one header row of field labels.
 * UTF-8 gets a byte order mark (without it Excel reads UTF-8 as the local code page); other
 * encodings (GBK) are checked cell by cell, so a character they lack is reported with its retailer
 * and column instead of being written as "?".
 */
public class CsvFormat implements ExportFormat {

    @Override
    public void write(ExportContext context, OutputStream out) throws IOException {
        boolean utf8 = StandardCharsets.UTF_8.equals(context.encoding());
        CharsetEncoder encoder = utf8 ? null : context.encoding().newEncoder();
        Locale locale = context.locale();
        List<ExportColumn> columns = context.columns();
        CSVPrinter printer = printer(out, context.encoding());
        for (ExportColumn c : columns) {
            printer.print(c.label(locale));
        }
        printer.println();
        context.forEachRetailer(r -> {
            for (ExportColumn c : columns) {
                String text = c.text(r, locale);
                if (encoder != null && !encoder.canEncode(text)) {
                    throw unmappable(r, c, text, context);
                }
                printer.print(c.kind() == ExportColumn.Kind.TEXT ? CellText.neutralise(text) : text);
            }
            printer.println();
        });
        printer.flush();
    }

    /** A printer of RFC 4180 CSV on the stream; UTF-8 starts with a byte order mark (else Excel reads it as the local code page). */
    public static CSVPrinter printer(OutputStream out, java.nio.charset.Charset encoding) throws IOException {
        Writer writer = new OutputStreamWriter(out, encoding);
        if (StandardCharsets.UTF_8.equals(encoding)) {
            writer.write('\uFEFF');
        }
        return new CSVPrinter(writer, CSVFormat.DEFAULT);
    }

    private static ExportException unmappable(Retailer r, ExportColumn c, String text, ExportContext context) {
        CharsetEncoder encoder = context.encoding().newEncoder();
        String bad = text.codePoints().mapToObj(Character::toString).filter(ch -> !encoder.canEncode(ch)).findFirst()
                .orElse(text);
        return new ExportException(NLS.bind(Messages.Csv_unmappable, new Object[] { r.getCustomerCode(), r.getShopName(),
                c.label(Locale.getDefault()), bad, context.encoding().displayName() }));
    }
}
