package org.retailerdesk.exports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: the content goes into a temporary file beside the target,
 * which is moved into place once the content is complete. On any failure (or cancellation thrown
 * by the content) the temporary file is deleted and an existing target is left as it was.
 */
public final class AtomicFile {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** @throws IOException when the folder, the temporary file or the move fails, or the content throws it */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        Path temporary = temporaryBeside(file);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /**
     * A new empty file in the target's folder (so that the final move is a rename), hidden, with the
     * permissions the user's umask gives (a temporary file's 0600 would stay on the result).
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
