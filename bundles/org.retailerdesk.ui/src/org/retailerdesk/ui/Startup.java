package org.retailerdesk.ui;

import java.time.Duration;
import java.time.Instant;

/**
 * Start-up milestones for the start-up benchmark. With {@code -Dretailerdesk.startupTiming=true}
 * each milestone prints one line {@code RETAILERDESK-STARTUP <name> <ms since process start>}.
 */
public final class Startup {

    public static final String PROPERTY = "retailerdesk.startupTiming";

    private Startup() {
    }

    public static void mark(String milestone) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long ms = Duration.between(start, Instant.now()).toMillis();
        System.out.println("RETAILERDESK-STARTUP " + milestone + " " + ms);
        System.out.flush();
    }
}
