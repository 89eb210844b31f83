package org.retailerdesk.store.derby.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.retailerdesk.store.Connectivity;
import org.retailerdesk.store.DataFolder;
import org.retailerdesk.store.Entities;
import org.retailerdesk.store.PublicityQueries;
import org.retailerdesk.store.RetailerQueries;
import org.retailerdesk.store.ServerAddress;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreChanges;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.store.UnitOfWork;
import org.retailerdesk.store.Users;
import org.retailerdesk.store.VisitQueries;

/**
 * The store on Apache Derby: embedded in {@code <data folder>/db}, or a workstation's client of the
 * centre's network server when {@code -Dretailerdesk.db} or {@code RETAILERDESK_DB} names one
 * ({@code //host:port/name}, {@link ClientTarget}): the database's lifecycle and the
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
    /**
     * Owner rights on the database files where this process boots them (one desk, the centre's
     * server); null on a workstation, which reaches the server through {@link #client}.
     */
    private final Owner owner;
    private final ClientTarget client;
    private final Database db = new Database();
    private final AccessSql access = new AccessSql(db);
    private final DerbyUsers users;
    private final IdAllocator ids = new IdAllocator(db::connection);
    private final RetailerIndexes retailerIndexes = new RetailerIndexes(db.schema.retailer());
    private final SearchIndexer searchIndexer = new SearchIndexer(db::connection, retailerIndexes);
    private final ChangeBus changes = new ChangeBus();
    private final Writing writing = new Writing(db, ids, retailerIndexes, searchIndexer, changes, access);
    private final EntitySql entities = new EntitySql(writing);
    /** What other workstations write, on a workstation; null for the embedded database. */
    private final RemoteChanges remote;
    /** Every role this store offers, by its interface. */
    private final Map<Class<?>, Object> roles;
    private StoreInfo info;

    /** The service's store: the configured server, else the user's data folder. */
    public DerbyStore() {
        this(DataFolder.resolve(), ServerAddress.configured());
    }

    /** A store on the embedded database in the given data folder (tests, benchmarks, the server). */
    public DerbyStore(Path home) {
        this(home, (ServerAddress) null);
    }

    /**
     * A workstation's store on a centre's server (tests, benchmarks).
     *
     * @param home   the data folder, for Derby's log only
     * @param server {@code //host:port/name}
     */
    public DerbyStore(Path home, String server) {
        this(home, ServerAddress.parse(server));
    }

    private DerbyStore(Path home, ServerAddress server) {
        this.home = home;
        if (server == null) {
            this.owner = new Owner(home.resolve("db"), Keys.of(home)); //$NON-NLS-1$
            this.client = null;
            this.remote = null;
            this.users = new DerbyUsers(owner.target(), db, access, owner::connect);
        } else {
            this.owner = null;
            this.client = new ClientTarget(server);
            this.remote = new RemoteChanges(db, changes, client.link());
            // connections kept from before the loss are broken: the next call connects anew
            client.link().addListener(online -> db.discardIdleConnections());
            this.users = new DerbyUsers(client, db, access, null);
        }
        this.roles = roles();
    }

    private Map<Class<?>, Object> roles() {
        return Map.ofEntries(
            Map.entry(Users.class, users),
            Map.entry(Access.class, access),
            Map.entry(Connectivity.class, client != null ? client.link() : new AlwaysOnline()),
            Map.entry(RetailerQueries.class, new RetailerListSql(db, changes)),
            Map.entry(BulkLoad.class, new BulkLoader(writing)),
            Map.entry(AuditTrail.class, new AuditSql(db, access)),
            Map.entry(StoreChanges.class, changes),
            Map.entry(PublicityQueries.class, new PublicitySql(db)),
            Map.entry(AllocationQueries.class, new AllocationTotalsSql(db)),
            Map.entry(VisitQueries.class, new VisitSql(db)));
    }

    /** The folder of the database's keys (and the server's TLS key store), see {@link Keys}. */
    public Path keysFolder() {
        return Keys.of(home).folder();
    }

    public Path databaseFolder() {
        return home.resolve("db"); //$NON-NLS-1$
    }

    @Override
    public synchronized StoreInfo open() {
        if (info != null) {
            return info;
        }
        if (client != null) {
            info = openClient();
            client.link().opened();
            db.opened();
            remote.start();
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
            info = new StoreInfo(folder, null, version, engine, created[0]);
            return info;
        } catch (SQLException e) {
            shutdownDatabase(folder);
            throw new StoreException(NLS.bind(Messages.DerbyStore_cannotOpen, folder, describe(e)), e);
        } catch (RuntimeException e) {
            shutdownDatabase(folder);
            throw e;
        }
    }

    /**
     * A workstation opens nothing: it checks that the server answers and serves the schema this
     * product needs (the sign-in gate may read the schema history). The server migrates.
     */
    private StoreInfo openClient() {
        String where = client.describe();
        try (Connection c = client.connect(Owner.GATE, Owner.GATE_PASSWORD)) {
            try (Statement st = c.createStatement()) {
                st.execute("SET SCHEMA " + ConnectionPool.SCHEMA); //$NON-NLS-1$
            }
            int version = Migrator.currentVersion(c);
            if (version != Migrator.latestVersion()) {
                throw new StoreException(NLS.bind(Messages.Server_schemaMismatch,
                        new Object[] { where, version, Migrator.latestVersion() }));
            }
            String engine = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion(); //$NON-NLS-1$
            return new StoreInfo(null, where, version, engine, false);
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.Server_unreachable, where, describe(e)), e);
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
        if (owner == null) {
            throw new SQLException("a workstation has no owner rights", "42504"); //$NON-NLS-1$ //$NON-NLS-2$
        }
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
        if (client != null) {
            remote.stop();
            client.link().close();
        }
        closeDatabase();
    }

    private synchronized void closeDatabase() {
        if (info != null) {
            db.closed();
            if (owner != null) {
                shutdownDatabase(databaseFolder());
            }
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
