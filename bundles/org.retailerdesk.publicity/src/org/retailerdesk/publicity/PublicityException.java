package org.retailerdesk.publicity;

/**
 * Input that cannot be stored (a policy or record with problems, an empty selection) or an export
 * that could not be written; the message is for the user, in the UI's language.
 */
public class PublicityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PublicityException(String message) {
        super(message);
    }
}
