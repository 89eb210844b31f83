package org.retailerdesk.retailers;

/**
 * A licence event or a reassignment the rules refuse, with a message for the user that says what
 * is wrong (in the default locale). Nothing of it was written.
 */
public class ChangeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChangeRefusedException(String message) {
        super(message);
    }

    public ChangeRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
