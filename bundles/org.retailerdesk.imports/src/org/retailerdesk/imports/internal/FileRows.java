package org.retailerdesk.imports.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.FieldMapping;
import org.retailerdesk.imports.ImportException;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.MappedField;

/**
 * Every data row of an import file, read whole before anything is checked (so duplicates inside
 * the file are known): the first step of each dry run, whatever the record.
 *
 * @param source how the file was read (encoding or sheet)
 * @param rows   the non-empty data rows, in file order; at least one
 */
public record FileRows(String source, List<SourceRow> rows) {

    private static final int CHECK_EVERY = 1000;

    /**
     * Reads the file after checking that its header is the mapping's and has a column for each
     * required field.
     *
     * @param missing the message for a missing required column: {0} file, {1} zh name, {2} en name
     * @throws ImportException when the file as a whole cannot be imported
     * @throws OperationCanceledException when cancelled
     */
    public static FileRows read(Path file, ImportOptions options, FieldMapping<?> mapping,
            List<? extends MappedField> required, String missing, IProgressMonitor monitor) {
        SubMonitor reading = SubMonitor.convert(monitor, 100);
        List<SourceRow> rows = new ArrayList<>();
        String source;
        try (Table table = Table.open(file, options)) {
            if (!table.headers().equals(mapping.headers())) {
                throw new ImportException(file, 1, null, NLS.bind(Messages.Import_headersChanged, file.getFileName()), null);
            }
            if (IntStream.range(0, mapping.columns()).allMatch(i -> mapping.field(i) == null)) {
                throw new ImportException(file, 1, null, NLS.bind(Messages.Import_noHeader, file.getFileName()), null);
            }
            for (MappedField f : required) {
                if (mapping.column(f) < 0) {
                    throw new ImportException(file, 1, f.label(), NLS.bind(missing,
                            new Object[] { file.getFileName(), f.label(Locale.CHINESE), f.label(Locale.ENGLISH) }), null);
                }
            }
            source = table.describe();
            for (SourceRow row; (row = table.next()) != null;) {
                rows.add(row);
                if (rows.size() % CHECK_EVERY == 0) {
                    cancelled(reading);
                    reading.setWorkRemaining(100).worked(1);
                    reading.subTask(NLS.bind(Messages.DryRun_reading, rows.size()));
                }
            }
        }
        if (rows.isEmpty()) {
            throw new ImportException(file, 0, null, NLS.bind(Messages.Import_noData, file.getFileName()), null);
        }
        return new FileRows(source, rows);
    }

    public static void cancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
