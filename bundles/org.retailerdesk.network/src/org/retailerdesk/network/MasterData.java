package org.retailerdesk.network;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.model.validation.Rule;
import org.retailerdesk.network.internal.Messages;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;

/**
 * The rules of a centre's own master data, once: districts, market departments, delivery routes,
 * staff, brands and mutual-aid groups ({@link NetworkKind}). The workbench's forms and the imports of
 * network, staff and brand files create, edit, retire and delete entries only through here.
 *
 * <h2>What an entry must be</h2>
 * <ul>
 * <li>Code and name are required, and every text fits its column: codes 20 characters, names 100
 * (a staff member's 50), a phone number 40, a manufacturer 100.</li>
 * <li>Codes are ASCII letters and digits: a district's administrative code such as {@code 370102}, a
 * department {@code MD02}, a route {@code 02001}, staff {@code E00012}, a mutual-aid group
 * {@code HZ00001} (as the V9 migration numbered the groups it made) or {@code HZ0201}. A brand's code
 * is its barcode: 8 to 14 digits (EAN-8, EAN-13, GTIN-14), e.g. {@code 6901028075831}.</li>
 * <li>A code is unique within its kind, ignoring case, retired entries included: {@code E0001} and
 * {@code e0001} are not two people (the database's unique key alone would let them be).</li>
 * <li>A market department belongs to a district; a delivery route and a mutual-aid group belong to a
 * market department (each exactly one: the model holds a single reference).</li>
 * <li>The model's own rules ({@link ModelValidation}): a manager grade, 1 to 5, only on customer
 * managers; a phone number that looks like none is a warning.</li>
 * <li>A brand's wholesale and retail price per carton are not negative, have at most two decimals,
 * and the retail price is not below the wholesale price when both are set.</li>
 * <li>Pointing at a retired entry (a route in a retired department) is a warning.</li>
 * </ul>
 * Every problem is an {@link EntryProblem} at its field, in the product's language; errors block
 * saving, warnings do not.
 *
 * <h2>Writing</h2>
 * {@link #save} validates first and writes nothing when there is an error
 * ({@link EntryRefusedException}). Every write goes through {@link Store#write}, so the store audits
 * it with the current actor and announces it to the views. What records point at is retired
 * ({@link #retire}: active set to false), never deleted; {@link #delete} first counts what points at
 * the entry ({@link #usage}) and refuses, naming the counts, unless nothing does. A save, retire or
 * delete of a copy that someone else changed since it was read throws the store's
 * {@link ConflictException}.
 * <p>
 * Every method that reads or writes the store is for a Job, never the UI thread;
 * {@link #validate(Entity, Collection)} reads nothing, for a form that checks as the user types.
 */
public final class MasterData {

    private static final String PERSISTENCE = "http://retailerdesk.org/persistence"; //$NON-NLS-1$
    private static final String LENGTH = "length"; //$NON-NLS-1$
    /** Prices are DECIMAL(18,2): two decimals, sixteen digits before the point. */
    private static final int AMOUNT_SCALE = 2;
    private static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(16);

    private final Store store;

    public MasterData(Store store) {
        this.store = Objects.requireNonNull(store);
    }

    /**
     * A new entry of that kind as a form starts it: active; a district belongs to the store's
     * service centre when the store holds exactly one. Not stored yet.
     */
    public <T extends Entity> T newEntry(Class<T> type) {
        NetworkKind kind = NetworkKind.of(type);
        T entry = type.cast(RetailerdeskFactory.eINSTANCE.create(kind.eClass()));
        entry.eSet(kind.activeFeature(), true);
        if (entry instanceof District district) {
            List<ServiceCentre> centres = store.findAll(ServiceCentre.class);
            if (centres.size() == 1) {
                district.setCentre(centres.get(0));
            }
        }
        return entry;
    }

    /** The entry's problems, its code checked against the stored entries of its kind. */
    public List<EntryProblem> validate(Entity entry) {
        return validate(entry, store.findAll(NetworkKind.of(entry.eClass()).type()));
    }

