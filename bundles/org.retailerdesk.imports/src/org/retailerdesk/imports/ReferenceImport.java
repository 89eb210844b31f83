package org.retailerdesk.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.internal.AtomicWrite;
import org.retailerdesk.imports.internal.CellProblem;
import org.retailerdesk.imports.internal.FileRows;
import org.retailerdesk.imports.internal.Messages;
import org.retailerdesk.imports.internal.NewCodes;
import org.retailerdesk.imports.internal.References;
import org.retailerdesk.imports.internal.RowBuilder;
import org.retailerdesk.imports.internal.SourceRow;
import org.retailerdesk.imports.internal.Text;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.network.EntryProblem;
import org.retailerdesk.network.MasterData;
import org.retailerdesk.store.Store;

/**
 * Imports a centre's own entries ({@link ReferenceKind}: the service network, staff, brands,
 * mutual-aid groups) from CSV and XLSX files with the readers, column mapping, cell parsing, dry run
 * and one-transaction commit of the other imports. An entry is matched by its code, or by its name
 * where the row gives no code; a matching entry is changed, otherwise one is added (a district
 * belonging to the centre when there is one centre; without a code it gets one in the demo centre's
 * formats). Importing a file twice changes nothing the second time.
 * <p>
 * A network row's district, market department and route are linked: the department hangs under the
 * row's district, the route under its department (a level without a column keeps the link it has). An
 * entry several rows give must read the same in each; the last level of a row (a route, or a single
 * kind's entry) given twice rejects both rows. Values that do not fit reject the row.
 * <p>
 * Checks are the centre's rules for its entries ({@code MasterData}: the model's rules, code formats,
 * required parents, prices) and the file's own (duplicates).
 * Call from a Job.
 */
public final class ReferenceImport {

    private final Store store;

    public ReferenceImport(Store store) {
        this.store = store;
    }

    /** The automatic mapping of a file's headers to the kind's fields. */
    public static FieldMapping<ReferenceField> mapping(List<String> headers, ReferenceKind kind) {
        return FieldMapping.automatic(headers, kind.fields());
    }

