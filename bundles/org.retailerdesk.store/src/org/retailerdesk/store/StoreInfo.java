package org.retailerdesk.store;

import java.nio.file.Path;

/**
 * What an open store reports about itself.
 *
 * @param location      folder of the database files
 * @param schemaVersion schema version after migrations
 * @param engine        product name and version of the database engine
 * @param created       true when this opening created a new, empty database
 */
public record StoreInfo(Path location, int schemaVersion, String engine, boolean created) {
}
