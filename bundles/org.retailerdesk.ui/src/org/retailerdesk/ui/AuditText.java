package org.retailerdesk.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.Masking;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.security.Operation;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.AuditQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.internal.Messages;

/**
 * Audit rows in words, the one rendering the profile's History page and the audit viewer share:
 * the record and the field by their labels, values as the profile shows them (enum labels, entities
 * as {@link EntityLabels} writes them, yes / no) instead of the stored literals and ids, a priority
 * household's sensitive fields masked as everywhere else ({@link Masking}), and the rows about users
 * (sign-ins, refusals, denials, account changes) with the operation, role and reason in words. Made
 * off the UI thread ({@link #forRetailer}, {@link #forEntries}: they read what the rows name); its
 * rows are plain text.
 */
public final class AuditText {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"); //$NON-NLS-1$
    /** The store's summary of a bulk-insert chunk: {@code rows=N ids=A..B}. */
    private static final Pattern BULK = Pattern.compile("rows=(\\d+) ids=(\\d+)\\.\\.(\\d+)"); //$NON-NLS-1$
    /** The reference classes the store caches, whose labels are read once for every row. */
    private static final List<Class<? extends Entity>> REFERENCES = List.of(ServiceCentre.class, District.class,
            MarketDepartment.class, DeliveryRoute.class, Staff.class, Brand.class, Policy.class, MutualAidGroup.class);

    /**
     * One audit row in words.
     *
     * @param retailer the retailer the row is about (its label), "" for none
     */
    public record Row(String when, String who, String action, String record, String retailer, String field,
            String oldValue, String newValue) {
    }

    private final Map<EClass, Map<Long, String>> labels = new HashMap<>();
    private final Map<Long, String> retailers = new HashMap<>();
    private final Map<Long, PriorityHousehold> households = new HashMap<>();

    private AuditText(Store store) {
        for (Class<? extends Entity> type : REFERENCES) {
            Map<Long, String> byId = new HashMap<>();
            store.findAll(type).forEach(e -> byId.put(e.getId(), EntityLabels.label(e)));
            labels.put((EClass) P.getEClassifier(type.getSimpleName()), byId);
        }
    }

    /** For the trail of one retailer's file: the reference lists and the retailer's households. */
    public static AuditText forRetailer(Store store, Retailer retailer) {
        AuditText text = new AuditText(store);
        text.retailers.put(retailer.getId(), EntityLabels.label(retailer));
        store.findBy(PriorityHousehold.class, retailer.getId()).forEach(h -> text.households.put(h.getId(), h));
        return text;
    }

    /**
     * For rows of the whole centre (a page of them): the reference lists, and the retailers and
     * households these rows are about.
     */
    public static AuditText forEntries(Store store, Collection<AuditEntry> entries) {
        AuditText text = new AuditText(store);
        for (AuditEntry e : entries) {
            if (e.retailerId() != null && !text.retailers.containsKey(e.retailerId())) {
                Retailer r = store.get(Retailer.class, e.retailerId());
                // a deleted retailer keeps its id in the trail
                text.retailers.put(e.retailerId(), r == null ? "#" + e.retailerId() : EntityLabels.label(r)); //$NON-NLS-1$
            }
            if (P.getPriorityHousehold().getName().equals(e.entityType()) && !text.households.containsKey(e.entityId())) {
                PriorityHousehold h = store.get(PriorityHousehold.class, e.entityId());
                if (h != null) {
                    text.households.put(h.getId(), h);
                }
            }
        }
        return text;
    }

    public Row row(AuditEntry e) {
        if (AuditQuery.USER.equals(e.entityType())) {
            return userRow(e);
        }
        EClassifier type = P.getEClassifier(e.entityType());
        EClass eClass = type instanceof EClass c ? c : null;
        EStructuralFeature feature = eClass == null || e.field() == null ? null : eClass.getEStructuralFeature(e.field());
        return new Row(when(e), e.actor(), action(e.action()), eClass == null ? e.entityType() : ModelLabels.label(eClass),
                retailer(e.retailerId()),
                feature == null ? e.field() == null ? "" : e.field() : ModelLabels.label(feature), //$NON-NLS-1$
                value(e, eClass, feature, e.oldValue()), value(e, eClass, feature, e.newValue()));
    }

    /** What an action records, in words (the choices of a filter by action too). */
    public static String action(AuditAction action) {
        return switch (action) {
            case INSERT -> Messages.Audit_insert;
            case UPDATE -> Messages.Audit_update;
            case DELETE -> Messages.Audit_delete;
            case BULK_INSERT -> Messages.Audit_bulkInsert;
            case REVEAL -> Messages.Audit_reveal;
            case DELETE_REASON -> Messages.Audit_deleteReason;
            case SIGN_IN -> Messages.Audit_signIn;
            case SIGN_IN_FAILED -> Messages.Audit_signInFailed;
            case DENIED -> Messages.Audit_denied;
            case ACCOUNT -> Messages.Audit_account;
        };
    }

    /** An entity type of the trail in words: a model class's label, or "user" for the rows about users. */
    public static String entityType(String type) {
        if (AuditQuery.USER.equals(type)) {
            return Messages.Audit_user;
        }
        return P.getEClassifier(type) instanceof EClass c ? ModelLabels.label(c) : type;
    }

    private static String when(AuditEntry e) {
        return time(e.at());
    }

