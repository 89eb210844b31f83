package org.retailerdesk.imports;

import java.nio.file.Path;

/**
 * The import cannot go on: the file as a whole is unusable (empty, no header, required column
 * missing, undecodable, corrupt), or a commit is refused (rejected rows, data changed since the
 * dry run). The message names the file, and the row and column where there is one; it is
 * localised (Simplified Chinese or English). Nothing has been written when it is thrown.
 */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int row;
    private final String column;

    public ImportException(Path file, int row, String column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.row = row;
        this.column = column;
    }

    public ImportException(Path file, String message) {
        this(file, 0, null, message, null);
    }

    /** The import file. */
    public Path file() {
        return file;
    }

    /** The row number (header = 1), or 0 when the problem is not in one row. */
    public int row() {
        return row;
    }

    /** The column header, or null when the problem is not in one column. */
    public String column() {
        return column;
    }
}
