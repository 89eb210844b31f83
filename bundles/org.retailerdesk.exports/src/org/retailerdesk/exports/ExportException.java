package org.retailerdesk.exports;

/** An export failed; the message is for the user (Chinese or English) and names what was wrong. */
public class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
