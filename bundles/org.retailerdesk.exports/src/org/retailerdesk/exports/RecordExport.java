package org.retailerdesk.exports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.internal.Messages;
import org.retailerdesk.exports.internal.TableFile;
import org.retailerdesk.imports.MappedField;
import org.retailerdesk.imports.RecordKind;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
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
        long rows;
        try {
            rows = TableFile.write(file, format, encoding, locale, kind.label(locale), kind.fields(),
                    sink -> forEachRecord(store, kind, progress, sink));
        } catch (IOException e) {
            throw new ExportException(NLS.bind(Messages.Export_writeFailed, file, e.getMessage()), e);
        }
        return new ExportResult(rows, file, System.nanoTime() - start);
    }

    /** Every record of the kind, retailer by retailer (by customer code), each retailer's by date. */
    private static void forEachRecord(Store store, RecordKind kind, SubMonitor progress, TableFile.Sink sink)
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
                    sink.accept(new TableFile.Row() {
                        @Override
                        public EObject holder(MappedField field) {
                            return e;
                        }

                        @Override
                        public String unmappable(MappedField field, String text, Charset charset) {
                            return NLS.bind(Messages.RecordExport_unmappable,
                                    new Object[] { r.getCustomerCode(), field.label(), text, charset.displayName() });
                        }
                    });
                }
                progress.worked(1);
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
