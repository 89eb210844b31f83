package org.retailerdesk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.backup.internal.Messages;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.derby.internal.DatabaseFiles;
import org.retailerdesk.store.derby.internal.TableFigures;

/**
 * Verified backups of a data folder's database, and the restore from one (headless: the
 * command-line tools and the centre's server use it). A backup is a folder holding the database
 * copy ({@code db}) and its {@link BackupManifest}; by default {@code <data folder>/backups/<time>}.
 * It is encrypted like the database: opening it needs the boot key of its time, so the keys folder
 * is to be kept apart from the backups.
 */
public final class Backups {

    /** The folder name of the database copy in a backup folder (Derby's backup names it after the database's). */
    static final String DATABASE = "db"; //$NON-NLS-1$
    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"); //$NON-NLS-1$

    /** A backup just taken: its folder and manifest. */
    public record Taken(Path folder, BackupManifest manifest) {
    }

    private final Path home;
    private final DatabaseFiles files;

    /** The backups of the database in that data folder. */
    public Backups(Path home) {
        this.home = home;
        this.files = new DatabaseFiles(home);
    }

    /** Where backups go unless told otherwise: {@code <data folder>/backups}. */
    public Path folder() {
        return home.resolve("backups"); //$NON-NLS-1$
    }

    /** The database's files and keys (restore, rekey, whether the database is in use). */
    public DatabaseFiles files() {
        return files;
    }

    /**
     * Takes an online backup into that folder (null: a new folder named after the time under
     * {@link #folder()}), verifies it — a copy opened with the boot key must show the figures the live
     * database had at the backup point — and writes the manifest beside it. A backup that fails the
     * check is deleted.
     *
     * @param live the owner's connections to the live database (e.g. {@code DerbyStore::ownerConnection})
     * @param to a folder that does not exist yet or is empty, or null
     * @return the verified backup
     * @throws StoreException when the backup failed or did not verify
     */
    public Taken take(Callable<Connection> live, Path to) {
        Path folder = prepare(to == null ? newFolder() : to.toAbsolutePath());
        boolean kept = false;
        try {
            Instant taken = Instant.now();
            long started = System.nanoTime();
            TableFigures figures = files.backup(live, folder);
            long held = (System.nanoTime() - started) / 1_000_000;
            String key = files.bootKeyFingerprint();
            check(figures, files.figuresOfBackup(folder.resolve(DATABASE), key), folder);
            BackupManifest manifest = new BackupManifest(taken, files.database().toString(), key, held, figures);
            manifest.write(folder);
            kept = true;
            return new Taken(folder, manifest);
        } finally {
            if (!kept) {
                DatabaseFiles.deleteTree(folder);
            }
        }
    }

    /**
     * Opens a copy of the backup in that folder and compares its figures with its manifest.
     *
     * @return the manifest, when they agree
     * @throws StoreException when the folder is no backup, its key is missing or the figures differ
     */
    public BackupManifest verify(Path folder) {
        BackupManifest manifest = BackupManifest.read(folder);
        check(manifest.figures(), files.figuresOfBackup(folder.resolve(DATABASE), manifest.bootKey()), folder);
        return manifest;
    }

    /**
     * Replaces the database by the backup in that folder, after checking the backup against its
     * manifest; the restored database is checked again before it stays (see
     * {@link DatabaseFiles#restore}). Nothing may have the database open.
     *
     * @return where the previous database was moved, or null when there was none
     * @throws StoreException when the backup does not verify, the database is in use or the restore
     *         failed; the current database is then in place, unchanged
     */
    public Path restore(Path folder) {
        BackupManifest manifest = verify(folder);
        return files.restore(folder.resolve(DATABASE), manifest.bootKey(), manifest.figures());
    }

    /**
     * Deletes the oldest backups under {@link #folder()}, keeping the newest {@code keep} (by the time
     * in their manifests). Folders without a manifest are not backups and are left alone.
     *
     * @return the folders deleted, oldest first
     */
    public List<Path> prune(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup: " + keep); //$NON-NLS-1$
        }
        record Dated(Path folder, Instant when) {
        }
        List<Dated> backups = new ArrayList<>();
        if (Files.isDirectory(folder())) {
            try (Stream<Path> children = Files.list(folder())) {
                for (Path child : children.filter(p -> Files.isRegularFile(p.resolve(BackupManifest.FILE))).toList()) {
                    backups.add(new Dated(child, BackupManifest.read(child).taken()));
                }
            } catch (IOException e) {
                throw new StoreException(NLS.bind(Messages.Backups_cannotList, folder(), e.getMessage()), e);
            }
        }
        backups.sort(Comparator.comparing(Dated::when));
        List<Path> deleted = new ArrayList<>();
        for (Dated t : backups.subList(0, Math.max(0, backups.size() - keep))) {
            DatabaseFiles.deleteTree(t.folder());
            deleted.add(t.folder());
        }
        return deleted;
    }

    private static void check(TableFigures expected, TableFigures found, Path folder) {
        List<String> differences = expected.differences(found);
        if (!differences.isEmpty()) {
            throw new StoreException(NLS.bind(Messages.Backups_mismatch, folder, String.join("; ", differences))); //$NON-NLS-1$
        }
    }

    private Path newFolder() {
        String name = LocalDateTime.now().format(FOLDER_NAME);
        Path folder = folder().resolve(name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = folder().resolve(name + "-" + n); //$NON-NLS-1$
        }
        return folder;
    }

    /** Creates the backup folder; one that exists must be empty (a backup never mixes with other files). */
    private static Path prepare(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> in = Files.list(folder)) {
                    if (in.findAny().isPresent()) {
                        throw new StoreException(NLS.bind(Messages.Backups_notEmpty, folder));
                    }
                }
            }
            Files.createDirectories(folder);
            return folder;
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Backups_cannotCreate, folder, e.getMessage()), e);
        }
    }
}
