package org.retailerdesk.exports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;

import org.dhatim.fastexcel.Workbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.internal.Messages;
import org.retailerdesk.imports.RecordField;
import org.retailerdesk.imports.RecordKind;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.Store;

/**
 * Exports every publicity record or every visit as CSV or XLSX, one row per record, in the
 * columns {@link org.retailerdesk.imports.RecordImport} reads back ({@link RecordKind#fields()}, labelled in the chosen
 * language): references by code, choices by their labels, dates as dates. Retailers are read page
 * by page, ordered by customer code, and each one's records by date, so memory stays flat.
 * <p>
 * A sibling of the {@code formats} extension point rather than a contribution to it: that
 * contract hands a format retailers and retailer columns ({@link ExportContext#forEachRetailer}),
 * and its formats (PDF profile cards, plug-ins) are made for them; records are a table of their
 * own. The file is written the same way: through a temporary file, in place only when complete.
 */
public final class RecordExport {

    /** The formats records are exported in. */
    public enum Format {
        CSV, XLSX;

        /** csv, xlsx (any case), or null. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) { //$NON-NLS-1$
                    return f;
                }
            }
            return null;
        }
    }

    private static final int PAGE = 1000;

    private RecordExport() {
    }

    /** Receives the records one at a time. */
    private interface Sink {
        void accept(Entity record) throws IOException;
    }

    /**
     * @param encoding the CSV's character set (UTF-8 gets a byte order mark); ignored for XLSX
     * @throws ExportException for a failed write or a character the encoding lacks; no file is left
     * @throws OperationCanceledException when cancelled; no file is left
     */
    public static ExportResult run(Store store, RecordKind kind, Format format, Path target, Charset encoding,
            Locale locale, IProgressMonitor monitor) {
        long start = System.nanoTime();
        Path file = target.toAbsolutePath().normalize();
        long retailers = store.retailers().count(RetailerQuery.all());
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.RecordExport_task, kind.label(), file.getFileName()),
                (int) Math.min(Integer.MAX_VALUE, retailers));
        long[] rows = { 0 };
        List<RecordField> fields = kind.fields();
        try {
            AtomicFile.write(file, out -> {
                Sink each = null;
                if (format == Format.CSV) {
                    boolean utf8 = StandardCharsets.UTF_8.equals(encoding);
                    CharsetEncoder encoder = utf8 ? null : encoding.newEncoder();
                    CsvCells cells = CsvCells.open(out, encoding);
                    for (RecordField f : fields) {
                        cells.text(f.label(locale));
                    }
                    cells.endRow();
                    each = record -> {
                        for (RecordField f : fields) {
                            String text = text(record, f, locale);
                            if (encoder != null && !encoder.canEncode(text)) {
                                throw new ExportException(NLS.bind(Messages.RecordExport_unmappable,
                                        new Object[] { retailerCode(record, kind), f.label(), text, encoding.displayName() }));
                            }
                            // codes of references and enum labels are text too: every one neutralised
                            cells.text(text);
                        }
                        cells.endRow();
                    };
                    forEachRecord(store, kind, progress, each, rows);
                    cells.flush();
                } else {
                    Workbook workbook = new Workbook(out, "RetailerDesk", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
                    workbook.setCompressionLevel(Deflater.BEST_SPEED);
                    XlsxCells sheet = XlsxCells.newSheet(workbook, kind.label(locale));
                    for (int c = 0; c < fields.size(); c++) {
                        sheet.text(0, c, fields.get(c).label(locale));
                        sheet.width(c, 16);
                    }
                    sheet.bold(0, 0, fields.size() - 1);
                    sheet.freezePane(0, 1);
                    each = record -> {
                        int y = (int) rows[0] + 1;
                        for (int c = 0; c < fields.size(); c++) {
                            Object v = record.eGet(fields.get(c).feature());
                            if (v instanceof LocalDate d) {
                                sheet.date(y, c, d);
                            } else if (v != null) {
                                // every other cell as text: codes keep their leading zeros
                                sheet.inlineText(y, c, text(record, fields.get(c), locale));
                            }
                        }
                        if (y % PAGE == 0) {
                            sheet.flush();
                        }
                    };
                    forEachRecord(store, kind, progress, each, rows);
                    sheet.finish();
                    workbook.finish();
                }
            });
        } catch (IOException e) {
            throw new ExportException(NLS.bind(Messages.Export_writeFailed, file, e.getMessage()), e);
        }
        return new ExportResult(rows[0], file, System.nanoTime() - start);
    }

    /** Every record of the kind, retailer by retailer (by customer code), each retailer's by date. */
    private static void forEachRecord(Store store, RecordKind kind, SubMonitor progress, Sink sink, long[] rows)
            throws IOException {
        RetailerQuery query = RetailerQuery.all().sortedBy(RetailerSort.CUSTOMER_CODE, true);
        for (int offset = 0;; offset += PAGE) {
            List<Retailer> page = store.retailers().findRetailerRows(query.page(offset, PAGE));
            for (Retailer r : page) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                List<? extends Entity> records = store.findBy(kind.type(), r.getId());
                records.sort(Comparator.comparing((Entity e) -> (LocalDate) e.eGet(kind.key().get(1).feature()))
                        .thenComparingLong(Entity::getId));
                for (Entity e : records) {
                    e.eSet(kind.key().get(0).feature(), r);
                    sink.accept(e);
                    rows[0]++;
                }
                progress.worked(1);
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static String retailerCode(Entity record, RecordKind kind) {
        return ((Retailer) record.eGet(kind.key().get(0).feature())).getCustomerCode();
    }

    /** A cell as the import reads it back: codes for references, labels for choices, yyyy-MM-dd dates. */
    static String text(Entity record, RecordField field, Locale locale) {
        Object v = record.eGet(field.feature());
        if (v == null) {
            return ""; //$NON-NLS-1$
        } else if (v instanceof Retailer r) {
            return r.getCustomerCode();
        } else if (v instanceof Policy p) {
            return p.getCode();
        } else if (v instanceof Staff s) {
            return s.getCode();
        } else if (v instanceof Enumerator e) {
            return ModelLabels.valueLabel(e, locale);
        } else if (v instanceof Boolean b) {
            return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? (b ? "是" : "否") : (b ? "yes" : "no"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return v.toString();
    }
}
