package org.retailerdesk.backup.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** Derby reached beside the store, as someone holding the files and keys could: to damage a backup, to try a key. */
final class RawDatabase {

    private RawDatabase() {
    }

    static String key(Path home, String file) {
        try {
            return Files.readString(home.resolve("keys").resolve(file), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Boots the database in that folder as its owner with that boot key and those extra attributes. */
    static Connection connect(Path home, Path db, String bootKey) throws SQLException {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(db.toString());
        ds.setUser("APP");
        ds.setPassword(key(home, "owner.key"));
        ds.setConnectionAttributes("bootPassword=" + bootKey);
        return ds.getConnection();
    }

    /** Shuts down the database in that folder, booted with the owner key of that data folder. */
    static void shutdown(Path home, Path db) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(db.toString());
        ds.setUser("APP");
        ds.setPassword(key(home, "owner.key"));
        ds.setShutdownDatabase("shutdown");
        try {
            ds.getConnection().close();
        } catch (SQLException expected) {
            // Derby answers a shutdown with an exception
        }
    }

    /** Copies a data folder's keys into another data folder (a second machine given the keys). */
    static void copyKeys(Path from, Path to) {
        try {
            Path keys = Files.createDirectories(to.resolve("keys"));
            for (String f : new String[] { "boot.key", "owner.key" }) {
                Files.copy(from.resolve("keys").resolve(f), keys.resolve(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
