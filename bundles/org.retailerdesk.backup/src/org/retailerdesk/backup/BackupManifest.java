package org.retailerdesk.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.backup.internal.Messages;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.derby.internal.TableFigures;
import org.retailerdesk.store.derby.internal.TableFigures.Figure;

/**
 * What a backup folder says of itself, in {@value #FILE} beside the database copy: when it was
 * taken, of which database, the fingerprint of the boot key that opens it, how long writes were
 * held, and the row count and checksum of every table at the backup point. A folder without it is
 * no (finished) backup.
 */
public record BackupManifest(Instant taken, String database, String bootKey, long heldMillis, TableFigures figures) {

    public static final String FILE = "manifest.properties"; //$NON-NLS-1$
    private static final String FORMAT = "1"; //$NON-NLS-1$
    private static final String TABLE = "table."; //$NON-NLS-1$
    private static final String ROWS = ".rows"; //$NON-NLS-1$
    private static final String CHECKSUM = ".checksum"; //$NON-NLS-1$

    /** Writes the manifest into the backup folder, whole or not at all. */
    void write(Path folder) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT); //$NON-NLS-1$
        p.setProperty("taken", taken.toString()); //$NON-NLS-1$
        p.setProperty("database", database); //$NON-NLS-1$
        p.setProperty("bootKey", bootKey); //$NON-NLS-1$
        p.setProperty("heldMillis", Long.toString(heldMillis)); //$NON-NLS-1$
        figures.tables().forEach((table, f) -> {
            p.setProperty(TABLE + table + ROWS, Long.toString(f.rows()));
            p.setProperty(TABLE + table + CHECKSUM, f.checksum());
        });
        Path file = folder.resolve(FILE);
        try {
            Path tmp = Files.createTempFile(folder, FILE, ".tmp"); //$NON-NLS-1$
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.ISO_8859_1)) {
                p.store(w, "RetailerDesk backup: the figures of every table at the backup point"); //$NON-NLS-1$
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Manifest_cannotWrite, file, e.getMessage()), e);
        }
    }

    /**
     * The manifest of that backup folder.
     *
     * @throws StoreException when the folder has none or it cannot be read
     */
    public static BackupManifest read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(NLS.bind(Messages.Manifest_missing, folder));
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Manifest_damaged, file, e.getMessage()), e);
        }
        try {
            if (!FORMAT.equals(p.getProperty("format"))) { //$NON-NLS-1$
                throw new IllegalArgumentException("format " + p.getProperty("format")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Map<String, Figure> tables = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith(TABLE) && key.endsWith(ROWS)) {
                    String table = key.substring(TABLE.length(), key.length() - ROWS.length());
                    String checksum = p.getProperty(TABLE + table + CHECKSUM);
                    if (checksum == null) {
                        throw new IllegalArgumentException(TABLE + table + CHECKSUM);
                    }
                    tables.put(table, new Figure(Long.parseLong(p.getProperty(key)), checksum));
                }
            }
            return new BackupManifest(Instant.parse(required(p, "taken")), required(p, "database"), //$NON-NLS-1$ //$NON-NLS-2$
                    required(p, "bootKey"), Long.parseLong(required(p, "heldMillis")), new TableFigures(tables)); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new StoreException(NLS.bind(Messages.Manifest_damaged, file, e.getMessage()), e);
        }
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(key);
        }
        return v;
    }
}
