package org.retailerdesk.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.osgi.util.NLS;

/**
 * One sheet of an XLSX workbook, streamed row by row (fastexcel-reader). Cells become text:
 * numbers in plain notation without exponent or ".0"; numbers with a zero-padding format such as
 * {@code 000000000000} padded as Excel shows them; numbers with a date format as ISO dates.
 * Formula and error cells are flagged (see {@link SourceRow#computed()}) and rejected later.
 */
final class XlsxTable implements Table {

    private final Path file;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final String sheetName;
    private List<String> headers = List.of();
    private int lastRow = 1;

    private XlsxTable(Path file, ReadableWorkbook workbook, Sheet sheet) throws IOException {
        this.file = file;
        this.workbook = workbook;
        this.sheetName = sheet.getName();
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
    }

    static boolean looksLikeXlsx(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            return head.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(head);
        } catch (IOException e) {
            return false;
        }
    }

    /** The names of the workbook's sheets, in order. */
    static List<String> sheets(Path file) {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            return wb.getSheets().map(Sheet::getName).toList();
        } catch (IOException | RuntimeException e) {
            throw corrupt(file, 0, e);
        }
    }

    static XlsxTable open(Path file, String sheetName) {
        ReadableWorkbook wb = null;
        try {
            if (Files.size(file) == 0) {
                throw Table.error(file, 0, null, NLS.bind(Messages.Import_empty, file.getFileName()), null);
            }
            if (!looksLikeXlsx(file)) {
                throw Table.error(file, 0, null, NLS.bind(Messages.Import_notXlsx, file.getFileName()), null);
            }
            wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            Sheet sheet = sheetName == null ? wb.getFirstSheet() : wb.findSheet(sheetName).orElse(null);
            if (sheet == null) {
                throw Table.error(file, 0, null, NLS.bind(Messages.Import_noSheet, file.getFileName(), sheetName), null);
            }
            XlsxTable table = new XlsxTable(file, wb, sheet);
            SourceRow header = table.next();
            if (header == null) {
                table.close();
                throw Table.error(file, 0, null, NLS.bind(Messages.Import_empty, file.getFileName()), null);
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.cells().length; i++) {
                names.add(header.cell(i).strip());
            }
            table.headers = names;
            return table;
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.retailerdesk.imports.ImportException ie) {
                throw ie;
            }
            closeQuietly(wb);
            throw corrupt(file, 0, e);
        }
    }

    private static org.retailerdesk.imports.ImportException corrupt(Path file, int row, Exception e) {
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return Table.error(file, row, null,
                NLS.bind(Messages.Import_corruptXlsx, new Object[] { file.getFileName(), row, reason }), e);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public SourceRow next() {
        try {
            while (rows.hasNext()) {
                Row r = rows.next();
                lastRow = r.getRowNum();
                int n = r.getCellCount();
                String[] cells = new String[n];
                BitSet numeric = new BitSet();
                BitSet computed = new BitSet();
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    Cell c = r.getCell(i);
                    cells[i] = c == null ? "" : text(c, i, numeric, computed); //$NON-NLS-1$
                    any |= !Text.isBlank(cells[i]);
                }
                if (any) {
                    return new SourceRow(r.getRowNum(), cells, numeric, computed);
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            throw corrupt(file, lastRow + 1, e);
        }
    }

    private static String text(Cell c, int column, BitSet numeric, BitSet computed) {
        switch (c.getType()) {
        case NUMBER:
            numeric.set(column);
            return number(c);
        case BOOLEAN:
            return String.valueOf(c.asBoolean());
        case FORMULA:
            computed.set(column);
            return "=" + c.getFormula(); //$NON-NLS-1$
        case ERROR:
            computed.set(column);
            return c.getRawValue();
        case EMPTY:
            return ""; //$NON-NLS-1$
        default:
            return Text.cell(c.getText(), column, computed);
        }
    }

    private static String number(Cell c) {
        BigDecimal n = c.asNumber();
        String format = c.getDataFormatString();
        Integer id = c.getDataFormatId();
        if (isDateFormat(id, format)) {
            return c.asDate().toLocalDate().toString();
        }
        String plain = n.stripTrailingZeros().toPlainString();
        // a "000000000000" format is how a sheet keeps a code's leading zeros in a number cell
        if (format != null && format.matches("0+") && n.scale() <= 0 && plain.length() < format.length() //$NON-NLS-1$
                && n.signum() >= 0) {
            return "0".repeat(format.length() - plain.length()) + plain; //$NON-NLS-1$
        }
        return plain;
    }

    /** Excel's built-in date formats (ids 14–22, 45–47), or a custom format with date letters outside quotes. */
    private static boolean isDateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return bare.matches(".*[yYdD].*") || bare.matches(".*[mM].*[dD].*"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String describe() {
        return sheetName;
    }

    @Override
    public void close() {
        stream.close();
        closeQuietly(workbook);
    }

    private static void closeQuietly(ReadableWorkbook wb) {
        if (wb != null) {
            try {
                wb.close();
            } catch (IOException e) {
                // read-only: nothing is lost
            }
        }
    }
}
