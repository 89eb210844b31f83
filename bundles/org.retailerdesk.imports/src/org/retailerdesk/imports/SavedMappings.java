package org.retailerdesk.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.internal.Messages;
import org.retailerdesk.store.DataFolder;

/**
 * Column mappings saved by name, one properties file each ({@code <name>.properties}: normalized
 * header = field) in {@code <data folder>/import-mappings}, so a centre that receives the same
 * kind of file every month maps it once.
 */
public final class SavedMappings {

    private static final String SUFFIX = ".properties"; //$NON-NLS-1$
    /** What a file name may not contain on any desktop system. */
    private static final Pattern BAD_NAME = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]|^\\.+$"); //$NON-NLS-1$

    private final Path folder;

    /** The mappings in the user's data folder. */
    public SavedMappings() {
        this(DataFolder.resolve().resolve("import-mappings")); //$NON-NLS-1$
    }

    /** The mappings of another kind of file in the user's data folder, apart from the retailer file's. */
    public static SavedMappings of(TableKind kind) {
        return new SavedMappings(DataFolder.resolve().resolve("import-mappings").resolve(kind.folder())); //$NON-NLS-1$
    }

    public SavedMappings(Path folder) {
        this.folder = folder;
    }

    /** The saved names, sorted. */
    public List<String> names() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted().toList();
        }
    }

    /** Saves (or replaces) the mapping under the name. */
    public void save(String name, FieldMapping<?> mapping) throws IOException {
        Path file = file(name);
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(file)) {
            mapping.toProperties().store(out, "RetailerDesk import column mapping"); //$NON-NLS-1$
        }
    }

    /** The saved mapping applied to a file's headers (see {@link ColumnMapping#fromProperties}). */
    public ColumnMapping load(String name, List<String> headers) throws IOException {
        return ColumnMapping.fromProperties(headers, properties(name));
    }

    /** The saved mapping of another kind of record applied to a file's headers (see {@link FieldMapping#fromProperties}). */
    public <F extends MappedField> FieldMapping<F> load(String name, List<String> headers, List<F> choices)
            throws IOException {
        return FieldMapping.fromProperties(headers, choices, properties(name));
    }

    private Properties properties(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file(name))) {
            p.load(in);
        }
        return p;
    }

    public void delete(String name) throws IOException {
        Files.deleteIfExists(file(name));
    }

    private Path file(String name) {
        if (name == null || name.isBlank() || BAD_NAME.matcher(name.strip()).find()) {
            throw new IllegalArgumentException(NLS.bind(Messages.SavedMappings_badName, name));
        }
        return folder.resolve(name.strip() + SUFFIX);
    }
}
