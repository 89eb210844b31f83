package org.retailerdesk.exports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.security.Operation;
import org.retailerdesk.store.Store;

/** What an {@link ExportFormat} is given to write: the retailers, the columns, the options. */
public interface ExportContext {

    /** The columns chosen, in order. */
    List<ExportColumn> columns();

    /** The character set of text formats (UTF-8 unless the user chose another, e.g. GBK). */
    Charset encoding();

    /** The language of labels and values in the file (Chinese unless chosen otherwise). */
    Locale locale();

    /**
     * The store, for what belongs to a retailer (operating records, images); priority households
     * through {@link #households}.
     */
    Store store();

    /**
     * The retailer's priority-household records, for a format that writes them (sensitive values
     * come masked). Exporting household data needs {@link Operation#EXPORT_HOUSEHOLDS}: the first
     * call checks it, and a user who may not fails the export here (the denial is audited, no file
     * is left).
     *
     * @throws org.retailerdesk.store.AccessDeniedException when the signed-in user may not export households
     */
    List<PriorityHousehold> households(Retailer retailer);

    /** How many retailers the export is expected to write (deleted meanwhile: fewer). */
    long total();

    /**
     * Hands every retailer of the export to the sink, page by page from the store, and reports
     * progress.
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException when the user cancels
     */
    void forEachRetailer(RetailerSink sink) throws IOException;

    /** Receives the retailers of an export one at a time. */
    @FunctionalInterface
    interface RetailerSink {
        void accept(Retailer retailer) throws IOException;
    }
}
