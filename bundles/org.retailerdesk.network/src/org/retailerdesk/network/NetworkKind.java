package org.retailerdesk.network;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.RetailerdeskPackage.Literals;

/**
 * The kinds of a centre's own master data, the "service network": districts, market departments,
 * delivery routes, staff, brands and mutual-aid groups. Each has a code, a name and an active flag;
 * this says what each kind is called in commands and files ({@link #id()}), its model class, the
 * format of its code, the fields a person edits (in the order forms and files show them) and the
 * references it must have.
 */
public enum NetworkKind {

    DISTRICT("district", Literals.DISTRICT, CodeFormat.LETTERS_DIGITS, "370102", //$NON-NLS-1$ //$NON-NLS-2$
            List.of(Literals.DISTRICT__CODE, Literals.DISTRICT__NAME, Literals.DISTRICT__CENTRE), List.of()),
    DEPARTMENT("department", Literals.MARKET_DEPARTMENT, CodeFormat.LETTERS_DIGITS, "MD02", //$NON-NLS-1$ //$NON-NLS-2$
            List.of(Literals.MARKET_DEPARTMENT__CODE, Literals.MARKET_DEPARTMENT__NAME,
                    Literals.MARKET_DEPARTMENT__DISTRICT),
            List.of(Literals.MARKET_DEPARTMENT__DISTRICT)),
    ROUTE("route", Literals.DELIVERY_ROUTE, CodeFormat.LETTERS_DIGITS, "02001", //$NON-NLS-1$ //$NON-NLS-2$
            List.of(Literals.DELIVERY_ROUTE__CODE, Literals.DELIVERY_ROUTE__NAME, Literals.DELIVERY_ROUTE__MARKET_DEPARTMENT,
                    Literals.DELIVERY_ROUTE__ORDER_DAY),
            List.of(Literals.DELIVERY_ROUTE__MARKET_DEPARTMENT)),
    STAFF("staff", Literals.STAFF, CodeFormat.LETTERS_DIGITS, "E00012", //$NON-NLS-1$ //$NON-NLS-2$
            List.of(Literals.STAFF__CODE, Literals.STAFF__NAME, Literals.STAFF__ROLE, Literals.STAFF__MANAGER_GRADE,
                    Literals.STAFF__PHONE, Literals.STAFF__HIRE_DATE, Literals.STAFF__MARKET_DEPARTMENT),
            List.of()),
    BRAND("brand", Literals.BRAND, CodeFormat.BARCODE, "6901028075831", //$NON-NLS-1$ //$NON-NLS-2$
            List.of(Literals.BRAND__CODE, Literals.BRAND__NAME, Literals.BRAND__MANUFACTURER, Literals.BRAND__PRICE_BAND,
                    Literals.BRAND__PRICE_PER_CARTON, Literals.BRAND__RETAIL_PRICE_PER_CARTON, Literals.BRAND__SCARCE),
            List.of()),
    GROUP("group", Literals.MUTUAL_AID_GROUP, CodeFormat.LETTERS_DIGITS, "HZ00001", //$NON-NLS-1$ //$NON-NLS-2$
            List.of(Literals.MUTUAL_AID_GROUP__CODE, Literals.MUTUAL_AID_GROUP__NAME,
                    Literals.MUTUAL_AID_GROUP__MARKET_DEPARTMENT),
            List.of(Literals.MUTUAL_AID_GROUP__MARKET_DEPARTMENT));

    /** How the codes of a kind are written; the length limit is the column's (20). */
    enum CodeFormat {
        /** ASCII letters and digits, e.g. 370102, MD02, E00012, HZ00001. */
        LETTERS_DIGITS(Pattern.compile("[A-Za-z0-9]+")), //$NON-NLS-1$
        /** A barcode of 8 to 14 digits (EAN-8, EAN-13, GTIN-14), e.g. 6901028075831. */
        BARCODE(Pattern.compile("[0-9]{8,14}")); //$NON-NLS-1$

        final Pattern pattern;

        CodeFormat(Pattern pattern) {
            this.pattern = pattern;
        }
    }

    private final String id;
    private final EClass eClass;
    private final CodeFormat codeFormat;
    private final String codeExample;
    private final List<EStructuralFeature> fields;
    private final List<EReference> requiredReferences;

    NetworkKind(String id, EClass eClass, CodeFormat codeFormat, String codeExample, List<EStructuralFeature> fields,
            List<EReference> requiredReferences) {
        this.id = id;
        this.eClass = eClass;
        this.codeFormat = codeFormat;
        this.codeExample = codeExample;
        this.fields = fields;
        this.requiredReferences = requiredReferences;
    }

    /** The kind's name in commands, files and parameters: district, department, route, staff, brand, group. */
    public String id() {
        return id;
    }

    public EClass eClass() {
        return eClass;
    }

    /** The model interface, e.g. {@code District.class}. */
    @SuppressWarnings("unchecked")
    public Class<? extends Entity> type() {
        return (Class<? extends Entity>) eClass.getInstanceClass();
    }

    /** The fields a person edits, in the order forms and files show them; the active flag is not among them. */
    public List<EStructuralFeature> fields() {
        return fields;
    }

    /** The references an entry of this kind must have (a department's district, a route's department). */
    public List<EReference> requiredReferences() {
        return requiredReferences;
    }

    public EAttribute codeFeature() {
        return (EAttribute) eClass.getEStructuralFeature("code"); //$NON-NLS-1$
    }

    public EAttribute nameFeature() {
        return (EAttribute) eClass.getEStructuralFeature("name"); //$NON-NLS-1$
    }

    /** The flag that retiring clears: "active" of every kind. */
    public EAttribute activeFeature() {
        return (EAttribute) eClass.getEStructuralFeature("active"); //$NON-NLS-1$
    }

    /** A code of the right format, for messages and hints. */
    public String codeExample() {
        return codeExample;
    }

    /** True when the code has this kind's format (its length is checked against the column apart). */
    public boolean isWellFormedCode(String code) {
        return code != null && codeFormat.pattern.matcher(code).matches();
    }

    CodeFormat codeFormat() {
        return codeFormat;
    }

    /** The kind of an entry's class. @throws IllegalArgumentException when it is no master data */
    public static NetworkKind of(EClass type) {
        for (NetworkKind k : values()) {
            if (k.eClass == type) {
                return k;
            }
        }
        throw new IllegalArgumentException(type.getName() + " is no service-network kind"); //$NON-NLS-1$
    }

    /** The kind of an entity class such as {@code Staff.class}. @throws IllegalArgumentException when it is no master data */
    public static NetworkKind of(Class<?> type) {
        for (NetworkKind k : values()) {
            if (k.type() == type) {
                return k;
            }
        }
        throw new IllegalArgumentException(type.getName() + " is no service-network kind"); //$NON-NLS-1$
    }

    /** The kind named by {@link #id()} (ignoring case). @throws IllegalArgumentException naming the ids when none is */
    public static NetworkKind byId(String id) {
        for (NetworkKind k : values()) {
            if (k.id.equalsIgnoreCase(id == null ? "" : id.strip())) { //$NON-NLS-1$
                return k;
            }
        }
        StringBuilder ids = new StringBuilder();
        for (NetworkKind k : values()) {
            ids.append(ids.isEmpty() ? "" : ", ").append(k.id); //$NON-NLS-1$ //$NON-NLS-2$
        }
        throw new IllegalArgumentException("no kind " + id + " (" + ids + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
