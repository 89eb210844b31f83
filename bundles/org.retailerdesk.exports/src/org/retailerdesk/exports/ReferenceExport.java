package org.retailerdesk.exports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.internal.Messages;
import org.retailerdesk.exports.internal.TableFile;
import org.retailerdesk.imports.MappedField;
import org.retailerdesk.imports.ReferenceKind;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.store.Store;

/**
 * Exports a centre's own entries ({@link ReferenceKind}: service network, staff, brands, mutual-aid
 * groups) as CSV or XLSX in the columns {@link org.retailerdesk.imports.ReferenceImport} reads back,
 * labelled in the chosen language, so that a centre's entries can be moved into another database.
 * The service network is one row per route with its market department and district, then one row
 * per market department without routes and per district without departments (a department without
 * district, a route without department leave those cells empty); the other kinds one row per entry.
 * Rows are ordered by code, the level above first.
 */
public final class ReferenceExport {

    private ReferenceExport() {
    }

    /**
     * @param encoding the CSV's character set (UTF-8 gets a byte order mark); ignored for XLSX
     * @throws ExportException for a failed write or a character the encoding lacks; no file is left
     * @throws OperationCanceledException when cancelled; no file is left
     */
    public static ExportResult run(Store store, ReferenceKind kind, RecordExport.Format format, Path target,
            Charset encoding, Locale locale, IProgressMonitor monitor) {
        long start = System.nanoTime();
        Path file = target.toAbsolutePath().normalize();
        List<Entity[]> rows = rows(store, kind);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.RecordExport_task, kind.label(), file.getFileName()),
                rows.size());
        long written;
        try {
            written = TableFile.write(file, format, encoding, locale, kind.label(locale), kind.fields(), sink -> {
                for (Entity[] row : rows) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    sink.accept(new TableFile.Row() {
                        @Override
                        public EObject holder(MappedField field) {
                            return row[kind.levels().indexOf(field.feature().getEContainingClass())];
                        }

                        @Override
                        public String unmappable(MappedField field, String text, Charset charset) {
                            return NLS.bind(Messages.ReferenceExport_unmappable, new Object[] {
                                    EntityLabels.label(holder(field)), field.label(), text, charset.displayName() });
                        }
                    });
                    progress.worked(1);
                }
            });
        } catch (IOException e) {
            throw new ExportException(NLS.bind(Messages.Export_writeFailed, file, e.getMessage()), e);
        }
        return new ExportResult(written, file, System.nanoTime() - start);
    }

    /** The rows: one entry per level each (null where a row has none at that level). */
    private static List<Entity[]> rows(Store store, ReferenceKind kind) {
        List<EClass> levels = kind.levels();
        List<List<Entity>> byLevel = new ArrayList<>();
        for (EClass level : levels) {
            List<Entity> all = new ArrayList<>(store.findAll(level.getInstanceClass().asSubclass(Entity.class)));
            all.sort(Comparator.comparing(ReferenceExport::code));
            byLevel.add(all);
        }
        List<Entity[]> rows = new ArrayList<>();
        addRows(kind, byLevel, 0, null, new Entity[levels.size()], rows);
        // then the entries of the lower levels that hang under nothing (a department without district)
        for (int level = 1; level < levels.size(); level++) {
            addRows(kind, byLevel, level, null, new Entity[levels.size()], rows);
        }
        return rows;
    }

    /**
     * The rows of the level's entries under {@code above} (the first level: all of them; another level
     * with {@code above} null: those under no entry), each followed by the rows below it; an entry
     * with nothing below is a row of its own.
     */
    private static void addRows(ReferenceKind kind, List<List<Entity>> byLevel, int level, Entity above, Entity[] path,
            List<Entity[]> rows) {
        EReference parent = kind.parent(kind.levels().get(level));
        for (Entity e : byLevel.get(level)) {
            Entity up = parent == null ? null : (Entity) e.eGet(parent);
            if (parent != null && (above == null ? up != null : up == null || up.getId() != above.getId())) {
                continue;
            }
            path[level] = e;
            int before = rows.size();
            if (level + 1 < byLevel.size()) {
                addRows(kind, byLevel, level + 1, e, path, rows);
            }
            if (rows.size() == before) {
                rows.add(path.clone());
            }
        }
        path[level] = null;
    }

    private static String code(Entity e) {
        Object code = e.eGet(e.eClass().getEStructuralFeature("code")); //$NON-NLS-1$
        return code == null ? "" : code.toString(); //$NON-NLS-1$
    }
}
