package org.retailerdesk.exports;

import java.io.IOException;
import java.time.LocalDate;

import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The one way RetailerDesk writes XLSX cells: a worksheet (fastexcel, streamed) whose every text
 * cell goes through {@link CellText#neutralise}; numbers are number cells, dates date cells. The
 * worksheet itself is not handed out, so an export cannot write a raw text cell by mistake.
 */
public final class XlsxCells {

    private static final String DATE_FORMAT = "yyyy-mm-dd"; //$NON-NLS-1$

    private final Worksheet sheet;

    private XlsxCells(Worksheet sheet) {
        this.sheet = sheet;
    }

    /** A new sheet of the workbook; sheets are streamed, so finish one before starting the next. */
    public static XlsxCells newSheet(Workbook workbook, String name) {
        return new XlsxCells(workbook.newWorksheet(name));
    }

    /**
     * A text cell in the shared-string table, neutralised: for texts that repeat (labels, names of
     * districts and staff); null writes nothing.
     */
    public void text(int row, int column, String text) {
        if (text != null) {
            sheet.value(row, column, CellText.neutralise(text));
        }
    }

    /**
     * A text cell written inline, neutralised: for unique texts (codes, shop names, notes), which
     * would only grow the shared-string table; null writes nothing.
     */
    public void inlineText(int row, int column, String text) {
        if (text != null) {
            sheet.inlineString(row, column, CellText.neutralise(text));
        }
    }

    /** A number cell; null writes nothing. */
    public void number(int row, int column, Number number) {
        if (number != null) {
            sheet.value(row, column, number);
        }
    }

    /** A date cell shown as yyyy-mm-dd; null writes nothing. */
    public void date(int row, int column, LocalDate date) {
        if (date != null) {
            sheet.value(row, column, date);
            sheet.style(row, column).format(DATE_FORMAT).set();
        }
    }

    /** The style of a cell, to be {@link StyleSetter#set() set}. */
    public StyleSetter style(int row, int column) {
        return sheet.style(row, column);
    }

    /** Bold cells from {@code first} to {@code last} column of a row (a header). */
    public void bold(int row, int first, int last) {
        sheet.range(row, first, row, last).style().bold().set();
    }

    public void width(int column, double width) {
        sheet.width(column, width);
    }

    public void freezePane(int columns, int rows) {
        sheet.freezePane(columns, rows);
    }

    /** Writes the rows so far to the stream (memory stays flat in a large sheet). */
    public void flush() throws IOException {
        sheet.flush();
    }

    public void finish() throws IOException {
        sheet.finish();
    }
}
