package org.retailerdesk.store.derby.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.store.StoreException;

/**
 * The two secrets of a database, kept outside it: the boot password that Derby's encryption of the
 * database files and log derives its key from ({@value #BOOT}), and the password of the database's
 * owner, who migrates it, grants the tables to the centre's users and takes backups
 * ({@value #OWNER}). They live in {@code <data folder>/keys}, or in the folder that
 * {@code -Dretailerdesk.keys} or {@code RETAILERDESK_KEYS} names, readable by their owner only.
 * Only the process that holds the database files (the one desk's workbench, the centre's server,
 * command-line tools on that machine) reads them; workstations of a centre never see them.
 * <p>
 * A lost boot key means the database cannot be opened again, nor any backup of it: keep a copy of
 * the keys folder apart from the backups.
 */
final class Keys {

    static final String PROPERTY = "retailerdesk.keys"; //$NON-NLS-1$
    static final String ENVIRONMENT = "RETAILERDESK_KEYS"; //$NON-NLS-1$
    static final String BOOT = "boot.key"; //$NON-NLS-1$
    static final String OWNER = "owner.key"; //$NON-NLS-1$
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    Keys(Path folder) {
        this.folder = folder;
    }

    /** The keys of the database in that data folder. */
    static Keys of(Path home) {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        return new Keys(configured != null && !configured.isBlank() ? Path.of(configured).toAbsolutePath()
                : home.resolve("keys")); //$NON-NLS-1$
    }

    Path folder() {
        return folder;
    }

    boolean has(String name) {
        return Files.isRegularFile(folder.resolve(name));
    }

    /**
     * The secret in that file.
     *
     * @throws StoreException naming the file when it is missing or unreadable
     */
    String read(String name) {
        Path file = folder.resolve(name);
        try {
            String s = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (s.length() < 16) {
                throw new StoreException(NLS.bind(Messages.Keys_damaged, file));
            }
            return s;
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Keys_missing, file, e.getMessage()), e);
        }
    }

    /** Makes a new random secret in that file, which must not exist yet; readable by the owner only. */
    String create(String name) {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        write(name, secret);
        return secret;
    }

    /** Writes a secret into a file, replacing it (after a rotation); written whole or not at all. */
    void write(String name, String secret) {
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            restrict(folder, "rwx------"); //$NON-NLS-1$
            Path tmp = Files.createTempFile(folder, name, ".tmp"); //$NON-NLS-1$
            restrict(tmp, "rw-------"); //$NON-NLS-1$
            Files.writeString(tmp, secret + "\n", StandardCharsets.US_ASCII); //$NON-NLS-1$
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(NLS.bind(Messages.Keys_cannotWrite, file, e.getMessage()), e);
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Keys_cannotWrite, file, e.getMessage()), e);
        }
    }

    private static void restrict(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access control applies
        }
    }
}
