package org.retailerdesk.store.derby.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.retailerdesk.store.DataFolder;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;

/**
 * The store on embedded Apache Derby in {@code <data folder>/db}. Nothing is booted until
 * {@link #open()}, so registering the service costs nothing at start-up.
 */
@Component(service = Store.class)
public class DerbyStore implements Store {

    private final Path home;
    private EmbeddedDataSource dataSource;
    private StoreInfo info;

    /** The service's store: the user's data folder. */
    public DerbyStore() {
        this(DataFolder.resolve());
    }

    /** A store in the given data folder (tests, benchmarks, command-line tools). */
    public DerbyStore(Path home) {
        this.home = home;
    }

    public Path databaseFolder() {
        return home.resolve("db");
    }

    @Override
    public synchronized StoreInfo open() {
        if (info != null) {
            return info;
        }
        Path db = databaseFolder();
        try {
            Files.createDirectories(home);
        } catch (java.io.IOException e) {
            throw new StoreException(NLS.bind(Messages.DerbyStore_cannotCreateFolder, home, e.getMessage()), e);
        }
        // Derby writes its log beside the database rather than into the working directory.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
        }
        boolean created = !Files.exists(db);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(db.toString());
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection()) {
            int version = new Migrator(Migrator.MIGRATIONS).migrate(c);
            String engine = c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion();
            dataSource = ds;
            info = new StoreInfo(db, version, engine, created);
            return info;
        } catch (SQLException e) {
            shutdownDatabase(db);
            throw new StoreException(NLS.bind(Messages.DerbyStore_cannotOpen, db, describe(e)), e);
        } catch (RuntimeException e) {
            shutdownDatabase(db);
            throw e;
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return info != null;
    }

    /** A new connection to the open database; the caller closes it. */
    public Connection connection() throws SQLException {
        EmbeddedDataSource ds;
        synchronized (this) {
            if (dataSource == null) {
                throw new StoreException(Messages.DerbyStore_notOpen);
            }
            ds = dataSource;
        }
        Connection c = ds.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    @Override
    @Deactivate
    public synchronized void close() {
        if (dataSource != null) {
            shutdownDatabase(databaseFolder());
            dataSource = null;
            info = null;
        }
    }

    /** Shuts down the Derby database in that folder if it is booted in this JVM. */
    public static void shutdownDatabase(Path db) {
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(db.toString());
        stop.setShutdownDatabase("shutdown");
        try {
            stop.getConnection().close();
        } catch (SQLException expected) {
            // Derby always answers a shutdown with an exception: 08006 when it shut the database
            // down, another state when it was not booted. Either way nothing is left open.
        }
    }

    /** Derby chains the useful reason (locked folder, disk full) behind a generic message. */
    static String describe(SQLException e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable t = e.getCause() != null ? e.getCause() : e.getNextException(); t != null; t = t.getCause()) {
            sb.append(" / ").append(t.getMessage());
            if (t == t.getCause()) {
                break;
            }
        }
        return sb.toString();
    }
}
