package org.retailerdesk.imports.internal;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.retailerdesk.imports.ImportException;
import org.retailerdesk.imports.ImportOptions;

/** An import file read row by row: its header row, then its non-empty data rows. */
public interface Table extends Closeable {

    Path file();

    List<String> headers();

    /** The next row with at least one non-blank cell, or null at the end. */
    SourceRow next();

    /** What was read, for the user: "UTF-8", "GBK", "sheet 零售户". */
    String describe();

    @Override
    void close();

    /** True when the file is an XLSX workbook (by its content). */
    static boolean isXlsx(Path file) {
        return XlsxTable.looksLikeXlsx(file);
    }

    /** The sheet names of an XLSX workbook. */
    static List<String> sheets(Path file) {
        return XlsxTable.sheets(file);
    }

    /** Opens a CSV or XLSX file (by its content, else by its name). */
    static Table open(Path file, ImportOptions options) {
        if (XlsxTable.looksLikeXlsx(file)) {
            return XlsxTable.open(file, options.sheet());
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) { //$NON-NLS-1$ //$NON-NLS-2$
            return XlsxTable.open(file, options.sheet()); // says why it cannot be read
        }
        return CsvTable.open(file, options.charset());
    }

    /** A file-level error about this file. */
    static ImportException error(Path file, int row, String column, String message, Throwable cause) {
        return new ImportException(file, row, column, message, cause);
    }
}
