package org.retailerdesk.demodata.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The file that says a demo centre is being written into a database: present from before its first
 * row until after its last, with what it takes to write the same centre again (size, seed, day). It
 * lives inside the database folder, so it is copied, moved and deleted with the data it describes.
 */
public final class DemoMarker {

    private static final String FILE = "demo-data-incomplete.properties"; //$NON-NLS-1$
    private static final String RETAILERS = "retailers"; //$NON-NLS-1$
    private static final String SEED = "seed"; //$NON-NLS-1$
    private static final String DAY = "day"; //$NON-NLS-1$

    /** The demo centre that was started: its size, seed and day. */
    public record Plan(int retailers, long seed, LocalDate day) {
    }

    private DemoMarker() {
    }

    /** Records that the plan is being written, durably, before any of it is. */
    public static void started(Path database, Plan plan) {
        Properties p = new Properties();
        p.setProperty(RETAILERS, Integer.toString(plan.retailers()));
        p.setProperty(SEED, Long.toString(plan.seed()));
        p.setProperty(DAY, plan.day().toString());
        Path file = database.resolve(FILE);
        Path part = database.resolve(FILE + ".part"); //$NON-NLS-1$
        try {
            try (Writer w = Files.newBufferedWriter(part, StandardCharsets.ISO_8859_1)) {
                p.store(w, null);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records that the whole plan is written. */
    public static void complete(Path database) {
        try {
            Files.deleteIfExists(database.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the plan started and not completed in that database, or null */
    public static Plan unfinished(Path database) {
        Path file = database.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Plan(Integer.parseInt(p.getProperty(RETAILERS)), Long.parseLong(p.getProperty(SEED)),
                LocalDate.parse(p.getProperty(DAY)));
    }
}
