package org.retailerdesk.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.internal.AtomicWrite;
import org.retailerdesk.imports.internal.DryRunner;
import org.retailerdesk.imports.internal.Messages;
import org.retailerdesk.imports.internal.References;
import org.retailerdesk.imports.internal.SourceRow;
import org.retailerdesk.imports.internal.Table;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.Store;

/**
 * Imports retailer files from CSV (UTF-8 with or without BOM, or GBK) and XLSX files, in two
 * steps: a {@link #dryRun dry run} reads the whole file and classifies every row against the
 * store without writing; a {@link #commit commit} writes the accepted rows in one transaction,
 * all or nothing. Both take seconds for large files: call them from a Job, never the UI thread.
 * <p>
 * Rows are matched on the customer code. A row whose customer code or licence number is missing or
 * malformed, appears twice in the file, or (the licence number) belongs to another retailer, is
 * rejected; so is a row naming a district, market department, route, mutual-aid group or staff
 * member the store lacks, unless {@link ImportOptions#createMissing()} has the commit create them.
 * Any other value that does not fit is left out with a warning or rejects the row, as
 * {@link ImportOptions#invalidValues()} says; a required value the row lacks is filled in with a
 * warning (a stored retailer keeps its own; a new one's shop name is its owner's name, its grade 1,
 * and so on: see the README). Rejected rows block the commit unless the caller chooses to skip them.
 */
public final class RetailerImport {

    /** Data rows in a {@link FilePreview}. */
    public static final int SAMPLE_ROWS = 5;

    private final Store store;

    public RetailerImport(Store store) {
        this.store = store;
    }

    /** Reads the header and first rows and maps the columns automatically. Does not touch the store. */
    public static FilePreview preview(Path file, ImportOptions options) {
        List<String> sheets = Table.isXlsx(file) ? Table.sheets(file) : List.of();
        try (Table table = Table.open(file, options)) {
            List<List<String>> sample = new ArrayList<>();
            for (SourceRow row; sample.size() < SAMPLE_ROWS && (row = table.next()) != null;) {
                sample.add(Arrays.asList(row.cells()));
            }
            return new FilePreview(file, table.describe(), sheets, table.headers(), sample,
                    ColumnMapping.automatic(table.headers()));
        }
    }

    /**
     * Reads the whole file and classifies every row against the store; writes nothing.
     *
     * @throws ImportException when the file as a whole cannot be imported (empty, no header, no
     *                         customer code column, undecodable, corrupt)
     * @throws OperationCanceledException when the monitor was cancelled
     */
    public DryRun dryRun(Path file, ImportOptions options, ColumnMapping mapping, IProgressMonitor monitor) {
        AtomicWrite.checkMayImport(store, file);
        return new DryRunner(store, file, options, mapping.copy()).run(monitor);
    }

