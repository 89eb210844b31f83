package org.retailerdesk.store;

/**
 * A write refused because a value that must be unique is taken already (a customer code, a
 * licence number, a publicity record's or a visit's key), possibly by a write of another
 * workstation since the caller last read. Nothing of the transaction was kept.
 */
public class DuplicateKeyException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
