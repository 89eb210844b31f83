package org.retailerdesk.store.derby.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** The embedded database in a folder, booted in this JVM by {@link DerbyStore#open()}. */
final class EmbeddedTarget implements Target {

    private final Path folder;

    EmbeddedTarget(Path folder) {
        this.folder = folder;
    }

    @Override
    public Connection connect(String user, char[] password) throws SQLException {
        return connect(user, password, null);
    }

    /** A connection with extra URL attributes (create, boot password, encryption), or none. */
    Connection connect(String user, char[] password, String attributes) throws SQLException {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(folder.toString());
        ds.setUser(user);
        ds.setPassword(new String(password));
        if (attributes != null) {
            ds.setConnectionAttributes(attributes);
        }
        return ds.getConnection();
    }

    @Override
    public String describe() {
        return folder.toString();
    }
}
