package org.retailerdesk.allocation.outcome;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.outcome.internal.Messages;
import org.retailerdesk.exports.CsvCells;
import org.retailerdesk.exports.XlsxCells;

/**
 * Writes one table of a report (its rows and the overall line) as CSV (UTF-8 with a byte order mark,
 * for Excel) or XLSX, chosen by the file's extension. Numbers stay numbers: counts, shares as
 * fractions (per cent format in XLSX), the ratio; an undefined share or ratio is an empty cell. The
 * file is written beside the target under another name and renamed at the end, so a failed or
 * cancelled export leaves no half-written file and an older file as it was. No UI: call it from a Job.
 */
public final class OutcomeExport {

    private OutcomeExport() {
    }

    /** The formats, by the extension the file name must end with. */
    public enum Format {
        CSV(".csv"), XLSX(".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** @return the format the file name ends with, or null */
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

    /** A name for the file of a report: the sheet's name and the period's first day. */
    public static String defaultFileName(OutcomeReport report, Format format) {
        return Messages.Export_sheet + "-" + report.query().from() + format.extension(); //$NON-NLS-1$
    }

    /**
     * @return the rows written (the breakdown's and the overall line)
     * @throws IllegalArgumentException when the name ends neither in .csv nor in .xlsx
     * @throws IOException              when the file cannot be written (nothing is left behind)
     * @throws OperationCanceledException when the monitor is cancelled (nothing is left behind)
     */
    public static int write(OutcomeReport report, Breakdown breakdown, Path target, Locale locale,
            IProgressMonitor monitor) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Format format = Format.of(file);
        if (format == null) {
            throw new IllegalArgumentException(file.toString());
        }
        List<OutcomeRow> rows = breakdown.tableRows(report);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Outcome_exportTask, file.getFileName()),
                rows.size() + 1);
        Path part = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
                if (format == Format.CSV) {
                    csv(rows, breakdown, out, progress);
                } else {
                    xlsx(rows, breakdown, out, progress);
                }
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.worked(1);
            return rows.size();
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void csv(List<OutcomeRow> rows, Breakdown breakdown, OutputStream out, SubMonitor progress)
            throws IOException {
        CsvCells cells = CsvCells.open(out, StandardCharsets.UTF_8);
        for (OutcomeColumn c : OutcomeColumn.values()) {
            cells.text(c.header(breakdown));
        }
        cells.endRow();
        for (OutcomeRow row : rows) {
            step(progress);
            for (OutcomeColumn c : OutcomeColumn.values()) {
                Object v = c.value(row);
                if (v instanceof String s) {
                    cells.text(s);
                } else {
                    cells.number(sixDigits((Number) v));
                }
            }
            cells.endRow();
        }
        cells.flush();
    }

    /** Shares and ratios with enough digits to recompute the table's rounding; counts as they are. */
    private static Number sixDigits(Number v) {
        return v instanceof Double d ? BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP) : v;
    }

    private static void xlsx(List<OutcomeRow> rows, Breakdown breakdown, OutputStream out, SubMonitor progress)
            throws IOException {
        Workbook workbook = new Workbook(out, "RetailerDesk", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
        XlsxCells sheet = XlsxCells.newSheet(workbook, Messages.Export_sheet);
        OutcomeColumn[] columns = OutcomeColumn.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.text(0, c, columns[c].header(breakdown));
            sheet.width(c, c == 0 ? 28 : 16);
        }
        sheet.bold(0, 0, columns.length - 1);
        sheet.freezePane(1, 1);
        for (int r = 0; r < rows.size(); r++) {
            step(progress);
            // the overall line last, in bold as in the view
            boolean overall = r == rows.size() - 1;
            for (int c = 0; c < columns.length; c++) {
                Object v = columns[c].value(rows.get(r));
                if (v instanceof String s) {
                    sheet.text(r + 1, c, s);
                } else {
                    sheet.number(r + 1, c, (Number) v);
                }
                StyleSetter style = sheet.style(r + 1, c);
                if (overall) {
                    style.bold();
                }
                if (columns[c].kind() == OutcomeColumn.Kind.SHARE) {
                    style.format("0.00%"); //$NON-NLS-1$
                } else if (columns[c].kind() == OutcomeColumn.Kind.RATIO) {
                    style.format("0.00"); //$NON-NLS-1$
                }
                style.set();
            }
        }
        sheet.finish();
        workbook.finish();
    }

    private static void step(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(1);
    }
}
