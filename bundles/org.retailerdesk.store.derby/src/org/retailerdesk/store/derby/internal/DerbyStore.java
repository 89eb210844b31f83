package org.retailerdesk.store.derby.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.retailerdesk.model.Entity;
import org.retailerdesk.store.Access;
import org.retailerdesk.store.AllocationQueries;
import org.retailerdesk.store.AuditTrail;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.DataFolder;
import org.retailerdesk.store.Entities;
import org.retailerdesk.store.PublicityQueries;
import org.retailerdesk.store.RetailerQueries;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreChanges;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.store.UnitOfWork;
import org.retailerdesk.store.Users;
import org.retailerdesk.store.VisitQueries;

/**
 * The store on embedded Apache Derby in {@code <data folder>/db}: the database's lifecycle and the
 * assembly of one SQL class per role ({@link EntitySql}, {@link RetailerListSql}, {@link BulkLoader},
 * {@link AuditSql}, {@link PublicitySql}, {@link AllocationTotalsSql}, {@link VisitSql},
 * {@link ChangeBus}). Nothing is booted until {@link #open()}, so registering the service costs
 * nothing at start-up.
 */
@Component(service = Store.class)
public class DerbyStore implements Store {

    /** Derby's page cache (4 KB pages): the retailer indexes at 500 000 rows fit, the default 1 000 pages do not. */
    private static final String PAGE_CACHE_PAGES = "16000"; //$NON-NLS-1$

    private final Path home;
    /** Owner rights on the database files: this process boots them (one desk, the centre's server). */
    private final Owner owner;
    private final Database db = new Database();
    private final AccessSql access = new AccessSql(db);
    private final DerbyUsers users;
    private final IdAllocator ids = new IdAllocator(db::connection);
    private final RetailerIndexes retailerIndexes = new RetailerIndexes(db.schema.retailer());
    private final SearchIndexer searchIndexer = new SearchIndexer(db::connection, retailerIndexes);
    private final ChangeBus changes = new ChangeBus();
    private final Writing writing = new Writing(db, ids, retailerIndexes, searchIndexer, changes, access);
    private final EntitySql entities = new EntitySql(writing);
    /** Every role this store offers, by its interface. */
    private final Map<Class<?>, Object> roles;
    private StoreInfo info;

    /** The service's store: the user's data folder. */
    public DerbyStore() {
        this(DataFolder.resolve());
    }

    /** A store in the given data folder (tests, benchmarks, command-line tools). */
    public DerbyStore(Path home) {
        this.home = home;
        this.owner = new Owner(home.resolve("db"), Keys.of(home)); //$NON-NLS-1$
        this.users = new DerbyUsers(owner.target(), db, access, owner::connect);
        this.roles = roles();
    }

    private Map<Class<?>, Object> roles() {
        return Map.of(
            Users.class, users,
            Access.class, access,
            RetailerQueries.class, new RetailerListSql(db, changes),
            BulkLoad.class, new BulkLoader(writing),
            AuditTrail.class, new AuditSql(db, access),
            StoreChanges.class, changes,
            PublicityQueries.class, new PublicitySql(db),
            AllocationQueries.class, new AllocationTotalsSql(db),
            VisitQueries.class, new VisitSql(db));
    }

    public Path databaseFolder() {
        return home.resolve("db"); //$NON-NLS-1$
    }

    @Override
    public synchronized StoreInfo open() {
        if (info != null) {
            return info;
        }
        Path folder = databaseFolder();
        try {
            Files.createDirectories(home);
        } catch (java.io.IOException e) {
            throw new StoreException(NLS.bind(Messages.DerbyStore_cannotCreateFolder, home, e.getMessage()), e);
        }
        // Derby writes its log beside the database rather than into the working directory.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
        }
        if (System.getProperty("derby.storage.pageCacheSize") == null) { //$NON-NLS-1$
            System.setProperty("derby.storage.pageCacheSize", PAGE_CACHE_PAGES); //$NON-NLS-1$
        }
        boolean[] created = new boolean[1];
        try {
            int version = owner.boot(created);
            String engine;
            try (Connection c = owner.connect()) {
                engine = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
                if (!RetailerIndexes.backlog(c).isEmpty()) {
                    // the indexer writes as the signed-in user: it starts with the sign-in
                    db.onSignIn(searchIndexer::start);
                }
                c.commit();
            }
            db.opened();
            info = new StoreInfo(folder, version, engine, created[0]);
            return info;
        } catch (SQLException e) {
            shutdownDatabase(folder);
            throw new StoreException(NLS.bind(Messages.DerbyStore_cannotOpen, folder, describe(e)), e);
        } catch (RuntimeException e) {
            shutdownDatabase(folder);
            throw e;
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return info != null;
    }

    /**
     * A new connection to the open database as its owner (without auto-commit), who may change the
     * schema: for tests that take a database back to an older version. The caller closes it.
     */
    public Connection ownerConnection() throws SQLException {
        return owner.connect();
    }

    /** A new connection to the open database as the signed-in user (without auto-commit); the caller closes it. */
    public Connection connection() throws SQLException {
        return db.connection();
    }

    @Override
    @Deactivate
    public void close() {
        // outside the lock: the indexer's last transaction needs connection()
        searchIndexer.stop();
        closeDatabase();
    }

    private synchronized void closeDatabase() {
        if (info != null) {
            db.closed();
            shutdownDatabase(databaseFolder());
            info = null;
        }
    }

    @Override
    public <R> R role(Class<R> role) {
        Object r = role == Store.class || role == Entities.class ? this : roles.get(role);
        if (r == null) {
            throw new IllegalArgumentException("this store has no role " + role.getName()); //$NON-NLS-1$
        }
        return role.cast(r);
    }

    /**
     * Holds the background search indexer (true) or lets it work off the backlog (false); tests
     * use it to query retailers that are still in the backlog.
     */
    public void pauseSearchIndexing(boolean pause) {
        searchIndexer.pause(pause);
    }

    @Override
    public <T extends Entity> T get(Class<T> type, long id) {
        return entities.get(type, id);
    }

    @Override
    public <T extends Entity> List<T> findAll(Class<T> type) {
        return entities.findAll(type);
    }

    @Override
    public <T extends Entity> List<T> findBy(Class<T> type, long retailerId) {
        return entities.findBy(type, retailerId);
    }

    @Override
    public <T extends Entity> List<T> findByReference(Class<T> type, String reference, long targetId) {
        return entities.findByReference(type, reference, targetId);
    }

    @Override
    public <T extends Entity> T resolve(T entity) {
        return entities.resolve(entity);
    }

    @Override
    public <R> R write(UnitOfWork<R> work) {
        return entities.write(work);
    }

    /**
     * Shuts down the Derby database in that folder if it is booted in this JVM, as its owner (whose
     * key is beside it, in {@code <data folder>/keys} or where {@code retailerdesk.keys} says).
     */
    public static void shutdownDatabase(Path db) {
        Keys keys = Keys.of(db.getParent());
        shutdownDatabase(db, Owner.USER, keys.has(Keys.OWNER) ? keys.read(Keys.OWNER).toCharArray() : new char[0]);
    }

    static void shutdownDatabase(Path db, String user, char[] password) {
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(db.toString());
        stop.setUser(user);
        stop.setPassword(new String(password));
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
