package org.retailerdesk.cli;

/**
 * A command-line tool cannot start its work; the message says why in the user's language and the
 * tool exits with {@link #exitCode()}.
 */
public class CommandLineException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandLineException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public CommandLineException(int exitCode, String message) {
        this(exitCode, message, null);
    }

    /** {@link CommandLineSession#EXIT_FAILED} or {@link CommandLineSession#EXIT_USAGE}. */
    public int exitCode() {
        return exitCode;
    }
}
