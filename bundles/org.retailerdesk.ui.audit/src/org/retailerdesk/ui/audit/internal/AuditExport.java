package org.retailerdesk.ui.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.Deflater;

import org.dhatim.fastexcel.Workbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.retailerdesk.exports.AtomicFile;
import org.retailerdesk.exports.CsvCells;
import org.retailerdesk.exports.XlsxCells;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.AuditQuery;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.AuditText;

/**
 * Every row a filter of the audit trail matches, as CSV or XLSX, in the columns and words the viewer
 * shows. Read a page at a time, each after the last row of the one before (rows written meanwhile are
 * not read twice, nor do they shift what comes next), and written as read, so memory stays flat;
 * the cells go through the exports' {@link CsvCells} / {@link XlsxCells}, which neutralise text a
 * spreadsheet would run as a formula. The file appears whole or not at all ({@link AtomicFile}).
 */
public final class AuditExport {

    /** The first columns, whose texts repeat (times of one transaction, names, actions, kinds, retailers): shared strings. */
    private static final int SHARED_COLUMNS = 5;
    /** Rows read from the store at a time. */
    static final int PAGE = 1000;

    /** The file kinds, known by their extension. */
    public enum Format {
        CSV(".csv"), //$NON-NLS-1$
        XLSX(".xlsx"); //$NON-NLS-1$

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a file name asks for, or null. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (name.endsWith(f.extension)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** The columns: header and cell, in the viewer's order. */
    static final List<Column> COLUMNS = List.of(new Column(Messages.Column_when, AuditText.Row::when),
            new Column(Messages.Column_who, AuditText.Row::who), new Column(Messages.Column_action, AuditText.Row::action),
            new Column(Messages.Column_record, AuditText.Row::record),
            new Column(Messages.Column_retailer, AuditText.Row::retailer),
            new Column(Messages.Column_field, AuditText.Row::field), new Column(Messages.Column_old, AuditText.Row::oldValue),
            new Column(Messages.Column_new, AuditText.Row::newValue));

    record Column(String header, Function<AuditText.Row, String> cell) {
    }

    private interface Sheet {
        void row(List<String> cells) throws IOException;
    }

    private AuditExport() {
    }

    /**
     * Writes the rows; cancelled through the monitor, it throws
     * {@link org.eclipse.core.runtime.OperationCanceledException}
     * and leaves no file.
     *
     * @param format null: by the file's extension (XLSX when it has none of ours)
     * @return the rows written
     */
    public static long write(Store store, AuditQuery query, Path file, Format format, IProgressMonitor monitor)
            throws IOException {
        Format f = format != null ? format : Format.of(file) != null ? Format.of(file) : Format.XLSX;
        long[] written = { 0 };
        AtomicFile.write(file, out -> {
            if (f == Format.CSV) {
                CsvCells csv = CsvCells.open(out, StandardCharsets.UTF_8);
                rows(store, query, monitor, cells -> {
                    for (String c : cells) {
                        csv.text(c);
                    }
                    csv.endRow();
                }, written);
                csv.flush();
            } else {
                Workbook workbook = new Workbook(out, "RetailerDesk", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
                workbook.setCompressionLevel(Deflater.BEST_SPEED);
                XlsxCells xlsx = XlsxCells.newSheet(workbook, Messages.Export_sheet);
                int[] y = { 0 };
                rows(store, query, monitor, cells -> {
                    for (int c = 0; c < cells.size(); c++) {
                        if (y[0] == 0 || c < SHARED_COLUMNS) {
                            xlsx.text(y[0], c, cells.get(c));
                        } else {
                            xlsx.inlineText(y[0], c, cells.get(c));
                        }
                    }
                    if (++y[0] % PAGE == 0) {
                        xlsx.flush();
                    }
                }, written);
                xlsx.bold(0, 0, COLUMNS.size() - 1);
                xlsx.freezePane(0, 1);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    xlsx.width(c, c == 0 ? 20 : c >= 5 ? 28 : 14);
                }
                xlsx.finish();
                workbook.finish();
            }
        });
        return written[0];
    }

    /** The header, then every row of the query, page after page. */
    private static void rows(Store store, AuditQuery query, IProgressMonitor monitor, Sheet sheet, long[] written)
            throws IOException {
        sheet.row(COLUMNS.stream().map(Column::header).toList());
        Page<AuditEntry> page = store.audit().search(query, 0, PAGE);
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, page.total()));
        while (!page.rows().isEmpty()) {
            AuditText text = AuditText.forEntries(store, page.rows());
            for (AuditEntry e : page.rows()) {
                AuditText.Row row = text.row(e);
                sheet.row(COLUMNS.stream().map(c -> c.cell().apply(row)).toList());
            }
            written[0] += page.rows().size();
            // throws OperationCanceledException once cancelled
            progress.split(page.rows().size());
            if (page.rows().size() < PAGE) {
                break;
            }
            page = store.audit().search(query.below(page.rows().get(page.rows().size() - 1).id()), 0, PAGE);
        }
    }
}
