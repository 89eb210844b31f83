package org.retailerdesk.exports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.internal.Messages;
import org.retailerdesk.exports.internal.QueryPages;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.security.Operation;
import org.retailerdesk.store.Store;

/**
 * Runs an export: counts the retailers, lets the format write them into a temporary file beside
 * the target, and moves that file into place at the end. On failure or cancellation the
 * temporary file is deleted and an existing target is left as it was: there is never a
 * half-written file. Call it from a Job or a command line, never from the UI thread.
 */
public final class RetailerExport {

    /** How often the progress text (n of total written) is updated. */
    private static final int PROGRESS_ROWS = 1000;

    private RetailerExport() {
    }

    /**
     * @param monitor progress in retailers written; cancel it to stop (the method then throws
     *                {@link OperationCanceledException} and leaves no file)
     * @throws ExportException for a format's error (e.g. a character the encoding lacks) or a
     *                         failed write, with a message for the user
     */
    public static ExportResult run(Store store, ExportFormatDescriptor format, ExportRequest request, Path target,
            IProgressMonitor monitor) {
        long start = System.nanoTime();
        Path file = target.toAbsolutePath().normalize();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Export_task, file.getFileName()), 100);
        if (request.scope() instanceof ExportScope.Filter f && f.query().priorityHousehold() != null) {
            // which retailers are priority households is household data, whatever the columns
            store.access().require(Operation.EXPORT_HOUSEHOLDS, file.getFileName().toString());
        }
        ExportFormat writer = format.create();
        Context context = new Context(store, request, file.getFileName().toString(), progress.split(1));
        try {
            context.progress = progress.split(99).setWorkRemaining((int) Math.min(Integer.MAX_VALUE, context.total));
            AtomicFile.write(file, out -> writer.write(context, out));
            return new ExportResult(context.rows, file, System.nanoTime() - start);
        } catch (IOException e) {
            throw new ExportException(NLS.bind(Messages.Export_writeFailed, file, e.getMessage()), e);
        }
    }

    /** The context the format writes from: pages through the scope, counts rows, reports progress. */
    private static final class Context implements ExportContext {

        private final Store store;
        private final ExportRequest request;
        private final String fileName;
        private final long total;
        private SubMonitor progress;
        private long rows;
        private boolean mayExportHouseholds;

        Context(Store store, ExportRequest request, String fileName, IProgressMonitor counting) {
            this.store = store;
            this.request = request;
            this.fileName = fileName;
            this.total = switch (request.scope()) {
            case ExportScope.Filter f -> store.retailers().count(f.query());
            case ExportScope.Selection s -> s.retailerIds().size();
            };
            counting.done();
        }

        @Override
        public List<ExportColumn> columns() {
            return request.columns();
        }

        @Override
        public Charset encoding() {
            return request.encoding();
        }

        @Override
        public Locale locale() {
            return request.locale();
        }

        @Override
        public Store store() {
            return store;
        }

        @Override
        public List<PriorityHousehold> households(Retailer retailer) {
            if (!mayExportHouseholds) {
                store.access().require(Operation.EXPORT_HOUSEHOLDS, fileName);
                mayExportHouseholds = true;
            }
            return store.findBy(PriorityHousehold.class, retailer.getId());
        }

        @Override
        public long total() {
            return total;
        }

        @Override
        public void forEachRetailer(RetailerSink sink) throws IOException {
            switch (request.scope()) {
            case ExportScope.Filter f -> QueryPages.forEach(store, f.query(), r -> deliver(r, sink));
            case ExportScope.Selection s -> selection(s.retailerIds(), sink);
            }
        }

        private void selection(List<Long> ids, RetailerSink sink) throws IOException {
            for (Long id : ids) {
                Retailer r = store.get(Retailer.class, id);
                if (r != null) {
                    deliver(r, sink);
                }
            }
        }

        private void deliver(Retailer r, RetailerSink sink) throws IOException {
            checkCancel();
            sink.accept(r);
            rows++;
            progress.worked(1);
            if (rows % PROGRESS_ROWS == 0) {
                progress.subTask(NLS.bind(Messages.Export_progress, rows, total));
            }
        }

        private void checkCancel() {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
    }
}
