package org.retailerdesk.store.derby.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.osgi.service.component.annotations.Deactivate;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.CoverageCount;
import org.retailerdesk.store.DataFolder;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.store.UnitOfWork;
import org.retailerdesk.store.VisitQueries;

/**
 * The store on embedded Apache Derby in {@code <data folder>/db}. Nothing is booted until
 * {@link #open()}, so registering the service costs nothing at start-up. Every call takes a
 * connection of its own (embedded connections are cheap and Derby caches compiled statements
 * engine-wide), so the store may be used from several Jobs at once.
 */
@Component(service = Store.class)
public class DerbyStore implements Store {

    /** Derby's page cache (4 KB pages): the retailer indexes at 500 000 rows fit, the default 1 000 pages do not. */
    private static final String PAGE_CACHE_PAGES = "16000"; //$NON-NLS-1$
    /** Rows per IN list when a page's rows are read by id. */
    private static final int IDS_PER_SELECT = 200;

    private final Path home;
    private final Schema schema = new Schema();
    private final ReferenceCache cache = new ReferenceCache(schema, this::connection);
    private final IdAllocator ids = new IdAllocator(this::connection);
    private final RetailerIndexes retailerIndexes = new RetailerIndexes(schema.retailer());
    private final SearchIndexer searchIndexer = new SearchIndexer(this::connection, retailerIndexes);
    /** Writes committed so far; a cached answer is good while this has not moved. Counted after each commit. */
    private final AtomicLong writes = new AtomicLong();
    /**
     * The matches of the last text search answered by gathering them all (see
     * {@code TextSearch#gather}): its count and its other pages are then read from here, not
     * searched again, until the next write.
     */
    private volatile Gathered lastGathered;

