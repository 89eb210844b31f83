package org.retailerdesk.allocation;

/**
 * The round cannot be computed or stored as specified (bad supply, no eligible retailer, weights
 * that sum to 0, ...). The message is localised (zh/en) and fit to show to a user; nothing has been
 * stored when it is thrown.
 */
public class AllocationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AllocationException(String message) {
        super(message);
    }

    public AllocationException(String message, Throwable cause) {
        super(message, cause);
    }
}
