package org.retailerdesk.imports.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.ColumnMapping;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.FieldChange;
import org.retailerdesk.imports.ImportField;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.InvalidValues;
import org.retailerdesk.imports.Rejection;
import org.retailerdesk.imports.RowResult;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.imports.Warning;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.store.Store;

/**
 * The dry run: reads every row (so duplicates inside the file are known), looks up the stored
 * retailers of all its customer codes and licence numbers in a few queries, then builds and
 * validates each row's retailer and compares it with the stored one.
 * <p>
 * Only the identity (customer code, licence number: missing, malformed, twice in the file, another
 * retailer's) always rejects a row. A reference to a district, market department, route, mutual-aid
 * group or staff member the store lacks rejects it unless the options create what is missing. A
 * value that does not fit another field (a cell, or the model's rules) rejects it or, by default,
 * is left out with a warning; what the model only advises against is kept with a warning; a required value that is missing or left out is filled in with a
 * warning: for a stored retailer with its stored value, for a new one as {@link #FILL_ORDER} says.
 */
public final class DryRunner {

    /**
     * The required fields a new retailer gets when its row lacks them, in the order they are filled:
     * shop name ← the owner (the licence holder), else the customer code; owner ← the contact person,
     * else {@link #UNRECORDED}; address ← the contact address, else {@link #UNRECORDED}; business format
     * and market type ← the classification code's letters, else 其他 (other) and 城网 (urban); grade ←
     * 1, the lowest; market department ← the route's; district ← the market department's, else the
     * centre's only district; market department ← its district's only one.
     */
    static final List<ImportField> FILL_ORDER = List.of(ImportField.SHOP_NAME, ImportField.OWNER, ImportField.ADDRESS,
            ImportField.BUSINESS_FORMAT, ImportField.MARKET_TYPE, ImportField.GRADE, ImportField.MARKET_DEPARTMENT,
            ImportField.DISTRICT);
    /** What a missing owner or address is stored as: "not recorded", the centre's own data language. */
    public static final String UNRECORDED = "未登记"; //$NON-NLS-1$
    /** The lowest grade, given to a new retailer without one. */
    static final int FALLBACK_GRADE = 1;

    private static final int CHECK_EVERY = 1000;
    private static final Pattern CLASSIFICATION = Pattern.compile("[CX][A-G][1-3]"); //$NON-NLS-1$
    /** The references a row can name, in the order new ones are made: a place before what is placed in it. */
    private static final List<EReference> REFERENCE_ORDER = List.of(Literals.RETAILER__DISTRICT,
            Literals.RETAILER__MARKET_DEPARTMENT, Literals.RETAILER__DELIVERY_ROUTE, Literals.RETAILER__MUTUAL_AID_GROUP,
            Literals.RETAILER__CUSTOMER_MANAGER, Literals.RETAILER__PHONE_ORDER_CLERK, Literals.RETAILER__DELIVERY_STAFF,
            Literals.RETAILER__LICENCE_OFFICER);
    private static final int VALIDATION_PASSES = 3;

