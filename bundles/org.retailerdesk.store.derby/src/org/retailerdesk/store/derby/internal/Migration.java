package org.retailerdesk.store.derby.internal;

/**
 * One versioned step of the schema, its SQL in {@code migrations/V<version>__<name>.sql} of this bundle.
 * Statements are separated by a semicolon at the end of a line; lines starting with {@code --} are comments.
 */
public record Migration(int version, String name) {

    public String resource() {
        return "/migrations/V" + version + "__" + name + ".sql";
    }
}
