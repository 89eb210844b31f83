package org.retailerdesk.exports.example;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.retailerdesk.exports.CellText;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportContext;
import org.retailerdesk.exports.ExportFormat;

/**
 * Tab-separated values: one header line of labels, one line per retailer. Tabs and line breaks
 * inside a value become spaces, since TSV has no quoting. Shows what a format gets: the columns,
 * encoding and language chosen, and the retailers one at a time (never all in memory).
 */
public class TsvFormat implements ExportFormat {

    @Override
    public void write(ExportContext context, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, context.encoding()));
        List<ExportColumn> columns = context.columns();
        Locale locale = context.locale();
        line(w, columns.stream().map(c -> c.label(locale)).toList());
        // text cells that a spreadsheet would run as a formula are neutralised, as RetailerDesk's own formats do
        context.forEachRetailer(r -> line(w, columns.stream()
                .map(c -> c.kind() == ExportColumn.Kind.TEXT ? CellText.neutralise(c.text(r, locale)) : c.text(r, locale))
                .toList()));
        w.flush();
    }

    private static void line(Writer w, List<String> values) throws IOException {
        w.write(String.join("\t", values.stream().map(v -> v.replaceAll("[\\t\\r\\n]", " ")).toList())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        w.write('\n');
    }
}