    private final Store store;
    private final Path file;
    private final ImportOptions options;
    private final ColumnMapping mapping;
    private References references;
    private RowBuilder builder;
    /** The entries the rows create; null unless the options create missing references. */
    private NewReferences created;

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
        references = new References(store);
        builder = new RowBuilder(mapping, references);
        created = options.createMissing() ? new NewReferences(references, store.findAll(ServiceCentre.class)) : null;
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
            results.add(new Row(rows.get(i)).classify(byCode, byLicence, rowsByCode, rowsByLicence, today));
            rows.set(i, null); // the text of a row is not needed once its retailer is built
            building.worked(1);
        }
        List<Entity> newReferences = created == null ? List.of()
                : created.needed(results.stream().filter(r -> r.status() != RowStatus.REJECTED).map(RowResult::retailer)
                        .toList());
        return new DryRun(file, source, mapping, results, newReferences);
    }

    /** The checks of one row, collecting its rejections and warnings. */
    private final class Row {
        private final SourceRow row;
        private final List<Rejection> rejections = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();
        /** Fields whose problem was reported (rejected or warned about): their model errors add nothing new. */
        private final Set<EStructuralFeature> reported = new HashSet<>();
        private Retailer retailer;
        private Retailer stored;

        Row(SourceRow row) {
            this.row = row;
        }

        RowResult classify(Map<String, Retailer> byCode, Map<String, Retailer> byLicence,
                Map<String, List<Integer>> rowsByCode, Map<String, List<Integer>> rowsByLicence, LocalDate today) {
            String code = builder.key(row, ImportField.CUSTOMER_CODE);
            String licence = builder.key(row, ImportField.LICENCE_NUMBER);
            stored = byCode.get(code);
            retailer = stored == null ? RetailerdeskFactory.eINSTANCE.createRetailer() : EcoreUtil.copy(stored);
            List<CellProblem> unknown = new ArrayList<>();
            Map<ImportField, CellProblem> missing = new EnumMap<>(ImportField.class);
            for (CellProblem p : builder.cells(row, retailer)) {
                ImportField f = (ImportField) p.field();
                if (f.isIdentity()) {
                    reject(p);
                } else if (p.kind() == CellProblem.Kind.UNKNOWN) {
                    unknown.add(p);
                } else if (p.kind() == CellProblem.Kind.MISSING) {
                    missing.put(f, p);
                } else if (options.invalidValues() == InvalidValues.REJECT) {
                    reject(p);
                } else if (f.isRequired()) {
                    missing.put(f, p);
                } else {
                    warn(p, leftOut(p.reason(), f));
                }
            }
            duplicate(ImportField.CUSTOMER_CODE, code, rowsByCode);
            duplicate(ImportField.LICENCE_NUMBER, licence, rowsByLicence);
            Retailer holder = licence.isEmpty() ? null : byLicence.get(licence);
            if (holder != null && !holder.getCustomerCode().equals(code)
                    && !reported.contains(ImportField.LICENCE_NUMBER.feature())) {
                rejections.add(new Rejection(row.number(), header(ImportField.LICENCE_NUMBER), licence,
                        NLS.bind(Messages.Import_licenceTaken, holder.getCustomerCode(), holder.getShopName())));
                reported.add(ImportField.LICENCE_NUMBER.feature());
            }
            if (stored == null) {
                // a new retailer needs every required field; an existing one keeps what the file has no column for
                for (ImportField f : ImportField.values()) {
                    if (f.isRequired() && mapping.column(f) < 0) {
                        if (f.isIdentity()) {
                            rejections.add(new Rejection(row.number(), f.label(), "", //$NON-NLS-1$
                                    NLS.bind(Messages.Import_requiredColumnMissing, f.label())));
                            reported.add(f.feature());
                        } else {
                            missing.put(f, null);
                        }
                    }
                }
            }
            boolean identityRejected = !rejections.isEmpty();
            membership(unknown);
            unknown.sort(Comparator.comparingInt(p -> REFERENCE_ORDER.indexOf(p.field().feature())));
            for (CellProblem p : unknown) {
                if (created == null) {
                    reject(p);
                } else if (!identityRejected) {
                    create(p);
                }
            }
            fill(missing);
            validate(today);
            if (!rejections.isEmpty()) {
                return new RowResult(row.number(), RowStatus.REJECTED, code, retailer, List.of(), rejections, warnings);
            }
            if (stored == null) {
                return new RowResult(row.number(), RowStatus.NEW, code, retailer, List.of(), List.of(), warnings);
            }
            List<FieldChange> changes = builder.changes(stored, retailer);
            return new RowResult(row.number(), changes.isEmpty() ? RowStatus.UNCHANGED : RowStatus.CHANGED, code,
                    retailer, changes, List.of(), warnings);
        }

        private void reject(CellProblem p) {
            rejections.add(p.rejection(row.number()));
            reported.add(p.field().feature());
        }

        private void warn(CellProblem p, String message) {
            warnings.add(p.warning(row.number(), message));
            reported.add(p.field().feature());
        }

        /** What leaving out a value that does not fit means for this row: empty, or the stored value kept. */
        private String leftOut(String reason, ImportField f) {
            return stored == null ? NLS.bind(Messages.Warn_leftEmpty, reason)
                    : NLS.bind(Messages.Warn_kept, reason, RowBuilder.display(stored, f.feature()));
        }

        /** Rejects a row whose key appears in other rows too, naming them. */
        private void duplicate(ImportField field, String key, Map<String, List<Integer>> rowsByKey) {
            List<Integer> same = key.isEmpty() ? List.of() : rowsByKey.get(key);
            if (same.size() > 1 && !reported.contains(field.feature())) {
                List<Integer> others = same.stream().filter(n -> n != row.number()).toList();
                rejections.add(new Rejection(row.number(), header(field), key,
                        NLS.bind(Messages.Import_duplicate, field.label(), others.toString().replaceAll("[\\[\\]]", "")))); //$NON-NLS-1$ //$NON-NLS-2$
                reported.add(field.feature());
            }
        }

        /**
         * The yes/no column of group membership: "no" leaves the retailer without a group (a group the
         * row names is dropped, with a warning, and not created), "yes" without a group is a warning.
         */
        private void membership(List<CellProblem> unknown) {
            int column = mapping.column(ImportField.MUTUAL_AID_MEMBER);
            String text = column < 0 ? "" : row.cell(column).strip(); //$NON-NLS-1$
            if (text.isEmpty()) {
                return;
            }
            String header = mapping.headers().get(column);
            Boolean member = Values.bool(text);
            EReference group = Literals.RETAILER__MUTUAL_AID_GROUP;
            String named = mapping.column(ImportField.MUTUAL_AID_GROUP) < 0 ? "" //$NON-NLS-1$
                    : row.cell(mapping.column(ImportField.MUTUAL_AID_GROUP)).strip();
            if (member == null) {
                CellProblem p = new CellProblem(ImportField.MUTUAL_AID_MEMBER, column, header, text, text,
                        CellProblem.Kind.INVALID, Messages.Import_badBoolean);
                if (options.invalidValues() == InvalidValues.REJECT) {
                    rejections.add(p.rejection(row.number()));
                } else {
                    warnings.add(p.warning(row.number(), NLS.bind(Messages.Warn_ignored, p.reason())));
                }
            } else if (!member && !named.isEmpty()) {
                retailer.eUnset(group);
                unknown.removeIf(p -> p.field() == ImportField.MUTUAL_AID_GROUP);
                warnings.add(new Warning(row.number(), header, text, NLS.bind(Messages.Warn_notMember,
                        ImportField.MUTUAL_AID_GROUP.label(), named)));
            } else if (member && named.isEmpty() && (stored == null || stored.getMutualAidGroup() == null)) {
                warnings.add(new Warning(row.number(), header, text,
                        NLS.bind(Messages.Warn_memberWithoutGroup, ImportField.MUTUAL_AID_GROUP.label())));
            }
        }

        /** Gives the retailer the new entry an unknown reference names (made by the first row naming it). */
        private void create(CellProblem p) {
            EReference reference = (EReference) p.field().feature();
            EClass type = reference.getEReferenceType();
            int max = RowBuilder.length((EAttribute) type.getEStructuralFeature("name")); //$NON-NLS-1$
            if (p.text().length() > max) {
                rejections.add(new Rejection(row.number(), p.header(), p.shown(),
                        NLS.bind(Messages.Import_tooLong, new Object[] { p.field().label(), p.text().length(), max })));
                reported.add(reference);
                return;
            }
            int before = created.made(type).size();
            Entity e = created.entity(reference, p.text(), retailer);
            retailer.eSet(reference, e);
            if (e instanceof DeliveryRoute route && created.made(type).size() > before && given(ImportField.ORDER_DAY)) {
                // the route's order day is the one its first retailer orders on
                route.setOrderDay(retailer.getOrderDay());
            }
        }

        /** True when the row has a readable value for the field. */
        private boolean given(ImportField f) {
            int column = mapping.column(f);
            return column >= 0 && !row.cell(column).isBlank() && !reported.contains(f.feature());
        }

        /**
         * Fills the required fields the row lacks (no column, an empty cell, a value left out): a stored
         * retailer keeps its value, a new one gets {@link #FILL_ORDER}'s; a field nothing fills rejects the row.
         */
        private void fill(Map<ImportField, CellProblem> missing) {
            missing.keySet().stream()
                    .sorted(Comparator.comparingInt(f -> FILL_ORDER.contains(f) ? FILL_ORDER.indexOf(f) : FILL_ORDER.size()))
                    .forEach(f -> fill(f, missing.get(f)));
        }

        private void fill(ImportField f, CellProblem cell) {
            String why = cell == null ? NLS.bind(Messages.Import_noColumn, f.label())
                    : cell.kind() == CellProblem.Kind.MISSING ? NLS.bind(Messages.Import_emptyValue, f.label()) : cell.reason();
            String header = cell == null ? f.label() : cell.header();
            String shown = cell == null ? "" : cell.shown(); //$NON-NLS-1$
            EStructuralFeature feature = f.feature();
            reported.add(feature);
            if (stored != null) {
                retailer.eSet(feature, stored.eGet(feature));
                warnings.add(new Warning(row.number(), header, shown,
                        NLS.bind(Messages.Warn_kept, why, RowBuilder.display(stored, feature))));
                return;
            }
            String from = fallback(f);
            if (from == null) {
                rejections.add(new Rejection(row.number(), header, shown, NLS.bind(Messages.Import_cannotFill, why)));
                return;
            }
            warnings.add(new Warning(row.number(), header, shown,
                    NLS.bind(Messages.Warn_filled, new Object[] { why, RowBuilder.display(retailer, feature), from })));
        }

        /** Sets a new retailer's fallback for the field; returns where it came from, or null when nothing fits. */
        private String fallback(ImportField f) {
            Retailer r = retailer;
            String classification = CLASSIFICATION.matcher(nullToEmpty(r.getClassificationCode())).matches()
                    ? r.getClassificationCode() : null;
            switch (f) {
            case SHOP_NAME:
                return set(f, blankToNull(r.getOwner()), ImportField.OWNER, r.getCustomerCode(), ImportField.CUSTOMER_CODE);
            case OWNER:
                return set(f, blankToNull(r.getContactPerson()), ImportField.CONTACT_PERSON, UNRECORDED, null);
            case ADDRESS:
                return set(f, blankToNull(r.getContactAddress()), ImportField.CONTACT_ADDRESS, UNRECORDED, null);
            case BUSINESS_FORMAT:
                return set(f, classification == null ? null : BusinessFormat.get(classification.charAt(1) - 'A'),
                        ImportField.CLASSIFICATION_CODE, BusinessFormat.OTHER, null);
            case MARKET_TYPE:
                return set(f, classification == null ? null : classification.charAt(0) == 'C' ? MarketType.URBAN
                        : MarketType.RURAL, ImportField.CLASSIFICATION_CODE, MarketType.URBAN, null);
            case GRADE:
                return set(f, null, null, FALLBACK_GRADE, null);
            case MARKET_DEPARTMENT: {
                MarketDepartment department = r.getDeliveryRoute() == null ? null : r.getDeliveryRoute().getMarketDepartment();
                if (department == null && r.getDistrict() != null) {
                    department = only(Literals.MARKET_DEPARTMENT, r.getDistrict());
                }
                if (department == null) {
                    return null;
                }
                r.setMarketDepartment(department);
                return r.getDeliveryRoute() != null && r.getDeliveryRoute().getMarketDepartment() == department
                        ? NLS.bind(Messages.Fallback_from, ImportField.DELIVERY_ROUTE.label())
                        : NLS.bind(Messages.Fallback_only, ModelLabels.label(Literals.MARKET_DEPARTMENT));
            }
            case DISTRICT: {
                District district = r.getMarketDepartment() == null ? null : r.getMarketDepartment().getDistrict();
                if (district != null) {
                    return set(f, district, ImportField.MARKET_DEPARTMENT, null, null);
                }
                District only = only(Literals.DISTRICT, null);
                if (only == null) {
                    return null;
                }
                r.setDistrict(only);
                return NLS.bind(Messages.Fallback_only, ModelLabels.label(Literals.DISTRICT));
            }
            default:
                return null;
            }
        }

        /**
         * Sets the value (taken from the field {@code source}) when there is one, else the fallback
         * (taken from {@code fallbackSource}; null: a fixed default); returns where it came from.
         */
        private String set(ImportField f, Object value, ImportField source, Object fallback, ImportField fallbackSource) {
            Object v = value != null ? value : fallback;
            ImportField from = value != null ? source : fallbackSource;
            retailer.eSet(f.feature(), v);
            return from == null ? Messages.Fallback_default : NLS.bind(Messages.Fallback_from, from.label());
        }

        /**
         * The one market department of the district (stored or new), or the one district of the centre
         * (district null); null when there are none or several.
         */
        @SuppressWarnings("unchecked")
        private <T extends Entity> T only(EClass type, District district) {
            List<Entity> all = new ArrayList<>(references.all(type));
            if (created != null) {
                all.addAll(created.made(type));
            }
            List<Entity> candidates = district == null ? all
                    : all.stream().filter(e -> ((MarketDepartment) e).getDistrict() == district).toList();
            return candidates.size() == 1 ? (T) candidates.get(0) : null;
        }

        /** A warning with the model's advice on a field (its column and cell, or its label). */
        private void warnAbout(Problem p) {
            ImportField f = p.feature() == null ? null : ImportField.of(p.feature());
            int column = f == null ? -1 : mapping.column(f);
            warnings.add(new Warning(row.number(), f == null ? "" : column < 0 ? f.label() : mapping.headers().get(column), //$NON-NLS-1$
                    column < 0 ? "" : row.cell(column), p.message())); //$NON-NLS-1$
            reported.add(p.feature());
        }

        /**
         * The model's rules: an error on the identity, or on anything when invalid values reject,
         * rejects the row; any other error leaves the value out (a required one filled in) with a
         * warning, and the retailer is checked again.
         */
        private void validate(LocalDate today) {
            for (int pass = 0; pass < VALIDATION_PASSES; pass++) {
                boolean last = pass == VALIDATION_PASSES - 1;
                boolean leftOut = false;
                for (Problem p : ModelValidation.validate(retailer, today)) {
                    if (reported.contains(p.feature())) {
                        continue;
                    }
                    if (!p.isError()) {
                        // the model only advises (a phone number of no known form): the value is kept
                        warnAbout(p);
                        continue;
                    }
                    ImportField f = p.feature() == null ? null : ImportField.of(p.feature());
                    int column = f == null ? -1 : mapping.column(f);
                    String header = f == null ? "" : column < 0 ? f.label() : mapping.headers().get(column); //$NON-NLS-1$
                    String value = column < 0 ? "" : row.cell(column); //$NON-NLS-1$
                    if (f == null || f.isIdentity() || options.invalidValues() == InvalidValues.REJECT || last) {
                        rejections.add(new Rejection(row.number(), header, value, p.message()));
                        if (p.feature() != null) {
                            reported.add(p.feature());
                        }
                    } else if (f.isRequired()) {
                        fill(f, new CellProblem(f, column, header, value, value.strip(), CellProblem.Kind.INVALID,
                                p.message()));
                        leftOut = true;
                    } else {
                        if (stored != null) {
                            retailer.eSet(p.feature(), stored.eGet(p.feature()));
                        } else {
                            retailer.eUnset(p.feature());
                        }
                        warnings.add(new Warning(row.number(), header, value, leftOut(p.message(), f)));
                        reported.add(p.feature());
                        leftOut = true;
                    }
                }
                if (!leftOut) {
                    return;
                }
            }
        }
    }

    private String header(ImportField f) {
        int column = mapping.column(f);
        return column < 0 ? f.label() : mapping.headers().get(column);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void cancelled(IProgressMonitor monitor) {
        FileRows.cancelled(monitor);
    }
}
