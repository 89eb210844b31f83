package org.retailerdesk.allocation.internal;

import org.retailerdesk.allocation.RoundSpec;

/** Opens the package-private command-line parser to the tests (same package, in the fragment). */
public final class CommandLineAccess {

    private CommandLineAccess() {
    }

    public static RoundSpec parse(String... args) {
        return CommandLine.parse(args).spec;
    }
}