    /**
     * The entry's problems, its code checked against {@code others} (the entries of its kind as the
     * caller read them; the entry's own stored version may be among them). Reads nothing: a form calls
     * it as the user types, with the entries it shows.
     *
     * @return the problems in the order of the kind's {@linkplain NetworkKind#fields() fields}; empty when it can be saved without remark
     * @throws IllegalArgumentException when the entry is no service-network kind
     */
    public static List<EntryProblem> validate(Entity entry, Collection<? extends Entity> others) {
        NetworkKind kind = NetworkKind.of(entry.eClass());
        List<EntryProblem> problems = new ArrayList<>();
        for (Problem p : ModelValidation.validate(entry)) {
            // EMF's structural checks are about resources the store does not use
            if (p.rule() != Rule.EMF_STRUCTURE) {
                problems.add(new EntryProblem(p.feature(), Check.of(p.rule()), p.severity(), p.message()));
            }
        }
        checkCode(kind, entry, others, problems);
        checkLengths(kind, entry, problems);
        for (EReference r : kind.requiredReferences()) {
            if (entry.eGet(r) == null) {
                problems.add(problem(r, Check.REQUIRED, NLS.bind(Messages.Entry_required, ModelLabels.label(r))));
            }
        }
        for (EStructuralFeature f : kind.fields()) {
            if (f instanceof EReference r && entry.eGet(r) instanceof EObject target && isRetired(target)) {
                problems.add(problem(r, Check.REFERENCE_RETIRED,
                        NLS.bind(Messages.Entry_referenceRetired, ModelLabels.label(r), EntityLabels.label(target))));
            }
        }
        if (entry instanceof Brand brand) {
            checkPrices(brand, problems);
        }
        List<EStructuralFeature> order = kind.fields();
        problems.sort(Comparator.comparingInt(p -> p.feature() == null ? -1 : order.indexOf(p.feature())));
        return problems;
    }