    /**
     * Writes the dry run's NEW and CHANGED rows in one store transaction: every row or none. First
     * what the dry run {@linkplain DryRun#created() creates} (audited like any insert), then the new
     * retailers in batches ({@code Transaction.insertAll}: one audit summary row per batch); each
     * changed retailer is updated with one audit row per changed field.
     *
     * @param skipRejected false: refuse while any row is rejected; true: leave rejected rows out
     * @throws ImportException when refused: rows rejected, already committed, or the store changed
     *                         since the dry run (a retailer it read was changed or deleted, one of
     *                         its new customer codes was taken, or an entry it creates was added);
     *                         nothing was written
     * @throws OperationCanceledException when cancelled; the transaction was rolled back
     */
    public ImportResult commit(DryRun dryRun, boolean skipRejected, IProgressMonitor monitor) {
        AtomicWrite.checkMayImport(store, dryRun.file());
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Commit_task, dryRun.file().getFileName()),
                100);
        long rejected = dryRun.checkCommittable(skipRejected);
        List<Retailer> inserts = new ArrayList<>();
        List<Retailer> updates = new ArrayList<>();
        List<RowResult> inserted = new ArrayList<>();
        List<RowResult> matched = new ArrayList<>();
        for (RowResult r : dryRun.rows()) {
            switch (r.status()) {
            case NEW -> {
                inserts.add(r.retailer());
                inserted.add(r);
            }
            case CHANGED -> {
                updates.add(r.retailer());
                matched.add(r);
            }
            case UNCHANGED -> matched.add(r);
            default -> {
                // rejected rows are left out (skipRejected) or refused above
            }
            }
        }
        checkUnchangedSince(dryRun, inserted, matched);
        progress.worked(5);
        // the unique constraints check the keys again inside the transaction; a key taken in between
        // (another workstation) is then named by the same check
        AtomicWrite.run(store, dryRun.file(), dryRun.created(), inserts, updates, Messages.Commit_progress,
                progress.split(95),
                () -> checkUnchangedSince(dryRun, inserted, matched));
        dryRun.markCommitted();
        return new ImportResult(inserts.size(), updates.size(), dryRun.count(RowStatus.UNCHANGED),
                skipRejected ? rejected : 0);
    }

    /**
     * Refuses when the store moved on since the dry run: a matched retailer has another version or
     * is gone, a new row's customer code is taken now, or a row's licence number belongs to another
     * retailer now; names the file, row and column. Runs before writing, and again when the
     * transaction's unique constraints (customer code, licence number) refused a key taken in
     * between. (The transaction checks the versions of what it updates itself.)
     */
    private void checkUnchangedSince(DryRun dryRun, List<RowResult> inserted, List<RowResult> matched) {
        checkNotAddedSince(store, dryRun.file(), dryRun.created(), true);
        List<String> codes = new ArrayList<>(inserted.size() + matched.size());
        List<String> licences = new ArrayList<>(inserted.size() + matched.size());
        for (List<RowResult> rows : List.of(inserted, matched)) {
            for (RowResult r : rows) {
                codes.add(r.customerCode());
                licences.add(r.retailer().getLicenceNumber());
            }
        }
        Map<String, Retailer> now = new HashMap<>();
        Map<String, Retailer> byLicence = new HashMap<>();
        for (Retailer r : store.retailers().findRetailersByKeys(codes, licences)) {
            now.put(r.getCustomerCode(), r);
            byLicence.put(r.getLicenceNumber(), r);
        }
        Path file = dryRun.file();
        for (RowResult r : inserted) {
            if (now.containsKey(r.customerCode())) {
                throw new ImportException(file, r.row(), header(dryRun, ImportField.CUSTOMER_CODE), NLS.bind(
                        Messages.Commit_codeTaken, new Object[] { file.getFileName(), r.customerCode(), r.row() }), null);
            }
        }
        for (List<RowResult> rows : List.of(inserted, matched)) {
            for (RowResult r : rows) {
                Retailer holder = byLicence.get(r.retailer().getLicenceNumber());
                if (holder != null && !holder.getCustomerCode().equals(r.customerCode())) {
                    throw new ImportException(file, r.row(), header(dryRun, ImportField.LICENCE_NUMBER),
                            NLS.bind(Messages.Commit_licenceTaken, new Object[] { file.getFileName(),
                                    r.retailer().getLicenceNumber(), r.row(), holder.getCustomerCode() }),
                            null);
                }
            }
        }
        for (RowResult m : matched) {
            Retailer stored = now.get(m.customerCode());
            if (stored == null || stored.getId() != m.retailer().getId()
                    || stored.getVersion() != m.retailer().getVersion()) {
                throw new ImportException(dryRun.file(), m.row(), null, NLS.bind(Messages.Commit_changedSince,
                        new Object[] { dryRun.file().getFileName(), m.customerCode(), m.row() }), null);
            }
        }
    }

    /**
     * Refuses when an entry the commit creates was added meanwhile: one of the same class and code,
     * or ({@code byName}, for entries made for the names rows give) of the same name, which the rows
     * meant.
     */
    static void checkNotAddedSince(Store store, Path file, List<Entity> created, boolean byName) {
        if (created.isEmpty()) {
            return;
        }
        References references = new References(store);
        for (Entity e : created) {
            EStructuralFeature code = e.eClass().getEStructuralFeature("code"); //$NON-NLS-1$
            EStructuralFeature name = e.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
            if (references.coded(e.eClass(), (String) e.eGet(code)) != null
                    || byName && references.named(e.eClass(), (String) e.eGet(name)).stream()
                            .anyMatch(x -> !(x instanceof Staff s) || s.getRole() == ((Staff) e).getRole())) {
                throw new ImportException(file, 0, null, NLS.bind(Messages.Commit_referenceAdded,
                        new Object[] { file.getFileName(), ModelLabels.label(e.eClass()), EntityLabels.label(e) }), null);
            }
        }
    }

    /** The file's header of the field's column, or the field's label when it has none. */
    private static String header(DryRun dryRun, ImportField field) {
        int column = dryRun.mapping().column(field);
        return column < 0 ? field.label() : dryRun.mapping().headers().get(column);
    }
}
