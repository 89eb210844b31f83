package org.retailerdesk.store.derby.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.store.StoreException;

/**
 * What the owner of a data folder's database does with its files and {@link Keys}, beside the
 * store: an online backup with the figures of every table at the backup point, the figures of a
 * backup (opened as a copy), a restore that keeps the current database until the restored one is
 * verified, and the change of the boot key. Only a process holding the keys folder can.
 *
 * <h2>The backup point</h2>
 * Derby's online backup ({@code SYSCS_BACKUP_DATABASE}) lets writers go on, so its copy is of no
 * instant a reader could also see. The backup therefore runs in a transaction of the owner that first
 * holds a share lock on every table: writes wait (reads go on), the figures are read in that
 * transaction, the backup copies exactly that state, and the commit lets the writers go. Derby's
 * freeze ({@code SYSCS_FREEZE_DATABASE}) is no alternative: it stops log writes, not page changes,
 * so a frozen database still holds uncommitted rows, a reader waits for their writers and they for
 * the freeze; and the backup procedure itself waits until the database is unfrozen.
 * <p>
 * Taking the locks one table after another could deadlock with a writer that holds one table and
 * wants another already locked (Derby would break it only after 20 s, and pick the writer, who holds
 * fewer locks). So no lock is waited for longer than {@value #LOCK_PATIENCE_MILLIS} ms: a watchdog
 * interrupts the wait, which makes Derby close the connection and release every lock taken, and the
 * backup starts again a moment later with a new connection. Writers are held up at most that long
 * by an attempt that fails, and for the figures and the copy by the one that succeeds.
 */
public final class DatabaseFiles {

    /** The new boot key while it is being applied; see {@link #rekey()}. */
    static final String PENDING_BOOT = "boot.key.new"; //$NON-NLS-1$
    /** Boot keys replaced by a rotation, kept for the backups made with them. */
    static final String RETIRED = "retired"; //$NON-NLS-1$
    /** The file Derby holds an OS lock on while a JVM has the database booted. */
    private static final String LOCK_FILE = "dbex.lck"; //$NON-NLS-1$
    private static final Set<String> LOCK_FILES = Set.of("db.lck", LOCK_FILE); //$NON-NLS-1$
    private static final long LOCK_PATIENCE_MILLIS = 200;
    private static final long BUSY_GIVE_UP_MILLIS = 60_000;
    private static final String INTERRUPTED = "08000"; //$NON-NLS-1$
    private static final String DEADLOCK = "40001"; //$NON-NLS-1$
    private static final String WRONG_BOOT_PASSWORD = "XBM06"; //$NON-NLS-1$
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"); //$NON-NLS-1$

    private final Path db;
    private final Keys keys;
    private final EmbeddedTarget target;

    /** The database of that data folder ({@code <home>/db}) and its keys. */
    public DatabaseFiles(Path home) {
        this.db = home.resolve("db"); //$NON-NLS-1$
        this.keys = Keys.of(home);
        this.target = new EmbeddedTarget(db);
    }

    public Path database() {
        return db;
    }

    public Path keysFolder() {
        return keys.folder();
    }

    /**
     * A short fingerprint of the current boot key, for a backup's manifest: it names the key that
     * opens the backup and tells nothing of the key itself.
     */
    public String bootKeyFingerprint() {
        return fingerprint(keys.read(Keys.BOOT));
    }

