package org.retailerdesk.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.internal.AtomicWrite;
import org.retailerdesk.imports.internal.FileRows;
import org.retailerdesk.imports.internal.Messages;
import org.retailerdesk.imports.internal.References;
import org.retailerdesk.imports.internal.RowBuilder;
import org.retailerdesk.imports.internal.SourceRow;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.Store;

/**
 * Imports publicity records and visits from CSV and XLSX files the way {@link RetailerImport}
 * imports retailers, with the same readers, column mapping, cell parsing, dry run and
 * one-transaction commit. A row is matched to a stored record by its key ({@link RecordKind#key()}:
 * retailer, date, and policy or visitor): a matching record is changed, otherwise one is added, so
 * importing a file twice changes nothing the second time. A key that appears twice in the file
 * rejects both rows. Call from a Job.
 */
public final class RecordImport {

    private final Store store;

    public RecordImport(Store store) {
        this.store = store;
    }

    /** The automatic mapping of a file's headers to the kind's fields. */
    public static FieldMapping<RecordField> mapping(List<String> headers, RecordKind kind) {
        return FieldMapping.automatic(headers, kind.fields());
    }

    /**
     * Reads the whole file and classifies every row against the store; writes nothing.
     *
     * @throws ImportException when the file as a whole cannot be imported (empty, no header, a
     *                         required column missing, undecodable, corrupt)
     * @throws OperationCanceledException when cancelled
     */
    public RecordDryRun dryRun(Path file, ImportOptions options, RecordKind kind, FieldMapping<RecordField> mapping,
            IProgressMonitor monitor) {
        AtomicWrite.checkMayImport(store, file);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.DryRun_task, file.getFileName()), 100);
        List<RecordField> required = kind.fields().stream().filter(RecordField::isRequired).toList();
        FileRows read = FileRows.read(file, options, mapping, required, Messages.Import_missingRecordColumn,
                progress.split(30));
        RecordField retailerField = kind.key().get(0);
        RowBuilder keys = new RowBuilder(mapping, null);
        List<String> codes = read.rows().stream().map(r -> keys.key(r, retailerField)).filter(c -> !c.isEmpty()).toList();
        progress.subTask(Messages.DryRun_lookingUp);
        Map<String, Retailer> retailers = new HashMap<>();
        for (Retailer r : store.retailers().findRetailersByKeys(codes, List.of())) {
            retailers.put(r.getCustomerCode(), r);
        }
        References references = new References(store);
        RowBuilder builder = new RowBuilder(mapping, (reference, text) -> reference == retailerField.feature()
                ? new References.Found(retailers.get(text), false)
                : references.find(reference, text));
        progress.worked(10);

        SubMonitor building = progress.split(60).setWorkRemaining(read.rows().size() * 2);
        // first the keys of every row, so that duplicates in the file and the stored records are known
        List<EObject> parsed = new ArrayList<>();
        Map<String, List<Integer>> rowsByKey = new HashMap<>();
        Map<Long, Map<String, Entity>> stored = new HashMap<>();
        for (SourceRow row : read.rows()) {
            cancelled(building);
            EObject record = EcoreUtil.create(kind.eClass());
            Set<EStructuralFeature> rejected = builder.apply(row, record, new ArrayList<>());
            parsed.add(record);
            String key = key(kind, record, rejected);
            if (key != null) {
                rowsByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(row.number());
                Retailer r = (Retailer) record.eGet(retailerField.feature());
                stored.computeIfAbsent(r.getId(), id -> storedByKey(kind, id));
            }
            building.worked(1);
        }
        LocalDate today = LocalDate.now();
        List<RecordRow> results = new ArrayList<>();
        for (int i = 0; i < read.rows().size(); i++) {
            cancelled(building);
            results.add(classify(kind, mapping, builder, read.rows().get(i), parsed.get(i), rowsByKey, stored, today));
            building.worked(1);
        }
        return new RecordDryRun(file, read.source(), kind, mapping, results);
    }

    private RecordRow classify(RecordKind kind, FieldMapping<RecordField> mapping, RowBuilder builder, SourceRow row,
            EObject parsed, Map<String, List<Integer>> rowsByKey, Map<Long, Map<String, Entity>> storedByRetailer,
            LocalDate today) {
        List<Rejection> rejections = new ArrayList<>();
        Set<EStructuralFeature> rejected = builder.apply(row, EcoreUtil.create(kind.eClass()), rejections);
        String key = key(kind, parsed, rejected);
        Entity stored = null;
        if (key != null) {
            List<Integer> same = rowsByKey.get(key);
            if (same.size() > 1) {
                String others = same.stream().filter(n -> n != row.number()).map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
                rejections.add(new Rejection(row.number(), keyColumns(kind, mapping), describe(kind, parsed),
                        NLS.bind(Messages.Import_duplicateRecord, keyColumns(kind, mapping), others)));
            }
            Retailer r = (Retailer) parsed.eGet(kind.key().get(0).feature());
            stored = storedByRetailer.get(r.getId()).get(key);
        }
        Entity record = stored == null ? (Entity) parsed : EcoreUtil.copy(stored);
        if (stored != null) {
            builder.apply(row, record, new ArrayList<>());
        }
        builder.validate(row, record, today, rejected, rejections);
        String shown = key == null ? "" : describe(kind, parsed); //$NON-NLS-1$
        if (!rejections.isEmpty()) {
            return new RecordRow(row.number(), RowStatus.REJECTED, shown, record, List.of(), rejections);
        }
        if (stored == null) {
            return new RecordRow(row.number(), RowStatus.NEW, shown, record, List.of(), List.of());
        }
        List<FieldChange> changes = builder.changes(stored, record);
        return new RecordRow(row.number(), changes.isEmpty() ? RowStatus.UNCHANGED : RowStatus.CHANGED, shown, record,
                changes, List.of());
    }

    /** The record's key (retailer id, date, policy or visitor id), or null when one of its cells was rejected. */
    private static String key(RecordKind kind, EObject record, Set<EStructuralFeature> rejected) {
        StringBuilder key = new StringBuilder();
        for (RecordField f : kind.key()) {
            Object v = record.eGet(f.feature(), false);
            if (v == null || rejected.contains(f.feature())) {
                return null;
            }
            key.append(v instanceof Entity e ? Long.toString(e.getId()) : v.toString()).append('|');
        }
        return key.toString();
    }

    /** "000000000001, 2026-03-05, P-2026-01": the key as the file writes it */
    private static String describe(RecordKind kind, EObject record) {
        List<String> parts = new ArrayList<>();
        for (RecordField f : kind.key()) {
            parts.add(RowBuilder.fileText(record, f.feature()));
        }
        return String.join(", ", parts); //$NON-NLS-1$
    }

    private static String keyColumns(RecordKind kind, FieldMapping<RecordField> mapping) {
        List<String> names = new ArrayList<>();
        for (RecordField f : kind.key()) {
            int c = mapping.column(f);
            names.add(c < 0 ? f.label() : mapping.headers().get(c));
        }
        return String.join(" + ", names); //$NON-NLS-1$
    }

    /** The retailer's stored records of the kind by key; of two with one key, the older one (smaller id). */
    private Map<String, Entity> storedByKey(RecordKind kind, long retailerId) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Entity e : store.findBy(kind.type(), retailerId)) {
            String key = key(kind, e, Set.of());
            if (key != null) {
                out.putIfAbsent(key, e);
            }
        }
        return out;
    }

    /**
     * Writes the dry run's NEW and CHANGED rows in one store transaction: every row or none.
     *
     * @param skipRejected false: refuse while any row is rejected; true: leave rejected rows out
     * @throws ImportException when refused: rows rejected, already committed, or the store changed
     *                         since the dry run (a matched record was changed or deleted, or a
     *                         record with a new row's key was added); nothing was written
     * @throws OperationCanceledException when cancelled; the transaction was rolled back
     */
    public ImportResult commit(RecordDryRun dryRun, boolean skipRejected, IProgressMonitor monitor) {
        AtomicWrite.checkMayImport(store, dryRun.file());
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Commit_task, dryRun.file().getFileName()),
                100);
        long rejected = dryRun.checkCommittable(skipRejected);
        List<Entity> inserts = new ArrayList<>();
        List<Entity> updates = new ArrayList<>();
        for (RecordRow r : dryRun.rows()) {
            if (r.status() == RowStatus.NEW) {
                inserts.add(r.record());
            } else if (r.status() == RowStatus.CHANGED) {
                updates.add(r.record());
            }
        }
        checkUnchangedSince(dryRun);
        progress.worked(5);
        // the unique constraint checks the keys again inside the transaction; a record added in between
        // (another workstation) is then named by the same check
        AtomicWrite.run(store, dryRun.file(), List.of(), inserts, updates, Messages.Commit_recordProgress, progress.split(95),
                () -> checkUnchangedSince(dryRun));
        dryRun.markCommitted();
        return new ImportResult(inserts.size(), updates.size(), dryRun.count(RowStatus.UNCHANGED),
                skipRejected ? rejected : 0);
    }

    /**
     * Refuses when the store moved on since the dry run: a matched record was changed or deleted, or
     * a record with a new row's key was added; names the file, row and the key's columns. Runs before
     * writing, and again when the transaction's unique constraint refused a key taken in between.
     */
    private void checkUnchangedSince(RecordDryRun dryRun) {
        RecordKind kind = dryRun.kind();
        String keyColumns = String.join(", ", kind.key().stream().map(RecordField::label).toList()); //$NON-NLS-1$
        Map<Long, Map<String, Entity>> now = new HashMap<>();
        for (RecordRow r : dryRun.rows()) {
            if (r.status() == RowStatus.REJECTED) {
                continue;
            }
            Retailer retailer = (Retailer) r.record().eGet(kind.key().get(0).feature());
            Entity current = now.computeIfAbsent(retailer.getId(), id -> storedByKey(kind, id))
                    .get(key(kind, r.record(), Set.of()));
            boolean isNew = r.status() == RowStatus.NEW;
            if (isNew ? current != null
                    : current == null || current.getId() != r.record().getId()
                            || current.getVersion() != r.record().getVersion()) {
                throw new ImportException(dryRun.file(), r.row(), keyColumns, NLS.bind(Messages.Commit_recordChangedSince,
                        new Object[] { dryRun.file().getFileName(), r.key(), r.row() }), null);
            }
        }
    }

    private static void cancelled(IProgressMonitor monitor) {
        FileRows.cancelled(monitor);
    }
}
