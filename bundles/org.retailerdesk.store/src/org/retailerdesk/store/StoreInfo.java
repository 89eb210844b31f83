package org.retailerdesk.store;

import java.nio.file.Path;

/**
 * What an open store reports about itself.
 *
 * @param location      folder of the database files, or null when they are on a server
 * @param server        the server's address ({@code //host:port/name}) for a workstation, or null
 * @param schemaVersion schema version after migrations
 * @param engine        product name and version of the database engine
 * @param created       true when this opening created a new, empty database
 */
public record StoreInfo(Path location, String server, int schemaVersion, String engine, boolean created) {

    /** @return where the database is, for people: the server's address or the folder */
    public String where() {
        return server != null ? server : location.toString();
    }
}
