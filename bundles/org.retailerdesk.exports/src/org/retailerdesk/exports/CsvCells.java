package org.retailerdesk.exports;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way RetailerDesk writes CSV: RFC 4180 quoting, CRLF, UTF-8 with a byte order mark
 * (without it Excel reads UTF-8 as the local code page). Every text cell, header or value, goes
 * through {@link CellText#neutralise}; only numbers and dates, which cannot be a formula, are
 * written as they are. There is no raw-text method, so an export cannot forget the neutralisation.
 */
public final class CsvCells implements Flushable {

    private final CSVPrinter printer;

    private CsvCells(CSVPrinter printer) {
        this.printer = printer;
    }

    /** CSV on the stream in the encoding; not closed by {@link #flush()}. */
    public static CsvCells open(OutputStream out, Charset encoding) throws IOException {
        Writer writer = new OutputStreamWriter(out, encoding);
        if (StandardCharsets.UTF_8.equals(encoding)) {
            writer.write('\uFEFF');
        }
        return new CsvCells(new CSVPrinter(writer, CSVFormat.DEFAULT));
    }

    /** A text cell, neutralised; null is an empty cell. */
    public void text(String text) throws IOException {
        printer.print(text == null ? "" : CellText.neutralise(text)); //$NON-NLS-1$
    }

    /** A number as {@link CellText#number} writes it; null is an empty cell. */
    public void number(Number number) throws IOException {
        printer.print(number == null ? "" : CellText.number(number)); //$NON-NLS-1$
    }

    /** A date, ISO ({@code 2026-11-27}); null is an empty cell. */
    public void date(LocalDate date) throws IOException {
        printer.print(date == null ? "" : date.toString()); //$NON-NLS-1$
    }

    public void endRow() throws IOException {
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
