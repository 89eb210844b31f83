package org.retailerdesk.imports.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.ColumnMapping;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.FieldChange;
import org.retailerdesk.imports.ImportField;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.Rejection;
import org.retailerdesk.imports.RowResult;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.store.Store;

/**
 * The dry run: reads every row (so duplicates inside the file are known), looks up the stored
 * retailers of all its customer codes and licence numbers in a few queries, then builds and
 * validates each row's retailer and compares it with the stored one.
 */
public final class DryRunner {

    private static final int CHECK_EVERY = 1000;

    private final Store store;
    private final Path file;
    private final ImportOptions options;
    private final ColumnMapping mapping;

    public DryRunner(Store store, Path file, ImportOptions options, ColumnMapping mapping) {
        this.store = store;
        this.file = file;
        this.options = options;
        this.mapping = mapping;
    }

    public DryRun run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.DryRun_task, file.getFileName()), 100);
        FileRows read = FileRows.read(file, options, mapping, List.of(ColumnMapping.KEY), Messages.Import_missingColumn,
                progress.split(30));
        String source = read.source();
        List<SourceRow> rows = new ArrayList<>(read.rows());
        RowBuilder builder = new RowBuilder(mapping, new References(store));
        List<String> codes = new ArrayList<>(rows.size());
        List<String> licences = new ArrayList<>(rows.size());
        Map<String, List<Integer>> rowsByCode = new HashMap<>();
        Map<String, List<Integer>> rowsByLicence = new HashMap<>();
        for (SourceRow row : rows) {
            String code = builder.key(row, ImportField.CUSTOMER_CODE);
            String licence = builder.key(row, ImportField.LICENCE_NUMBER);
            if (!code.isEmpty()) {
                codes.add(code);
                rowsByCode.computeIfAbsent(code, k -> new ArrayList<>(1)).add(row.number());
            }
            if (!licence.isEmpty()) {
                licences.add(licence);
                rowsByLicence.computeIfAbsent(licence, k -> new ArrayList<>(1)).add(row.number());
            }
        }
        cancelled(progress);
        progress.subTask(Messages.DryRun_lookingUp);
        Map<String, Retailer> byCode = new HashMap<>();
        Map<String, Retailer> byLicence = new HashMap<>();
        for (Retailer r : store.retailers().findRetailersByKeys(codes, licences)) {
            byCode.put(r.getCustomerCode(), r);
            byLicence.putIfAbsent(r.getLicenceNumber(), r);
        }
        progress.worked(10);

        SubMonitor building = progress.split(60).setWorkRemaining(rows.size());
        LocalDate today = LocalDate.now();
        List<RowResult> results = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (i % CHECK_EVERY == 0) {
                cancelled(building);
                building.subTask(NLS.bind(Messages.DryRun_checking, i, rows.size()));
            }
            results.add(classify(rows.get(i), builder, byCode, byLicence, rowsByCode, rowsByLicence, today));
            rows.set(i, null); // the text of a row is not needed once its retailer is built
            building.worked(1);
        }
        return new DryRun(file, source, mapping, results);
    }

    private RowResult classify(SourceRow row, RowBuilder builder, Map<String, Retailer> byCode,
            Map<String, Retailer> byLicence, Map<String, List<Integer>> rowsByCode,
            Map<String, List<Integer>> rowsByLicence, LocalDate today) {
        String code = builder.key(row, ImportField.CUSTOMER_CODE);
        String licence = builder.key(row, ImportField.LICENCE_NUMBER);
        Retailer stored = byCode.get(code);
        Retailer retailer = stored == null ? RetailerdeskFactory.eINSTANCE.createRetailer() : EcoreUtil.copy(stored);
        List<Rejection> rejections = new ArrayList<>();
        Set<EStructuralFeature> rejected = builder.apply(row, retailer, rejections);
        duplicate(row, ImportField.CUSTOMER_CODE, code, rowsByCode, rejections, rejected);
        duplicate(row, ImportField.LICENCE_NUMBER, licence, rowsByLicence, rejections, rejected);
        Retailer holder = licence.isEmpty() ? null : byLicence.get(licence);
        if (holder != null && !holder.getCustomerCode().equals(code)
                && !rejected.contains(ImportField.LICENCE_NUMBER.feature())) {
            rejections.add(new Rejection(row.number(), header(ImportField.LICENCE_NUMBER), licence,
                    NLS.bind(Messages.Import_licenceTaken, holder.getCustomerCode(), holder.getShopName())));
            rejected.add(ImportField.LICENCE_NUMBER.feature());
        }
        if (stored == null) {
            // a new retailer needs every required field; an existing one keeps what the file has no column for
            for (ImportField f : ImportField.values()) {
                if (f.isRequired() && mapping.column(f) < 0) {
                    rejections.add(new Rejection(row.number(), f.label(), "", //$NON-NLS-1$
                            NLS.bind(Messages.Import_requiredColumnMissing, f.label())));
                    rejected.add(f.feature());
                }
            }
        }
        builder.validate(row, retailer, today, rejected, rejections);
        if (!rejections.isEmpty()) {
            return new RowResult(row.number(), RowStatus.REJECTED, code, retailer, List.of(), rejections);
        }
        if (stored == null) {
            return new RowResult(row.number(), RowStatus.NEW, code, retailer, List.of(), List.of());
        }
        List<FieldChange> changes = builder.changes(stored, retailer);
        return new RowResult(row.number(), changes.isEmpty() ? RowStatus.UNCHANGED : RowStatus.CHANGED, code,
                retailer, changes, List.of());
    }

    /** Rejects a row whose key appears in other rows too, naming them. */
    private void duplicate(SourceRow row, ImportField field, String key, Map<String, List<Integer>> rowsByKey,
            List<Rejection> rejections, Set<EStructuralFeature> rejected) {
        List<Integer> same = key.isEmpty() ? List.of() : rowsByKey.get(key);
        if (same.size() > 1 && !rejected.contains(field.feature())) {
            List<Integer> others = same.stream().filter(n -> n != row.number()).toList();
            rejections.add(new Rejection(row.number(), header(field), key,
                    NLS.bind(Messages.Import_duplicate, field.label(), others.toString().replaceAll("[\\[\\]]", "")))); //$NON-NLS-1$ //$NON-NLS-2$
            rejected.add(field.feature());
        }
    }

    private String header(ImportField f) {
        int column = mapping.column(f);
        return column < 0 ? f.label() : mapping.headers().get(column);
    }

    private static void cancelled(IProgressMonitor monitor) {
        FileRows.cancelled(monitor);
    }
}