    /**
     * The problems of many entries to be saved together (the rows of a file): each is checked as by
     * {@link #validate(Entity)}, and also against the entries before it in the list, so that the second
     * of two rows with one code has the problem. An entry in the list that is a stored one (same id)
     * takes that one's place: renaming X's code frees it for a later row.
     *
     * @return the problems of each entry, at the entry's index
     */
    public List<List<EntryProblem>> validateAll(List<? extends Entity> entries) {
        Set<Long> replaced = new HashSet<>();
        for (Entity e : entries) {
            if (e.getId() != 0) {
                replaced.add(e.getId());
            }
        }
        Map<NetworkKind, List<Entity>> stored = new EnumMap<>(NetworkKind.class);
        List<List<EntryProblem>> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entity entry = entries.get(i);
            NetworkKind kind = NetworkKind.of(entry.eClass());
            List<Entity> others = new ArrayList<>(stored.computeIfAbsent(kind, k -> store.findAll(k.type()).stream()
                    .filter(s -> !replaced.contains(s.getId())).map(Entity.class::cast).toList()));
            for (Entity earlier : entries.subList(0, i)) {
                if (earlier.eClass() == entry.eClass()) {
                    others.add(earlier);
                }
            }
            out.add(validate(entry, others));
        }
        return out;
    }

    /**
     * Saves a new entry (id 0) or the changes of a stored one (a copy read before), audited.
     *
     * @return the stored entry, with its id and new version
     * @throws EntryRefusedException naming every error; nothing is written then
     * @throws ConflictException     when someone else changed or deleted it since it was read
     */
    public <T extends Entity> T save(T entry) {
        return saveAll(List.of(entry)).get(0);
    }

    /**
     * Saves many entries in one transaction, all or none: validated as by {@link #validateAll}, then
     * written in the list's order (a department before the routes that point at it).
     *
     * @throws EntryRefusedException naming each entry with errors and its errors; nothing is written then
     */
    public <T extends Entity> List<T> saveAll(List<T> entries) {
        List<List<EntryProblem>> problems = validateAll(entries);
        List<String> refused = new ArrayList<>();
        List<EntryProblem> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            List<EntryProblem> entryErrors = problems.get(i).stream().filter(EntryProblem::isError).toList();
            if (!entryErrors.isEmpty()) {
                errors.addAll(entryErrors);
                refused.add(NLS.bind(Messages.Save_refused, new Object[] { ModelLabels.label(entries.get(i).eClass()),
                        describe(entries.get(i)),
                        String.join(Messages.Save_separator, entryErrors.stream().map(EntryProblem::message).toList()) }));
            }
        }
        if (!refused.isEmpty()) {
            throw new EntryRefusedException(String.join("\n", refused), errors); //$NON-NLS-1$
        }
        return store.write(tx -> {
            List<T> saved = new ArrayList<>(entries.size());
            for (T e : entries) {
                saved.add(e.getId() == 0 ? tx.insert(e) : tx.update(e));
            }
            return saved;
        });
    }

    /**
     * Retires a stored entry: it stays, with everything that points at it, but is no longer offered
     * for new work. Nothing else of the entry changes, so it is not validated again.
     *
     * @return the stored copy, inactive
     * @throws ConflictException when someone else changed or deleted it since it was read
     */
    public <T extends Entity> T retire(T entry) {
        return setActive(entry, false);
    }

    /** Makes a retired entry active again, as {@link #retire} retired it. */
    public <T extends Entity> T reactivate(T entry) {
        return setActive(entry, true);
    }

    private <T extends Entity> T setActive(T entry, boolean active) {
        NetworkKind kind = NetworkKind.of(entry.eClass());
        if (entry.getId() == 0) {
            throw new IllegalArgumentException("not stored: " + describe(entry)); //$NON-NLS-1$
        }
        T copy = EcoreUtil.copy(entry);
        copy.eSet(kind.activeFeature(), active);
        return store.write(tx -> tx.update(copy));
    }

    /**
     * What points at a stored entry: every reference of every class of the model to the entry's class
     * (a district: retailers and market departments; staff: the retailers it serves, visits,
     * inspections, publicity records, households it verified ...). Retailers are counted by the
     * database along the list's filters (district, department, manager, route); the other references
     * read the few entities that have them.
     */
    public Usage usage(Entity entry) {
        Map<EClass, Long> counts = new LinkedHashMap<>();
        if (entry.getId() == 0) {
            return new Usage(counts);
        }
        // retailers first: what a user asks about before the other records
        List<EClass> sources = new ArrayList<>(List.of(Literals.RETAILER));
        for (EClassifier classifier : RetailerdeskPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass source && !source.isAbstract() && source != Literals.RETAILER) {
                sources.add(source);
            }
        }
        for (EClass source : sources) {
            for (EReference r : source.getEAllReferences()) {
                if (!r.isMany() && r.getEReferenceType().isSuperTypeOf(entry.eClass())) {
                    long n = count(source, r, entry.getId());
                    if (n > 0) {
                        counts.merge(source, n, Long::sum);
                    }
                }
            }
        }
        return new Usage(counts);
    }

    private long count(EClass source, EReference reference, long id) {
        RetailerQuery byFilter = source == Literals.RETAILER ? retailersBy(reference, id) : null;
        if (byFilter != null) {
            return store.retailers().count(byFilter);
        }
        return store.findByReference(source.getInstanceClass().asSubclass(Entity.class), reference.getName(), id).size();
    }

    private static RetailerQuery retailersBy(EReference reference, long id) {
        RetailerQuery all = RetailerQuery.all();
        if (reference == Literals.RETAILER__DISTRICT) {
            return all.withDistrict(id);
        }
        if (reference == Literals.RETAILER__MARKET_DEPARTMENT) {
            return all.withMarketDepartment(id);
        }
        if (reference == Literals.RETAILER__CUSTOMER_MANAGER) {
            return all.withCustomerManager(id);
        }
        if (reference == Literals.RETAILER__DELIVERY_ROUTE) {
            return all.withDeliveryRoute(id);
        }
        return null;
    }

    /**
     * Deletes a stored entry that nothing points at, audited (the audit keeps its last values).
     *
     * @throws EntryRefusedException when anything points at it, naming how many of what; nothing is written then
     * @throws ConflictException     when someone else changed or deleted it since it was read
     */
    public void delete(Entity entry) {
        Usage usage = usage(entry);
        if (!usage.isUnused()) {
            String message = NLS.bind(Messages.Delete_inUse, new Object[] { ModelLabels.label(entry.eClass()),
                    describe(entry), usage.describe(), usage.total() });
            throw new EntryRefusedException(message,
                    List.of(new EntryProblem(null, Check.IN_USE, Check.IN_USE.severity(), message)));
        }
        store.write(tx -> {
            tx.delete(entry);
            return null;
        });
    }

    private static void checkCode(NetworkKind kind, Entity entry, Collection<? extends Entity> others,
            List<EntryProblem> problems) {
        EAttribute feature = kind.codeFeature();
        String code = (String) entry.eGet(feature);
        if (code == null || code.isBlank()) {
            // the model's rule has said it is required
            return;
        }
        if (!kind.isWellFormedCode(code)) {
            String format = kind.codeFormat() == NetworkKind.CodeFormat.BARCODE ? Messages.Entry_codeBarcode
                    : Messages.Entry_codeLettersDigits;
            problems.add(problem(feature, Check.CODE_FORMAT,
                    NLS.bind(format, new Object[] { ModelLabels.label(feature), code, kind.codeExample() })));
            return;
        }
        for (Entity other : others) {
            boolean itself = other == entry || entry.getId() != 0 && other.getId() == entry.getId();
            if (!itself && other.eClass() == entry.eClass() && code.equalsIgnoreCase((String) other.eGet(feature))) {
                String holder = describe(other) + (isRetired(other) ? Messages.Entry_retiredMark : ""); //$NON-NLS-1$
                problems.add(problem(feature, Check.CODE_TAKEN, NLS.bind(Messages.Entry_codeTaken,
                        new Object[] { ModelLabels.label(feature), code, ModelLabels.label(entry.eClass()), holder })));
                return;
            }
        }
    }

    /** Texts longer than their column; a field that has a problem already (a code's format) is not told twice. */
    private static void checkLengths(NetworkKind kind, Entity entry, List<EntryProblem> problems) {
        for (EStructuralFeature f : kind.fields()) {
            Integer max = columnLength(f);
            if (max != null && entry.eGet(f) instanceof String text && text.length() > max
                    && problems.stream().noneMatch(p -> p.feature() == f)) {
                problems.add(problem(f, Check.TOO_LONG,
                        NLS.bind(Messages.Entry_tooLong, new Object[] { ModelLabels.label(f), max, text.length() })));
            }
        }
    }

    private static Integer columnLength(EStructuralFeature feature) {
        EAnnotation persistence = feature.getEAnnotation(PERSISTENCE);
        String length = persistence == null ? null : persistence.getDetails().get(LENGTH);
        return length == null ? null : Integer.valueOf(length);
    }

    private static void checkPrices(Brand brand, List<EntryProblem> problems) {
        boolean wholesale = checkAmount(brand, Literals.BRAND__PRICE_PER_CARTON, problems);
        boolean retail = checkAmount(brand, Literals.BRAND__RETAIL_PRICE_PER_CARTON, problems);
        if (wholesale && retail && brand.getPricePerCarton() != null && brand.getRetailPricePerCarton() != null
                && brand.getRetailPricePerCarton().compareTo(brand.getPricePerCarton()) < 0) {
            problems.add(problem(Literals.BRAND__RETAIL_PRICE_PER_CARTON, Check.RETAIL_BELOW_WHOLESALE,
                    NLS.bind(Messages.Entry_retailBelowWholesale,
                            new Object[] { ModelLabels.label(Literals.BRAND__RETAIL_PRICE_PER_CARTON),
                                    brand.getRetailPricePerCarton().toPlainString(),
                                    ModelLabels.label(Literals.BRAND__PRICE_PER_CARTON),
                                    brand.getPricePerCarton().toPlainString() })));
        }
    }

    /** @return false when the amount has a problem (a missing amount has none) */
    private static boolean checkAmount(Brand brand, EAttribute feature, List<EntryProblem> problems) {
        BigDecimal amount = (BigDecimal) brand.eGet(feature);
        if (amount == null) {
            return true;
        }
        if (amount.signum() < 0) {
            problems.add(problem(feature, Check.NOT_NEGATIVE,
                    NLS.bind(Messages.Entry_notNegative, ModelLabels.label(feature), amount.toPlainString())));
            return false;
        }
        if (amount.stripTrailingZeros().scale() > AMOUNT_SCALE || amount.compareTo(AMOUNT_LIMIT) >= 0) {
            problems.add(problem(feature, Check.AMOUNT_FORMAT,
                    NLS.bind(Messages.Entry_amountFormat, ModelLabels.label(feature), amount.toPlainString())));
            return false;
        }
        return true;
    }

    private static boolean isRetired(EObject entry) {
        EStructuralFeature active = entry.eClass().getEStructuralFeature("active"); //$NON-NLS-1$
        return active != null && !entry.eIsProxy() && Boolean.FALSE.equals(entry.eGet(active));
    }

    /** The entry as a message names it: "name (code)", or "(new)" while it has neither. */
    private static String describe(EObject entry) {
        NetworkKind kind = NetworkKind.of(entry.eClass());
        boolean blank = isBlank(entry.eGet(kind.codeFeature())) && isBlank(entry.eGet(kind.nameFeature()));
        return blank ? Messages.Entry_unnamed : EntityLabels.label(entry);
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static EntryProblem problem(EStructuralFeature feature, Check check, String message) {
        return new EntryProblem(feature, check, check.severity(), message);
    }
}
