package org.retailerdesk.samples.json.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportContext;
import org.retailerdesk.exports.ExportFormat;

/**
 * JSON: an array with one object per retailer, the columns chosen as members named by their model
 * field names ({@code customerCode}), so that programs reading the file do not depend on the
 * language of the export. Numbers and yes/no are JSON numbers and booleans, dates ISO text
 * ({@code 2026-03-01}), empty fields null. Retailers are written as they come, never all in memory.
 */
public class JsonFormat implements ExportFormat {

    @Override
    public void write(ExportContext context, OutputStream out) throws IOException {
        // JSON is Unicode: the encoding chosen for CSV (e.g. GBK) does not apply
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<ExportColumn> columns = context.columns();
        Locale locale = context.locale();
        w.write('[');
        boolean[] first = { true };
        context.forEachRetailer(r -> {
            w.write(first[0] ? "\n  {" : ",\n  {"); //$NON-NLS-1$ //$NON-NLS-2$
            first[0] = false;
            for (int c = 0; c < columns.size(); c++) {
                ExportColumn column = columns.get(c);
                if (c > 0) {
                    w.write(", "); //$NON-NLS-1$
                }
                string(w, column.name());
                w.write(": "); //$NON-NLS-1$
                value(w, column.value(r, locale));
            }
            w.write('}');
        });
        w.write(first[0] ? "]\n" : "\n]\n"); //$NON-NLS-1$ //$NON-NLS-2$
        w.flush();
    }

    private static void value(Writer w, Object value) throws IOException {
        if (value == null) {
            w.write("null"); //$NON-NLS-1$
        } else if (value instanceof Number || value instanceof Boolean) {
            w.write(value.toString());
        } else {
            string(w, value.toString());
        }
    }

    /** Writes a JSON string: quotes, backslashes and control characters escaped. */
    static void string(Writer w, String s) throws IOException {
        w.write('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
            case '"' -> w.write("\\\""); //$NON-NLS-1$
            case '\\' -> w.write("\\\\"); //$NON-NLS-1$
            case '\n' -> w.write("\\n"); //$NON-NLS-1$
            case '\r' -> w.write("\\r"); //$NON-NLS-1$
            case '\t' -> w.write("\\t"); //$NON-NLS-1$
            default -> {
                if (ch < 0x20) {
                    w.write(String.format("\\u%04x", (int) ch)); //$NON-NLS-1$
                } else {
                    w.write(ch);
                }
            }
            }
        }
        w.write('"');
    }
}
