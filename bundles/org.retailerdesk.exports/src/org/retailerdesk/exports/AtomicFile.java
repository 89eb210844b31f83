package org.retailerdesk.exports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all or nothing: into a temporary file beside the target, moved into place when
 * the content is complete. If writing fails or is cancelled (any exception), the temporary file is
 * deleted and an existing target is left as it was: there is never a half-written file.
 */
public final class AtomicFile {

    /** What goes into the file. */
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes the content to the file (its folder is created if missing), or leaves the file as it was. */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path temporary = temporaryBeside(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.write(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /**
     * A new empty file in the target's folder (so that the final move is a rename), hidden, with the
     * permissions the user's umask gives (a temporary file's 0600 would stay on the export).
     */
    private static Path temporaryBeside(Path file) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path p = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            try {
                return Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the write's own failure is what the caller must see; a stray .part file is named by it
            file.toFile().deleteOnExit();
        }
    }
}
