package org.retailerdesk.store;

import java.nio.file.Path;

/**
 * The user's RetailerDesk data folder: {@code -Dretailerdesk.home=...}, else the environment
 * variable {@code RETAILERDESK_HOME}, else {@code ~/.retailerdesk}.
 */
public final class DataFolder {

    public static final String PROPERTY = "retailerdesk.home";
    public static final String ENVIRONMENT = "RETAILERDESK_HOME";

    private DataFolder() {
    }

    public static Path resolve() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".retailerdesk");
    }
}
