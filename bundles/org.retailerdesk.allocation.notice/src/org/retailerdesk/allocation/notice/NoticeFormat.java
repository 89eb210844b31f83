package org.retailerdesk.allocation.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.notice.internal.Messages;
import org.retailerdesk.allocation.notice.internal.PdfNotice;
import org.retailerdesk.allocation.notice.internal.XlsxNotice;
import org.retailerdesk.exports.AtomicFile;

/** The files a public notice (公示) is written as. */
public enum NoticeFormat {
    /** A workbook: the round and its rules, per grade, per group, and the retailer list, one sheet each. */
    XLSX("xlsx"), //$NON-NLS-1$
    /** A printable A4 document with the Chinese system font embedded. */
    PDF("pdf"); //$NON-NLS-1$

    private final String extension;

    NoticeFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file name extension, without the dot */
    public String extension() {
        return extension;
    }

    /**
     * Writes the notice whole or not at all: on any failure no file is left behind and an existing
     * one is kept as it was.
     *
     * @throws AllocationException naming the file and the cause, in the user's language
     * @throws org.retailerdesk.exports.ExportException when no Chinese font is found for the PDF
     *         (no file is left either)
     */
    public void write(Notice notice, Path target) {
        try {
            AtomicFile.write(target, out -> writeTo(notice, out));
        } catch (IOException e) {
            throw new AllocationException(NLS.bind(Messages.Notice_writeFailed, target, e.getMessage()), e);
        }
    }

    private void writeTo(Notice notice, OutputStream out) throws IOException {
        switch (this) {
        case XLSX -> XlsxNotice.write(notice, out);
        case PDF -> PdfNotice.write(notice, out);
        }
    }
}