    /** @param query the search, normalized to its first one-row page */
    private record Gathered(RetailerQuery query, long writes, List<Long> ids) {
    }
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
        if (System.getProperty("derby.storage.pageCacheSize") == null) { //$NON-NLS-1$
            System.setProperty("derby.storage.pageCacheSize", PAGE_CACHE_PAGES); //$NON-NLS-1$
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
            if (!RetailerIndexes.backlog(c).isEmpty()) {
                searchIndexer.start();
            }
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
    public void close() {
        // outside the lock: the indexer's last transaction needs connection()
        searchIndexer.stop();
        closeDatabase();
    }

    private synchronized void closeDatabase() {
        if (dataSource != null) {
            shutdownDatabase(databaseFolder());
            dataSource = null;
            info = null;
            cache.clear();
        }
    }

    @Override
    public <T extends Entity> T get(Class<T> type, long id) {
        return read(session -> {
            EObject found = session.get(schema.eClass(type), id);
            // a cached instance is shared by every reference to it: hand out a copy to edit
            return type.cast(found != null && Schema.cached(found.eClass()) ? copy(found) : found);
        });
    }

    @Override
    public <T extends Entity> List<T> findAll(Class<T> type) {
        return read(session -> {
            List<T> out = new ArrayList<>();
            for (EntityTable t : schema.tablesOf(schema.eClass(type))) {
                for (EObject o : session.select(t, "", List.of())) { //$NON-NLS-1$
                    out.add(type.cast(o));
                }
            }
            out.sort((a, b) -> Long.compare(a.getId(), b.getId()));
            return out;
        });
    }

    @Override
    public <T extends Entity> List<T> findBy(Class<T> type, long retailerId) {
        List<EntityTable> tables = schema.tablesOf(schema.eClass(type));
        if (tables.isEmpty() || tables.stream().anyMatch(t -> t.isRetailer() || !t.hasRetailer())) {
            throw new IllegalArgumentException(type.getSimpleName() + " does not belong to a retailer"); //$NON-NLS-1$
        }
        return read(session -> {
            List<T> out = new ArrayList<>();
            for (EntityTable t : tables) {
                for (EObject o : session.select(t, t.retailerColumnName() + " = ?", List.of(retailerId))) { //$NON-NLS-1$
                    out.add(type.cast(o));
                }
            }
            out.sort((a, b) -> Long.compare(a.getId(), b.getId()));
            return out;
        });
    }

    @Override
    public <T extends Entity> List<T> findByReference(Class<T> type, String reference, long targetId) {
        EClass eClass = schema.eClass(type);
        if (!(eClass.getEStructuralFeature(reference) instanceof EReference r) || r.isMany()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no reference " + reference); //$NON-NLS-1$
        }
        return read(session -> {
            List<T> out = new ArrayList<>();
            for (EntityTable t : schema.tablesOf(eClass)) {
                for (EObject o : session.select(t, Naming.column(r) + " = ?", List.of(targetId))) { //$NON-NLS-1$
                    out.add(type.cast(o));
                }
            }
            out.sort((a, b) -> Long.compare(a.getId(), b.getId()));
            return out;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Entity> T resolve(T entity) {
        if (entity == null || !entity.eIsProxy()) {
            return entity;
        }
        return (T) read(session -> session.get(entity.eClass(), entity.getId()));
    }

    @Override
    public <R> R write(String actor, UnitOfWork<R> work) {
        try (Connection c = connection()) {
            JdbcTransaction tx = new JdbcTransaction(c, schema, cache, ids, retailerIndexes, actor);
            try {
                R result = work.run(tx);
                tx.commit();
                writes.incrementAndGet();
                if (tx.retailersInBacklog()) {
                    searchIndexer.start();
                }
                return result;
            } catch (SQLException e) {
                tx.rollback();
                throw Failures.of(e);
            } catch (RuntimeException | Error e) {
                tx.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public <T extends Entity> long bulkInsert(String actor, Class<T> type, Iterable<? extends T> entities) {
        EntityTable t = schema.table(schema.eClass(type));
        long stored = 0;
        Iterator<? extends T> it = entities.iterator();
        List<T> chunk = new ArrayList<>(BULK_CHUNK);
        try {
            while (it.hasNext()) {
                chunk.clear();
                while (it.hasNext() && chunk.size() < BULK_CHUNK) {
                    chunk.add(it.next());
                }
                try {
                    insertChunk(actor, t, chunk);
                } catch (SQLException | StoreException e) {
                    writes.incrementAndGet();
                    StoreException cause = e instanceof SQLException sql ? Failures.of(sql) : (StoreException) e;
                    throw new StoreException(NLS.bind(Messages.Store_bulkFailed, stored, cause.getMessage()), e);
                }
                stored += chunk.size();
                writes.incrementAndGet();
            }
        } finally {
            if (t.isRetailer() && stored > 0) {
                searchIndexer.start();
            }
        }
        return stored;
    }

    @Override
    public long searchIndexBacklog() {
        try {
            return searchIndexer.pending();
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public boolean awaitSearchIndex(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            return searchIndexer.await(unit.toMillis(timeout));
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    /**
     * Holds the background search indexer (true) or lets it work off the backlog (false); tests
     * use it to query retailers that are still in the backlog.
     */
    public void pauseSearchIndexing(boolean pause) {
        searchIndexer.pause(pause);
    }

    /** One chunk of a bulk insert: one transaction, one batch, one audit row. */
    private void insertChunk(String actor, EntityTable t, List<? extends Entity> chunk) throws SQLException {
        BulkRows.checkNew(t, chunk);
        long first = ids.reserve(chunk.size());
        try (Connection c = connection()) {
            RetailerIndexes.Changes changes = retailerIndexes.changes();
            Audit audit = new Audit(c, java.time.Instant.now(), actor);
            try {
                BulkRows.insert(c, t, chunk, first, changes, audit, new PublishedRounds(c));
                changes.flush(c);
                audit.flush();
                audit.close();
                c.commit();
                if (Schema.cached(t.eClass())) {
                    cache.clear();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                for (Entity x : chunk) {
                    EntityTable.setIdAndVersion(x, 0, 0);
                }
                throw e;
            }
        }
    }

    @Override
    public List<Retailer> findRetailersByKeys(Collection<String> customerCodes, Collection<String> licenceNumbers) {
        return read(session -> {
            EntityTable t = schema.retailer();
            Map<Long, Retailer> byId = new TreeMap<>();
            selectIn(session, t, "CUSTOMER_CODE", List.copyOf(new java.util.LinkedHashSet<>(customerCodes)), byId); //$NON-NLS-1$
            selectIn(session, t, "LICENCE_NUMBER", List.copyOf(new java.util.LinkedHashSet<>(licenceNumbers)), byId); //$NON-NLS-1$
            return new ArrayList<>(byId.values());
        });
    }

    /** Reads the rows whose column has one of the values, {@value #IDS_PER_SELECT} values per statement. */
    private static void selectIn(Session session, EntityTable t, String column, List<?> values, Map<Long, Retailer> out)
            throws SQLException {
        for (int from = 0; from < values.size(); from += IDS_PER_SELECT) {
            List<?> part = values.subList(from, Math.min(values.size(), from + IDS_PER_SELECT));
            String in = column + " IN (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (EObject o : session.select(t, in, part)) {
                out.putIfAbsent(EntityTable.idOf(o), (Retailer) o);
            }
        }
    }

    @Override
    public List<VisitQueries.DayCount> countVisitsByDay(java.time.LocalDate from, java.time.LocalDate to,
            Long districtId) {
        return read(session -> VisitSql.countByDay(session, from, to, districtId));
    }

    @Override
    public List<org.retailerdesk.model.Visit> findVisits(long visitorId, java.time.LocalDate from,
            java.time.LocalDate to) {
        return read(session -> VisitSql.findVisits(session, visitorId, from, to));
    }

    @Override
    public Page<VisitQueries.LastVisit> findRetailersNotVisitedSince(RetailerQuery query, java.time.LocalDate since) {
        return read(session -> VisitSql.notVisitedSince(session, query, since));
    }

    @Override
    public Page<Retailer> findRetailers(RetailerQuery query) {
        return read(session -> page(session, query, true));
    }

    @Override
    public List<Retailer> findRetailerRows(RetailerQuery query) {
        return read(session -> page(session, query, false).rows());
    }

    /** @param counted false: the page's total is left 0 unless it comes free with the rows */
    private Page<Retailer> page(Session session, RetailerQuery query, boolean counted) throws SQLException {
        RetailerQuerySql.TextSearch search = textSearch(session, query);
        long total;
        List<Long> pageIds;
        if (search != null && search.gather()) {
            List<Long> all = gathered(session, query, search);
            total = all.size();
            pageIds = all.subList(Math.min(query.offset(), all.size()),
                    (int) Math.min((long) query.offset() + query.size(), all.size()));
        } else {
            // a bigram's count comes from the token counts, and tells how to find its first pages
            boolean count = counted || search != null && search.tokensOnly();
            total = count ? count(session, query, search) : 0;
            pageIds = pageIds(session, query, search, total);
        }
        Map<Long, Retailer> byId = new HashMap<>();
        EntityTable t = schema.retailer();
        for (int from = 0; from < pageIds.size(); from += IDS_PER_SELECT) {
            List<Long> part = pageIds.subList(from, Math.min(pageIds.size(), from + IDS_PER_SELECT));
            String in = EntityTable.ID + " IN (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            for (EObject o : session.select(t, in, part)) {
                byId.put(EntityTable.idOf(o), (Retailer) o);
            }
        }
        List<Retailer> rows = new ArrayList<>(pageIds.size());
        for (Long id : pageIds) {
            rows.add(byId.get(id));
        }
        return new Page<>(rows, total, query.offset());
    }

    private List<Long> pageIds(Session session, RetailerQuery query, RetailerQuerySql.TextSearch search, long total)
            throws SQLException {
        long retailers = query.text() == null ? total : count(session, RetailerQuery.all(), null);
        RetailerQuerySql sql = new RetailerQuerySql(query, search);
        List<Long> ids = new ArrayList<>(query.size());
        try (PreparedStatement ps = session.connection.prepareStatement(sql.pageIds(total, retailers))) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The gathered matches of the query, from the last search if it was this one and nothing was written since. */
    private List<Long> gathered(Session session, RetailerQuery query, RetailerQuerySql.TextSearch search)
            throws SQLException {
        RetailerQuery key = query.page(0, 1);
        long before = writes.get();
        Gathered last = lastGathered;
        if (last != null && last.query().equals(key) && last.writes() == before) {
            return last.ids();
        }
        List<Long> ids = List.copyOf(gatherMatches(session, query, search));
        lastGathered = new Gathered(key, before, ids);
        return ids;
    }

    /** Every match's id in the query's order, sorted here (the same order as Derby's: by key, then id). */
    private static List<Long> gatherMatches(Session session, RetailerQuery query, RetailerQuerySql.TextSearch search)
            throws SQLException {
        record Match(long id, Comparable<Object> key) {
        }
        RetailerQuerySql sql = new RetailerQuerySql(query, search);
        List<Match> matches = new ArrayList<>();
        try (PreparedStatement ps = session.connection.prepareStatement(sql.matchesWithSortKey())) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    @SuppressWarnings("unchecked")
                    Comparable<Object> key = (Comparable<Object>) rs.getObject(2);
                    matches.add(new Match(rs.getLong(1), key));
                }
            }
        }
        java.util.Comparator<Match> order = java.util.Comparator.comparing(Match::key)
                .thenComparingLong(Match::id);
        matches.sort(query.ascending() ? order : order.reversed());
        List<Long> ids = new ArrayList<>(matches.size());
        matches.forEach(m -> ids.add(m.id()));
        return ids;
    }

    @Override
    public long count(RetailerQuery query) {
        return read(session -> count(session, query, textSearch(session, query)));
    }

    private long count(Session session, RetailerQuery query, RetailerQuerySql.TextSearch search) throws SQLException {
        if (search != null && search.gather()) {
            // as cheap as counting, and the list's next read of this search finds the matches ready
            return gathered(session, query, search).size();
        }
        if (RetailerQuerySql.countable(query)) {
            return gradeCounts(session, query, search).values().stream().mapToLong(Long::longValue).sum();
        }
        RetailerQuerySql sql = new RetailerQuerySql(query, search);
        try (PreparedStatement ps = session.connection.prepareStatement(sql.count())) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public SortedMap<Integer, Long> countByGrade(RetailerQuery query) {
        return read(session -> gradeCounts(session, query, textSearch(session, query)));
    }

    private static SortedMap<Integer, Long> gradeCounts(Session session, RetailerQuery query,
            RetailerQuerySql.TextSearch search) throws SQLException {
        RetailerQuerySql sql = new RetailerQuerySql(query, search);
        String select = RetailerQuerySql.countable(query) ? sql.gradeCountsFromCells() : sql.gradeCounts();
        SortedMap<Integer, Long> out = new TreeMap<>();
        try (PreparedStatement ps = session.connection.prepareStatement(select)) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getLong(2) > 0) {
                        out.put(rs.getInt(1), rs.getLong(2));
                    }
                }
            }
        }
        return out;
    }

    private static RetailerQuerySql.TextSearch textSearch(Session session, RetailerQuery query) throws SQLException {
        return query.text() == null ? null : RetailerQuerySql.TextSearch.of(session.connection, query.text());
    }

    @Override
    public List<CoverageCount> publicityCoverage(RetailerQuery retailers, long policyId, LocalDate from, LocalDate to) {
        return read(session -> {
            RetailerQuerySql sql = new RetailerQuerySql(retailers, textSearch(session, retailers));
            List<CoverageCount> out = new ArrayList<>();
            try (PreparedStatement ps = session.connection.prepareStatement(sql.coverage(policyId, from, to))) {
                sql.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(2);
                        Long manager = rs.wasNull() ? null : id;
                        out.add(new CoverageCount(rs.getLong(1), manager, rs.getLong(3), rs.getLong(4)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, PublicityRecord> latestPublicity(long policyId, Collection<Long> retailerIds, LocalDate from,
            LocalDate to) {
        EntityTable t = schema.table(RetailerdeskPackage.Literals.PUBLICITY_RECORD);
        String retailer = Naming.column(RetailerdeskPackage.Literals.PUBLICITY_RECORD__RETAILER);
        String date = Naming.column(RetailerdeskPackage.Literals.PUBLICITY_RECORD__DATE);
        StringBuilder range = new StringBuilder(Naming.column(RetailerdeskPackage.Literals.PUBLICITY_RECORD__POLICY))
                .append(" = ?"); //$NON-NLS-1$
        List<Object> fixed = new ArrayList<>(List.of(policyId));
        if (from != null) {
            range.append(" AND ").append(date).append(" >= ?"); //$NON-NLS-1$ //$NON-NLS-2$
            fixed.add(java.sql.Date.valueOf(from));
        }
        if (to != null) {
            range.append(" AND ").append(date).append(" <= ?"); //$NON-NLS-1$ //$NON-NLS-2$
            fixed.add(java.sql.Date.valueOf(to));
        }
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(retailerIds));
        return read(session -> {
            Map<Long, PublicityRecord> latest = new HashMap<>();
            for (int at = 0; at < ids.size(); at += IDS_PER_SELECT) {
                List<Long> part = ids.subList(at, Math.min(ids.size(), at + IDS_PER_SELECT));
                List<Object> params = new ArrayList<>(fixed);
                params.addAll(part);
                String where = range + " AND " + retailer + " IN (" //$NON-NLS-1$ //$NON-NLS-2$
                        + String.join(", ", Collections.nCopies(part.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (EObject o : session.select(t, where, params)) {
                    PublicityRecord r = (PublicityRecord) o;
                    latest.merge(r.getRetailer().getId(), r, (a, b) -> later(a, b) ? a : b);
                }
            }
            return latest;
        });
    }

    /** True when a is the later record: by date, then by id (written later). */
    private static boolean later(PublicityRecord a, PublicityRecord b) {
        int byDate = a.getDate().compareTo(b.getDate());
        return byDate > 0 || byDate == 0 && a.getId() > b.getId();
    }

    @Override
    public List<org.retailerdesk.store.AllocationTotals> allocationTotals(Collection<Long> roundIds,
            java.time.LocalDate from, java.time.LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends " + to + " before it starts " + from); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<Long> rounds = List.copyOf(new java.util.TreeSet<>(roundIds));
        return read(session -> AllocationTotalsSql.read(session.connection, rounds, from, to));
    }

    @Override
    public Page<AuditEntry> auditTrail(long retailerId, int offset, int size) {
        return read(session -> Audit.trail(session.connection, retailerId, offset, size));
    }

    @Override
    public void auditReveal(String actor, Entity entity, String field, String reason) {
        if (entity.eClass().getEStructuralFeature(field) == null) {
            throw new IllegalArgumentException(entity.eClass().getName() + " has no field " + field); //$NON-NLS-1$
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reveal needs a reason"); //$NON-NLS-1$
        }
        EntityTable t = schema.table(entity.eClass());
        try (Connection c = connection()) {
            try {
                // the retailer comes from the stored row, not from what the caller's copy says
                EntityTable.Row stored = entity.getId() == 0 ? null : new Session(c, schema, cache).row(t, entity.getId());
                if (stored == null) {
                    throw new StoreException(NLS.bind(Messages.Store_notSaved, t.eClass().getName()));
                }
                Audit audit = new Audit(c, java.time.Instant.now(), actor);
                audit.add(AuditAction.REVEAL, t, entity.getId(), t.retailerOf(stored), field, null, reason.strip());
                audit.flush();
                audit.close();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    private interface Read<R> {
        R run(Session session) throws SQLException;
    }

    private <R> R read(Read<R> work) {
        try (Connection c = connection()) {
            try {
                return work.run(new Session(c, schema, cache));
            } finally {
                c.commit();
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    private static EObject copy(EObject o) {
        return org.eclipse.emf.ecore.util.EcoreUtil.copy(o);
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