    /** When an audit row was written, as the History page and the audit viewer show it. */
    public static String time(java.time.Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    private String retailer(Long id) {
        return id == null ? "" : retailers.getOrDefault(id, "#" + id); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A row about users: a denial names the operation refused and what was attempted, an account
     * change the account and what of it, a refused sign-in why, a sign-in the workstation.
     */
    private Row userRow(AuditEntry e) {
        String field = ""; //$NON-NLS-1$
        String oldValue = e.oldValue();
        String newValue = e.newValue();
        if (e.action() == AuditAction.DENIED && e.field() != null) {
            field = operation(e.field());
        } else if (e.action() == AuditAction.ACCOUNT && e.field() != null) {
            int dot = e.field().lastIndexOf('.');
            String what = e.field().substring(dot + 1);
            field = NLS.bind(Messages.Audit_accountField, e.field().substring(0, Math.max(dot, 0)), accountField(what));
            oldValue = accountValue(what, oldValue);
            newValue = accountValue(what, newValue);
        } else if (e.action() == AuditAction.SIGN_IN_FAILED) {
            newValue = signInRefusal(newValue);
        } else if (e.action() == AuditAction.SIGN_IN && newValue != null) {
            field = Messages.Audit_workstation;
        }
        return new Row(when(e), e.actor(), action(e.action()), Messages.Audit_user, "", field, //$NON-NLS-1$
                oldValue == null ? "" : oldValue, newValue == null ? "" : newValue); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String operation(String name) {
        try {
            return Operation.valueOf(name).label();
        } catch (IllegalArgumentException ex) {
            // an operation a newer version wrote
            return name;
        }
    }

    private static String accountField(String what) {
        return switch (what) {
            case "roles" -> Messages.Audit_accountRoles; //$NON-NLS-1$
            case "displayName" -> Messages.Audit_accountDisplayName; //$NON-NLS-1$
            case "staff" -> Messages.Audit_accountStaff; //$NON-NLS-1$
            case "active" -> Messages.Audit_accountActive; //$NON-NLS-1$
            case "password" -> Messages.Audit_accountPassword; //$NON-NLS-1$
            default -> what;
        };
    }

    private String accountValue(String what, String stored) {
        if (stored == null || "null".equals(stored)) { //$NON-NLS-1$
            return ""; //$NON-NLS-1$
        }
        return switch (what) {
            case "roles" -> Arrays.stream(stored.split(",")).map(AuditText::role).collect(Collectors.joining(Messages.Audit_listSeparator)); //$NON-NLS-1$ //$NON-NLS-2$
            case "active" -> yesNo(stored); //$NON-NLS-1$
            case "staff" -> reference(P.getStaff(), stored); //$NON-NLS-1$
            default -> stored;
        };
    }

    private static String role(String name) {
        try {
            return Role.valueOf(name).label();
        } catch (IllegalArgumentException ex) {
            return name;
        }
    }

    /** The store records why a sign-in was refused in English words of its own. */
    private static String signInRefusal(String why) {
        if (why == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (why) {
            case "wrong password" -> Messages.Audit_wrongPassword; //$NON-NLS-1$
            case "locked" -> Messages.Audit_locked; //$NON-NLS-1$
            case "inactive" -> Messages.Audit_inactive; //$NON-NLS-1$
            default -> why;
        };
    }

    private static String yesNo(String stored) {
        return Boolean.parseBoolean(stored) ? Messages.Audit_yes : Messages.Audit_no;
    }

    /** A stored value as the user reads it; reasons and bulk summaries are text as written. */
    private String value(AuditEntry e, EClass eClass, EStructuralFeature feature, String stored) {
        if (stored == null) {
            return ""; //$NON-NLS-1$
        }
        if (e.action() == AuditAction.BULK_INSERT) {
            Matcher m = BULK.matcher(stored);
            return m.matches() ? NLS.bind(Messages.Audit_bulkRows, new Object[] { m.group(1), m.group(2), m.group(3) }) : stored;
        }
        if (feature == null || e.action() == AuditAction.REVEAL || e.action() == AuditAction.DELETE_REASON) {
            return stored;
        }
        if (eClass == P.getPriorityHousehold() && sensitive(e.entityId(), feature)) {
            return Masking.lastFour(stored);
        }
        if (feature instanceof EReference reference) {
            return reference(reference.getEReferenceType(), stored);
        }
        if (feature.getEType() instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteral(stored);
            return literal == null ? stored : ModelLabels.valueLabel(literal.getInstance());
        }
        Class<?> type = feature.getEType().getInstanceClass();
        if (type == boolean.class || type == Boolean.class) {
            return yesNo(stored);
        }
        if (eClass == P.getLicenceEvent() && feature instanceof EAttribute && RetailerStatus.getByName(stored) != null) {
            // a status event keeps the status literals as its old and new value
            return ModelLabels.valueLabel(RetailerStatus.getByName(stored));
        }
        return stored;
    }

    /** A household's field is masked as its table masks it; a household no longer stored is treated as the most sensitive kind. */
    private boolean sensitive(long householdId, EStructuralFeature feature) {
        PriorityHousehold h = households.get(householdId);
        if (h == null) {
            h = RetailerdeskFactory.eINSTANCE.createPriorityHousehold();
            h.setCategory(AssistanceCategory.DISABLED);
        }
        return Masking.sensitive(h, feature);
    }

    private String reference(EClass target, String stored) {
        long id;
        try {
            id = Long.parseLong(stored);
        } catch (NumberFormatException ex) {
            return stored;
        }
        if (target == P.getRetailer() && retailers.containsKey(id)) {
            return retailers.get(id);
        }
        Map<Long, String> byId = labels.get(target);
        String label = byId == null ? null : byId.get(id);
        return label != null ? label : "#" + id; //$NON-NLS-1$
    }
}