    /**
     * Backs the live database up into {@code <to>/db} while the others keep working (their writes wait
     * for the figures and the copy), and returns the figures of every table at the backup point.
     *
     * @param live new connections as the database's owner to the live database, e.g.
     *        {@code DerbyStore::ownerConnection} (embedded, in this JVM: a lock wait is cut short by an interrupt)
     * @param to a folder without a {@code db} in it, on the machine that runs the database
     * @throws StoreException when the backup failed or writers kept the tables locked for a minute
     */
    public TableFigures backup(Callable<Connection> live, Path to) {
        long giveUp = System.currentTimeMillis() + BUSY_GIVE_UP_MILLIS;
        try (LockWatchdog watchdog = new LockWatchdog()) {
            for (int attempt = 1;; attempt++) {
                Connection c = null;
                try {
                    c = connect(live);
                    c.setAutoCommit(false);
                    if (watchdog.lockAll(c, TableFigures.tables(c))) {
                        TableFigures figures = TableFigures.of(c, checksumKey());
                        try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) { //$NON-NLS-1$
                            cs.setString(1, to.toAbsolutePath().toString());
                            cs.execute();
                        }
                        c.commit();
                        return figures;
                    }
                } catch (SQLException e) {
                    if (!watchdog.gaveUp(e)) {
                        throw new StoreException(NLS.bind(BackupMessages.Backup_failed, to, DerbyStore.describe(e)), e);
                    }
                } finally {
                    discard(c);
                }
                if (System.currentTimeMillis() > giveUp) {
                    throw new StoreException(BackupMessages.Backup_busy);
                }
                pause(ThreadLocalRandom.current().nextLong(20, 50L * Math.min(attempt, 10)));
            }
        }
    }

    /**
     * Takes share locks on tables one after another, none waited for longer than the patience: an
     * interrupt then ends the wait (and, in Derby, the connection, releasing what it held).
     */
    private static final class LockWatchdog implements AutoCloseable {

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "backup lock watchdog"); //$NON-NLS-1$
            t.setDaemon(true);
            return t;
        });
        private final Object guard = new Object();
        private boolean armed;

        /** @return true when every table is locked; false when a wait was cut short (the connection is gone) */
        boolean lockAll(Connection c, List<String> tables) throws SQLException {
            Thread me = Thread.currentThread();
            try (Statement st = c.createStatement()) {
                for (String table : tables) {
                    synchronized (guard) {
                        armed = true;
                    }
                    ScheduledFuture<?> alarm = timer.schedule(() -> {
                        synchronized (guard) {
                            if (armed) {
                                me.interrupt();
                            }
                        }
                    }, LOCK_PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
                    try {
                        st.execute("LOCK TABLE APP." + table + " IN SHARE MODE"); //$NON-NLS-1$ //$NON-NLS-2$
                    } finally {
                        synchronized (guard) {
                            armed = false;
                        }
                        alarm.cancel(false);
                    }
                    if (Thread.interrupted()) {
                        // the alarm rang as the lock was granted: give way all the same
                        return false;
                    }
                }
            } catch (SQLException e) {
                Thread.interrupted();
                throw e;
            }
            return true;
        }

        /** True for the failures an attempt ends with when it gave way to a writer. */
        boolean gaveUp(SQLException e) {
            return hasState(e, INTERRUPTED) || hasState(e, DEADLOCK);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    /**
     * The figures of the backup in that folder, read from a copy of it booted on its own (a boot
     * writes to a database's files, and the backup must stay as it was made).
     *
     * @param fingerprint the fingerprint of the boot key the backup was made with (its manifest says)
     */
    public TableFigures figuresOfBackup(Path backupDb, String fingerprint) {
        String boot = bootKey(fingerprint);
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(backupDb.toAbsolutePath().getParent(), "verify-"); //$NON-NLS-1$
            Path copy = scratch.resolve(backupDb.getFileName());
            copyTree(backupDb, copy);
            return figuresOf(copy, "bootPassword=" + boot); //$NON-NLS-1$
        } catch (IOException | SQLException e) {
            throw new StoreException(NLS.bind(BackupMessages.Backup_cannotOpen, backupDb, describe(e)), e);
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
    }

    /** Boots the database in that folder with those attributes, reads its figures and shuts it down. */
    private TableFigures figuresOf(Path folder, String attributes) throws SQLException {
        char[] owner = ownerPassword();
        Connection c = null;
        try {
            c = new EmbeddedTarget(folder).connect(Owner.USER, owner, attributes);
            c.setAutoCommit(false);
            TableFigures figures = TableFigures.of(c, checksumKey());
            c.commit();
            return figures;
        } finally {
            discard(c);
            DerbyStore.shutdownDatabase(folder, Owner.USER, owner);
        }
    }

    /**
     * True when a JVM (the workbench, the centre's server, a command-line tool, this one) has the
     * database booted: Derby holds an OS lock on a file in its folder meanwhile, which dies with the
     * process, so a crashed one leaves no false alarm.
     */
    public boolean inUse() {
        Path lock = db.resolve(LOCK_FILE);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = ch.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new StoreException(NLS.bind(BackupMessages.Files_cannotCheck, lock, e.getMessage()), e);
        }
    }

    /**
     * Replaces the database by the backup in that folder: the current database is moved aside first,
     * the backup restored with Derby's {@code restoreFrom}, and its figures compared with the
     * expected ones; on any difference or failure the restored copy is removed and the current
     * database put back. The boot key file follows the restored database (a backup made before a
     * key rotation opens with the key of its time, which then becomes the current one).
     *
     * @return where the previous database was moved (null when there was none); the caller decides when to delete it
     * @throws StoreException when the database is in use, the backup's key is missing, the restore
     *         failed or the restored database does not match; the current database is then in place
     */
    public Path restore(Path backupDb, String fingerprint, TableFigures expected) {
        requireUnused();
        String boot = bootKey(fingerprint);
        Path aside = null;
        boolean done = false;
        try {
            if (Files.exists(db)) {
                aside = db.resolveSibling(db.getFileName() + ".before-restore-" + LocalDateTime.now().format(STAMP)); //$NON-NLS-1$
                Files.move(db, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            TableFigures found = figuresOf(db, "restoreFrom=" + backupDb.toAbsolutePath() + ";bootPassword=" + boot); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> differences = expected.differences(found);
            if (!differences.isEmpty()) {
                throw new StoreException(NLS.bind(BackupMessages.Restore_mismatch, String.join("; ", differences))); //$NON-NLS-1$
            }
            adoptBootKey(boot);
            done = true;
            return aside;
        } catch (IOException | SQLException e) {
            throw new StoreException(NLS.bind(BackupMessages.Restore_failed, backupDb, describe(e)), e);
        } finally {
            if (!done) {
                putBack(aside);
            }
        }
    }

    private void putBack(Path aside) {
        if (Files.exists(db)) {
            DerbyStore.shutdownDatabase(db, Owner.USER, ownerPassword());
            deleteTree(db);
        }
        if (aside != null) {
            try {
                Files.move(aside, db, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new StoreException(NLS.bind(BackupMessages.Restore_cannotPutBack, aside, db), e);
            }
        }
    }

    /**
     * Re-encrypts the database with a new random boot key (Derby's {@code newBootPassword}) and then
     * makes it the current key. The new key is written to {@value #PENDING_BOOT} before Derby is asked
     * and becomes {@code boot.key} only once the database opens with it; the old key is kept in
     * {@value #RETIRED} for the backups made with it. A process that dies in between leaves both
     * files: the next rekey (which runs {@link #settlePendingKey()} first) tries which one opens the
     * database and keeps that.
     *
     * @return the fingerprint of the new key
     * @throws StoreException when the database is in use or Derby refused; the key file then still opens it
     */
    public String rekey() {
        requireUnused();
        settlePendingKey();
        String old = keys.read(Keys.BOOT);
        String fresh = keys.create(PENDING_BOOT);
        char[] owner = ownerPassword();
        StoreException refused = null;
        try (Connection c = target.connect(Owner.USER, owner, "bootPassword=" + old + ";newBootPassword=" + fresh)) { //$NON-NLS-1$ //$NON-NLS-2$
            SQLWarning w = c.getWarnings();
            if (w != null) {
                // Derby: the change succeeded only without warnings; which key opens it is settled below
                refused = new StoreException(NLS.bind(BackupMessages.Rekey_refused, w.getMessage()));
            }
        } catch (SQLException e) {
            refused = new StoreException(NLS.bind(BackupMessages.Rekey_refused, DerbyStore.describe(e)), e);
        } finally {
            DerbyStore.shutdownDatabase(db, Owner.USER, owner);
        }
        settlePendingKey();
        if (!keys.read(Keys.BOOT).equals(fresh)) {
            throw refused != null ? refused : new StoreException(NLS.bind(BackupMessages.Rekey_refused, "")); //$NON-NLS-1$
        }
        return fingerprint(fresh);
    }

    /**
     * After a rotation cut short: keeps whichever of {@code boot.key} and {@value #PENDING_BOOT} opens
     * the database as {@code boot.key} and removes the pending file; nothing to do without one.
     */
    void settlePendingKey() {
        if (!keys.has(PENDING_BOOT)) {
            return;
        }
        String pending = keys.read(PENDING_BOOT);
        String current = keys.read(Keys.BOOT);
        if (!opensWith(current)) {
            if (!opensWith(pending)) {
                throw new StoreException(NLS.bind(BackupMessages.Rekey_neither, keys.folder().resolve(Keys.BOOT),
                        keys.folder().resolve(PENDING_BOOT)));
            }
            retire(current);
            keys.write(Keys.BOOT, pending);
        }
        try {
            Files.delete(keys.folder().resolve(PENDING_BOOT));
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Keys_cannotWrite, keys.folder().resolve(PENDING_BOOT), e.getMessage()), e);
        }
    }

    /** Boots the database with that key and shuts it down again; false when the key is not its key. */
    private boolean opensWith(String boot) {
        char[] owner = ownerPassword();
        try (Connection c = target.connect(Owner.USER, owner, "bootPassword=" + boot)) { //$NON-NLS-1$
            return true;
        } catch (SQLException e) {
            if (hasState(e, WRONG_BOOT_PASSWORD)) {
                return false;
            }
            throw new StoreException(NLS.bind(Messages.DerbyStore_cannotOpen, db, DerbyStore.describe(e)), e);
        } finally {
            DerbyStore.shutdownDatabase(db, Owner.USER, owner);
        }
    }

    /** @throws StoreException when another program has the database open (see {@link #inUse()}) */
    public void requireUnused() {
        if (inUse()) {
            throw new StoreException(NLS.bind(BackupMessages.Files_inUse, db));
        }
    }

    /** The boot key with that fingerprint: the current one, or one a rotation retired. */
    private String bootKey(String fingerprint) {
        String current = keys.read(Keys.BOOT);
        if (fingerprint(current).equals(fingerprint)) {
            return current;
        }
        Keys retired = retiredKeys();
        String name = retiredName(fingerprint);
        if (!retired.has(name)) {
            throw new StoreException(NLS.bind(BackupMessages.Keys_noKeyFor, fingerprint, retired.folder().resolve(name)));
        }
        return retired.read(name);
    }

    /** Makes that key (a restored backup's) the current one, keeping the replaced one among the retired. */
    private void adoptBootKey(String boot) {
        String current = keys.read(Keys.BOOT);
        if (!current.equals(boot)) {
            retire(current);
            keys.write(Keys.BOOT, boot);
        }
    }

    private void retire(String key) {
        retiredKeys().write(retiredName(fingerprint(key)), key);
    }

    private Keys retiredKeys() {
        return new Keys(keys.folder().resolve(RETIRED));
    }

    private static String retiredName(String fingerprint) {
        return "boot-" + fingerprint + ".key"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String fingerprint(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }

    private char[] ownerPassword() {
        return keys.read(Keys.OWNER).toCharArray();
    }

    /** The owner's key keys the checksums: it never changes, so old manifests stay comparable. */
    private byte[] checksumKey() {
        return keys.read(Keys.OWNER).getBytes(StandardCharsets.US_ASCII);
    }

    /** Copies a database folder, without the lock files of the JVM that may have it booted. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(p);
                if (relative.getNameCount() == 1 && LOCK_FILES.contains(relative.toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new StoreException(NLS.bind(BackupMessages.Files_cannotDelete, folder, e.getMessage()), e);
        }
    }

    private static Connection connect(Callable<Connection> live) throws SQLException {
        try {
            return live.call();
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** Rolls back what a connection still holds and closes it; it may be gone already (an interrupted lock wait). */
    private static void discard(Connection c) {
        if (c == null) {
            return;
        }
        try {
            if (!c.isClosed()) {
                c.rollback();
            }
        } catch (SQLException e) {
            // closed meanwhile: nothing held any more
        }
        try {
            c.close();
        } catch (SQLException e) {
            // as above
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(BackupMessages.Backup_busy, e);
        }
    }

    static boolean hasState(SQLException e, String state) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (state.equals(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        return e instanceof SQLException s ? DerbyStore.describe(s) : String.valueOf(e.getMessage());
    }
}
