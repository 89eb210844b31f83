package org.retailerdesk.exports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.internal.Messages;
import org.retailerdesk.imports.AbstractDryRun;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.FieldChange;
import org.retailerdesk.imports.ImportRow;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * The report of an import's dry run as CSV, for reading in a spreadsheet: one line per row of the
 * file with its status, key, reasons for rejection, warnings and changes, then one line per entry
 * the commit creates (a retailer file with "create missing references"), in the product's language.
 * Written through {@link CsvCells} and a temporary file, in place only when complete.
 */
public final class ImportReport {

    private static final String SEPARATOR = "; "; //$NON-NLS-1$

    private ImportReport() {
    }

    /** @throws ExportException when the file cannot be written; no file is left */
    public static void write(AbstractDryRun<? extends ImportRow> dryRun, Path target, Charset encoding) {
        Path file = target.toAbsolutePath().normalize();
        List<Entity> created = dryRun instanceof DryRun retailers ? retailers.created() : List.of();
        try {
            AtomicFile.write(file, out -> {
                CsvCells cells = CsvCells.open(out, encoding);
                for (String h : List.of(Messages.Report_row, Messages.Report_status, Messages.Report_key,
                        Messages.Report_rejections, Messages.Report_warnings, Messages.Report_changes)) {
                    cells.text(h);
                }
                cells.endRow();
                for (ImportRow r : dryRun.rows()) {
                    cells.number(r.row());
                    cells.text(r.status().label());
                    cells.text(r.key());
                    cells.text(r.rejections().stream().map(x -> x.column() + ": " + x.reason()) //$NON-NLS-1$
                            .collect(Collectors.joining(SEPARATOR)));
                    cells.text(r.warnings().stream().map(x -> x.column() + ": " + x.reason()) //$NON-NLS-1$
                            .collect(Collectors.joining(SEPARATOR)));
                    cells.text(r.changes().stream().map(FieldChange::toString).collect(Collectors.joining(SEPARATOR)));
                    cells.endRow();
                }
                for (Entity e : created) {
                    cells.text(null);
                    cells.text(Messages.Report_created);
                    cells.text(EntityLabels.label(e));
                    cells.text(null);
                    cells.text(null);
                    cells.text(ModelLabels.label(e.eClass()));
                    cells.endRow();
                }
                cells.flush();
            });
        } catch (IOException e) {
            throw new ExportException(NLS.bind(Messages.Export_writeFailed, file, e.getMessage()), e);
        }
    }
}
