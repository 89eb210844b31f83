package org.retailerdesk.exports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file format retailers can be exported in, contributed through the extension point
 * {@code org.retailerdesk.exports.formats} (see its schema). A new instance serves each export.
 * <p>
 * The format only writes: {@link RetailerExport} opens a temporary file beside the target, hands
 * its stream here, and moves it into place once this returns normally. On an exception or a
 * cancellation ({@link org.eclipse.core.runtime.OperationCanceledException} thrown out of
 * {@link ExportContext#forEachRetailer}) the temporary file is deleted.
 */
public interface ExportFormat {

    /**
     * Writes the context's retailers, with its columns, to the stream. Read them with
     * {@link ExportContext#forEachRetailer}, which pages through the store and reports progress;
     * never collect them all in memory. Do not close the stream.
     *
     * @throws ExportException for bad data, with a message for the user naming retailer and column
     */
    void write(ExportContext context, OutputStream out) throws IOException;
}
