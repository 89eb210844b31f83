package org.retailerdesk.exports.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;

import org.dhatim.fastexcel.Workbook;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.exports.AtomicFile;
import org.retailerdesk.exports.CsvCells;
import org.retailerdesk.exports.ExportException;
import org.retailerdesk.exports.RecordExport;
import org.retailerdesk.exports.XlsxCells;
import org.retailerdesk.imports.MappedField;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * A table of import fields written as CSV or XLSX, one row per record or entry, the way the import
 * reads it back: the header is the fields' labels in the chosen language; references are written
 * by their code, choices by their labels, yes/no in the language, dates as yyyy-MM-dd (date cells
 * in XLSX); every other cell as text, so codes keep their leading zeros. Written through a temporary
 * file, in place only when complete.
 */
public final class TableFile {

    private static final int PAGE = 1000;

    /** One row: which object holds each field's value. */
    public interface Row {
        /** The object whose feature the field's cell shows, or null for an empty cell. */
        EObject holder(MappedField field);

        /** The message for a cell the CSV's encoding cannot write, naming the row and column. */
        String unmappable(MappedField field, String text, Charset encoding);
    }

    /** Receives the rows one at a time. */
    public interface Sink {
        void accept(Row row) throws IOException;
    }

    /** Hands every row of the table to the sink, in order. */
    public interface Rows {
        void forEach(Sink sink) throws IOException;
    }

    private TableFile() {
    }

    /**
     * @param encoding the CSV's character set (UTF-8 gets a byte order mark); ignored for XLSX
     * @param sheet    the XLSX sheet's name
     * @return the rows written
     * @throws ExportException for a character the encoding lacks; no file is left
     */
    public static long write(Path file, RecordExport.Format format, Charset encoding, Locale locale, String sheet,
            List<? extends MappedField> fields, Rows rows) throws IOException {
        long[] written = { 0 };
        AtomicFile.write(file, out -> {
            if (format == RecordExport.Format.CSV) {
                CharsetEncoder encoder = StandardCharsets.UTF_8.equals(encoding) ? null : encoding.newEncoder();
                CsvCells cells = CsvCells.open(out, encoding);
                for (MappedField f : fields) {
                    cells.text(f.label(locale));
                }
                cells.endRow();
                rows.forEach(row -> {
                    for (MappedField f : fields) {
                        String text = text(row.holder(f), f.feature(), locale);
                        if (encoder != null && !encoder.canEncode(text)) {
                            throw new ExportException(row.unmappable(f, text, encoding));
                        }
                        // codes of references and enum labels are text too: every one neutralised
                        cells.text(text);
                    }
                    cells.endRow();
                    written[0]++;
                });
                cells.flush();
            } else {
                Workbook workbook = new Workbook(out, "RetailerDesk", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
                workbook.setCompressionLevel(Deflater.BEST_SPEED);
                XlsxCells xlsx = XlsxCells.newSheet(workbook, sheet);
                for (int c = 0; c < fields.size(); c++) {
                    xlsx.text(0, c, fields.get(c).label(locale));
                    xlsx.width(c, 16);
                }
                xlsx.bold(0, 0, fields.size() - 1);
                xlsx.freezePane(0, 1);
                rows.forEach(row -> {
                    int y = (int) ++written[0];
                    for (int c = 0; c < fields.size(); c++) {
                        EObject holder = row.holder(fields.get(c));
                        EStructuralFeature feature = fields.get(c).feature();
                        Object v = holder == null ? null : holder.eGet(feature);
                        if (v instanceof LocalDate d) {
                            xlsx.date(y, c, d);
                        } else if (v != null) {
                            // every other cell as text: codes keep their leading zeros
                            xlsx.inlineText(y, c, text(holder, feature, locale));
                        }
                    }
                    if (y % PAGE == 0) {
                        xlsx.flush();
                    }
                });
                xlsx.finish();
                workbook.finish();
            }
        });
        return written[0];
    }

    /**
     * A cell as the import reads it back: a reference's code (a retailer's customer code), a choice's
     * label, yes/no in the language, a plain number; "" for no holder or no value (an unset number).
     */
    public static String text(EObject holder, EStructuralFeature feature, Locale locale) {
        if (holder == null || feature.isUnsettable() && !holder.eIsSet(feature)) {
            return ""; //$NON-NLS-1$
        }
        Object v = holder.eGet(feature);
        if (v == null) {
            return ""; //$NON-NLS-1$
        } else if (v instanceof Retailer r) {
            return r.getCustomerCode();
        } else if (v instanceof EObject e && e.eClass().getEStructuralFeature("code") != null) { //$NON-NLS-1$
            Object code = e.eGet(e.eClass().getEStructuralFeature("code")); //$NON-NLS-1$
            return code == null ? "" : code.toString(); //$NON-NLS-1$
        } else if (v instanceof Enumerator e) {
            return ModelLabels.valueLabel(e, locale);
        } else if (v instanceof Boolean b) {
            return OutputText.get(b ? "yes" : "no", locale); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }
}
