package org.retailerdesk.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder a benchmark owns. Benchmarks write databases of hundreds of thousands of rows and start
 * again by deleting them, so they delete only what they made: a folder is a benchmark's when it
 * holds the {@link #MARKER} file, written when a benchmark created it. A folder that exists without
 * it (a user's data folder, a checkout) is refused, never written to or emptied.
 */
public final class BenchFolder {

    /** The file that says a benchmark created the folder holding it (./bench writes the same name). */
    public static final String MARKER = ".retailerdesk-bench"; //$NON-NLS-1$

    private final Path path;

    private BenchFolder(Path path) {
        this.path = path;
    }

    /**
     * The folder the system property names (the bench profile puts it under the build directory,
     * where it is kept between runs), else a new temporary folder, e.g. when run from an IDE.
     */
    public static BenchFolder of(String property, String prefix) throws IOException {
        String configured = System.getProperty(property, ""); //$NON-NLS-1$
        return configured.isBlank() ? fresh(prefix) : claim(Path.of(configured));
    }

    /** A new, empty folder of the benchmark's own in the system's temporary folder. */
    public static BenchFolder fresh(String prefix) throws IOException {
        return mark(Files.createTempDirectory(prefix));
    }

    /**
     * The folder at {@code path}: taken as it is when a benchmark created it, created (or, when it
     * is an empty folder, adopted) and marked otherwise.
     *
     * @throws IllegalStateException when it holds anything but was not created by a benchmark
     */
    public static BenchFolder claim(Path path) throws IOException {
        Path dir = path.toAbsolutePath().normalize();
        if (Files.isRegularFile(dir.resolve(MARKER))) {
            return new BenchFolder(dir);
        }
        if (Files.exists(dir) && !isEmptyDirectory(dir)) {
            throw new IllegalStateException(dir + " was not created by a benchmark (it has no " + MARKER //$NON-NLS-1$
                    + " file): a benchmark never writes to or deletes it. Give the benchmark a new folder."); //$NON-NLS-1$
        }
        Files.createDirectories(dir);
        return mark(dir);
    }

    public Path path() {
        return path;
    }

    public Path resolve(String other) {
        return path.resolve(other);
    }

    /** Deletes everything in the folder but its marker, so that the benchmark starts on an empty folder. */
    public BenchFolder clear() throws IOException {
        // the marker is checked again: it could have been removed since the claim
        claim(path);
        List<Path> contents;
        try (Stream<Path> all = Files.walk(path)) {
            contents = all.sorted(Comparator.reverseOrder())
                    .filter(p -> !p.equals(path) && !p.equals(path.resolve(MARKER))).toList();
        }
        for (Path p : contents) {
            Files.delete(p);
        }
        return this;
    }

    private static BenchFolder mark(Path dir) throws IOException {
        Files.writeString(dir.resolve(MARKER), "created by a RetailerDesk benchmark; ./bench may delete this folder\n"); //$NON-NLS-1$
        return new BenchFolder(dir);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