    /**
     * Reads the whole file and classifies every row against the store; writes nothing.
     *
     * @throws ImportException when the file as a whole cannot be imported (empty, no header, no code
     *                         or name column, undecodable, corrupt)
     * @throws OperationCanceledException when cancelled
     */
    public ReferenceDryRun dryRun(Path file, ImportOptions options, ReferenceKind kind,
            FieldMapping<ReferenceField> mapping, IProgressMonitor monitor) {
        AtomicWrite.checkMayImport(store, file);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.DryRun_task, file.getFileName()), 100);
        FileRows read = FileRows.read(file, options, mapping, List.of(), Messages.Import_missingRecordColumn,
                progress.split(30));
        List<String> missing = kind.missingKey(mapping);
        if (!missing.isEmpty()) {
            throw new ImportException(file, 1, null, NLS.bind(Messages.Import_missingReferenceColumn, file.getFileName(),
                    missing.get(0)), null);
        }
        References references = new References(store);
        Check check = new Check(kind, mapping, references, new NewCodes(references, store.findAll(ServiceCentre.class)),
                store.findAll(ServiceCentre.class));
        progress.worked(10);
        SubMonitor building = progress.split(60).setWorkRemaining(read.rows().size() * 2);
        for (SourceRow row : read.rows()) {
            FileRows.cancelled(building);
            check.takeCodes(row);
            building.worked(1);
        }
        List<ReferenceRow> rows = new ArrayList<>();
        for (SourceRow row : read.rows()) {
            FileRows.cancelled(building);
            rows.add(check.row(row));
            building.worked(1);
        }
        return new ReferenceDryRun(file, read.source(), kind, mapping, rows);
    }

    /** The classification of a file's rows, in file order (an entry is the first accepted row's). */
    private static final class Check {
        private final ReferenceKind kind;
        private final FieldMapping<ReferenceField> mapping;
        private final References references;
        private final NewCodes codes;
        private final ServiceCentre centre;
        private final RowBuilder builder;
        /** The entries of accepted rows by level and identity ("c:" code, "n:" name), and the row that gave them. */
        private final Map<String, Entity> seen = new HashMap<>();
        private final Map<Entity, Integer> seenIn = new HashMap<>();
        /** The rows whose last level is an identity: more than one rejects them all. */
        private final Map<String, List<Integer>> lastLevel = new HashMap<>();

        Check(ReferenceKind kind, FieldMapping<ReferenceField> mapping, References references, NewCodes codes,
                List<ServiceCentre> centres) {
            this.kind = kind;
            this.mapping = mapping;
            this.references = references;
            this.codes = codes;
            this.centre = centres.size() == 1 ? centres.get(0) : null;
            this.builder = new RowBuilder(mapping, references);
        }

        private String cell(SourceRow row, ReferenceField f) {
            int column = mapping.column(f);
            return column < 0 ? "" : row.cell(column).strip(); //$NON-NLS-1$
        }

        /** The level's identity in the row: "c:" and the code, or "n:" and the normalized name; null when neither. */
        private String identity(SourceRow row, EClass level) {
            String code = cell(row, kind.code(level));
            if (!code.isEmpty()) {
                return "c:" + Text.normalize(code); //$NON-NLS-1$
            }
            String name = cell(row, kind.name(level));
            return name.isEmpty() ? null : "n:" + Text.normalize(name); //$NON-NLS-1$
        }

        private boolean mapped(EClass level) {
            return mapping.column(kind.code(level)) >= 0 || mapping.column(kind.name(level)) >= 0;
        }

        /** First pass: the file's own codes are not handed out to new entries, and the last levels are counted. */
        void takeCodes(SourceRow row) {
            String last = null;
            for (EClass level : kind.levels()) {
                String code = cell(row, kind.code(level));
                if (!code.isEmpty()) {
                    codes.take(level, code);
                }
                String id = identity(row, level);
                if (id != null) {
                    last = level.getName() + '|' + id;
                }
            }
            if (last != null) {
                lastLevel.computeIfAbsent(last, k -> new ArrayList<>(1)).add(row.number());
            }
        }

        ReferenceRow row(SourceRow row) {
            List<Rejection> rejections = new ArrayList<>();
            List<FieldChange> changes = new ArrayList<>();
            List<Entity> written = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            Map<String, Entity> owned = new HashMap<>();
            boolean anyNew = false;
            Entity above = null;
            EClass aboveLevel = null;
            String last = null;
            for (EClass level : kind.levels()) {
                String id = identity(row, level);
                Entity entity = null;
                if (id != null) {
                    last = level.getName() + '|' + id;
                    Entity earlier = seen.get(last);
                    if (earlier != null) {
                        differs(row, level, earlier, above, aboveLevel, rejections);
                        entity = earlier;
                    } else {
                        int changed = changes.size();
                        entity = entry(row, level, id, above, aboveLevel, rejections, changes);
                        if (entity != null) {
                            owned.put(last, entity);
                            anyNew |= entity.getId() == 0;
                            if (entity.getId() == 0 || changes.size() > changed) {
                                written.add(entity);
                            }
                        }
                    }
                    Object code = entity == null ? null : entity.eGet(level.getEStructuralFeature("code")); //$NON-NLS-1$
                    keys.add(code != null ? code.toString() : cell(row, kind.code(level)).isEmpty()
                            ? cell(row, kind.name(level)) : cell(row, kind.code(level)));
                }
                if (mapped(level)) {
                    above = entity;
                    aboveLevel = level;
                }
            }
            String key = String.join(" / ", keys); //$NON-NLS-1$
            if (last == null) {
                rejections.add(new Rejection(row.number(), identityColumns(), "", Messages.Import_noEntry)); //$NON-NLS-1$
            } else if (lastLevel.get(last).size() > 1) {
                String others = lastLevel.get(last).stream().filter(n -> n != row.number()).map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
                rejections.add(new Rejection(row.number(), keyColumn(last), key, NLS.bind(Messages.Import_duplicateRecord,
                        keyColumn(last), others)));
            }
            if (!rejections.isEmpty()) {
                return new ReferenceRow(row.number(), RowStatus.REJECTED, key, List.of(), List.of(), rejections);
            }
            owned.forEach((k, e) -> {
                seen.put(k, e);
                seenIn.put(e, row.number());
                // an entry given by its code is found again by its name, and the other way round
                seen.put(k.substring(0, k.indexOf('|') + 1) + otherIdentity(e, k), e);
            });
            RowStatus status = anyNew ? RowStatus.NEW : written.isEmpty() ? RowStatus.UNCHANGED : RowStatus.CHANGED;
            return new ReferenceRow(row.number(), status, key, written, changes, List.of());
        }

        private static String otherIdentity(Entity e, String key) {
            boolean byCode = key.substring(key.indexOf('|') + 1).startsWith("c:"); //$NON-NLS-1$
            Object other = e.eGet(e.eClass().getEStructuralFeature(byCode ? "name" : "code")); //$NON-NLS-1$ //$NON-NLS-2$
            return (byCode ? "n:" : "c:") + Text.normalize(other == null ? "" : other.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        /** The headers of the code and name columns of every level. */
        private String identityColumns() {
            List<String> headers = new ArrayList<>();
            for (EClass level : kind.levels()) {
                for (ReferenceField f : List.of(kind.code(level), kind.name(level))) {
                    if (mapping.column(f) >= 0) {
                        headers.add(header(f));
                    }
                }
            }
            return String.join(" / ", headers); //$NON-NLS-1$
        }

        /** The header of the column that identifies the key's level (its code, else its name). */
        private String keyColumn(String key) {
            EClass level = kind.levels().stream().filter(l -> key.startsWith(l.getName() + '|')).findFirst().orElseThrow();
            ReferenceField f = key.contains("|c:") ? kind.code(level) : kind.name(level); //$NON-NLS-1$
            int column = mapping.column(f);
            return column < 0 ? f.label() : mapping.headers().get(column);
        }

        /** The row's entry of the level: a copy of the stored one with the row's values, or a new one; null when rejected. */
        private Entity entry(SourceRow row, EClass level, String id, Entity above, EClass aboveLevel,
                List<Rejection> rejections, List<FieldChange> changes) {
            Entity stored;
            String text = id.substring(2);
            if (id.startsWith("c:")) { //$NON-NLS-1$
                stored = references.coded(level, text);
            } else {
                List<Entity> named = references.named(level, text);
                if (named.size() > 1) {
                    ReferenceField name = kind.name(level);
                    rejections.add(new Rejection(row.number(), header(name), cell(row, name), NLS.bind(
                            Messages.Import_ambiguousReference, ModelLabels.label(level), cell(row, name))));
                    return null;
                }
                stored = named.isEmpty() ? null : named.get(0);
            }
            Entity entity = stored == null ? (Entity) EcoreUtil.create(level) : EcoreUtil.copy(stored);
            int before = rejections.size();
            if (stored == null) {
                if (entity instanceof Staff s) {
                    s.setActive(true); // the model's default is false; a new member of staff is at work
                } else if (entity instanceof District d) {
                    d.setCentre(centre);
                }
                for (ReferenceField f : kind.fields(level)) {
                    if (f.isRequired() && mapping.column(f) < 0 && f != kind.code(level)) {
                        rejections.add(new Rejection(row.number(), f.label(), "", //$NON-NLS-1$
                                NLS.bind(Messages.Import_requiredColumnMissingEntry, f.label())));
                    }
                }
            }
            for (CellProblem p : builder.cells(row, entity)) {
                if (!codeLeftOut(p, level)) {
                    rejections.add(p.rejection(row.number()));
                }
            }
            EReference parent = kind.parent(level);
            if (parent != null && aboveLevel != null) {
                entity.eSet(parent, above);
            }
            if (stored == null && isBlank(entity.eGet(level.getEStructuralFeature("code")))) { //$NON-NLS-1$
                String code = newCode(level, entity);
                if (code == null) {
                    ReferenceField f = kind.code(level);
                    rejections.add(new Rejection(row.number(), header(f), "", NLS.bind(Messages.Import_required, f.label()))); //$NON-NLS-1$
                } else {
                    entity.eSet(level.getEStructuralFeature("code"), code); //$NON-NLS-1$
                }
            }
            if (rejections.size() == before) {
                // the centre's rules for its entries, once: code formats, required parents, prices, the model's rules
                for (EntryProblem p : MasterData.validate(entity, List.of())) {
                    if (p.isError()) {
                        ReferenceField f = kind.fields(level).stream().filter(x -> x.feature() == p.feature()).findFirst()
                                .orElse(null);
                        rejections.add(new Rejection(row.number(), f == null ? ModelLabels.label(level) : header(f),
                                f == null ? "" : cell(row, f), p.message())); //$NON-NLS-1$
                    }
                }
            }
            if (rejections.size() > before) {
                return null;
            }
            if (stored != null) {
                changes.addAll(builder.changes(stored, entity));
                if (parent != null && aboveLevel != null && !RowBuilder.same(stored, entity, parent)) {
                    ReferenceField f = mapping.column(kind.code(aboveLevel)) >= 0 ? kind.code(aboveLevel)
                            : kind.name(aboveLevel);
                    changes.add(new FieldChange(f, EntityLabels.label((Entity) stored.eGet(parent)), EntityLabels
                            .label(above)));
                }
            }
            return entity;
        }

        /** A code for a new entry without one in the demo's formats; null for a brand, whose code is its bar code. */
        private String newCode(EClass level, Entity entity) {
            if (level == Literals.DISTRICT) {
                return codes.district();
            } else if (level == Literals.MARKET_DEPARTMENT) {
                return codes.department(((MarketDepartment) entity).getDistrict());
            } else if (level == Literals.DELIVERY_ROUTE) {
                MarketDepartment m = ((org.retailerdesk.model.DeliveryRoute) entity).getMarketDepartment();
                return codes.route(m == null ? null : m.getDistrict());
            } else if (level == Literals.MUTUAL_AID_GROUP) {
                MarketDepartment m = ((org.retailerdesk.model.MutualAidGroup) entity).getMarketDepartment();
                return codes.group(m == null ? null : m.getDistrict());
            } else if (level == Literals.STAFF) {
                return codes.staff();
            }
            return null;
        }

        /** Rejects a row that gives an entry an earlier row gave with other values. */
        private void differs(SourceRow row, EClass level, Entity earlier, Entity above, EClass aboveLevel,
                List<Rejection> rejections) {
            Entity again = EcoreUtil.copy(earlier);
            List<CellProblem> problems = builder.cells(row, again);
            EReference parent = kind.parent(level);
            if (parent != null && aboveLevel != null) {
                again.eSet(parent, above);
            }
            for (CellProblem p : problems) {
                if (!codeLeftOut(p, level)) {
                    rejections.add(p.rejection(row.number()));
                }
            }
            for (ReferenceField f : kind.fields(level)) {
                int column = mapping.column(f);
                if (column >= 0 && !RowBuilder.same(earlier, again, f.feature())
                        && !(f == kind.code(level) && cell(row, f).isEmpty())) {
                    rejections.add(new Rejection(row.number(), header(f), row.cell(column), NLS.bind(Messages.Import_differs,
                            new Object[] { display(earlier), seenIn.get(earlier), RowBuilder.display(earlier, f.feature()) })));
                }
            }
            if (parent != null && aboveLevel != null && !RowBuilder.same(earlier, again, parent)) {
                ReferenceField f = kind.name(aboveLevel);
                rejections.add(new Rejection(row.number(), header(f), cell(row, f), NLS.bind(Messages.Import_differs,
                        new Object[] { display(earlier), seenIn.get(earlier),
                                EntityLabels.label((Entity) earlier.eGet(parent)) })));
            }
        }

        /** An empty code cell: the entry is found by its name, keeps its code or gets a new one. */
        private boolean codeLeftOut(CellProblem p, EClass level) {
            return p.kind() == CellProblem.Kind.MISSING && p.field() == kind.code(level);
        }

        private String header(ReferenceField f) {
            int column = mapping.column(f);
            return column < 0 ? f.label() : mapping.headers().get(column);
        }

        private static String display(Entity e) {
            return EntityLabels.label(e);
        }

        private static boolean isBlank(Object v) {
            return v == null || v.toString().isBlank();
        }
    }

    /**
     * Writes the dry run's new and changed entries in one store transaction: every row or none; each
     * entry with its audit rows.
     *
     * @param skipRejected false: refuse while any row is rejected; true: leave rejected rows out
     * @return rows: new, changed, unchanged, skipped
     * @throws ImportException when refused: rows rejected, already committed, or the store changed
     *                         since the dry run (an entry it changes was changed, or one it adds was
     *                         added); nothing was written
     * @throws OperationCanceledException when cancelled; the transaction was rolled back
     */
    public ImportResult commit(ReferenceDryRun dryRun, boolean skipRejected, IProgressMonitor monitor) {
        AtomicWrite.checkMayImport(store, dryRun.file());
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Commit_task, dryRun.file().getFileName()),
                100);
        long rejected = dryRun.checkCommittable(skipRejected);
        List<Entity> inserts = new ArrayList<>();
        List<Entity> updates = new ArrayList<>();
        for (ReferenceRow r : dryRun.rows()) {
            if (r.status() != RowStatus.REJECTED) {
                for (Entity e : r.written()) {
                    (e.getId() == 0 ? inserts : updates).add(e);
                }
            }
        }
        RetailerImport.checkNotAddedSince(store, dryRun.file(), inserts, false);
        progress.worked(5);
        // the store checks the versions of what it updates; a code taken in between is named by the same check
        AtomicWrite.run(store, dryRun.file(), inserts, List.of(), updates, Messages.Commit_recordProgress,
                progress.split(95), () -> RetailerImport.checkNotAddedSince(store, dryRun.file(), inserts, false));
        dryRun.markCommitted();
        return new ImportResult(dryRun.count(RowStatus.NEW), dryRun.count(RowStatus.CHANGED),
                dryRun.count(RowStatus.UNCHANGED), skipRejected ? rejected : 0);
    }
}
