package org.retailerdesk.ui.retailers.internal.profile;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.LicenceEvent;
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
import org.retailerdesk.retailers.Licences;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.Store;

/**
 * The audit trail of a retailer's file in words: the record and the field by their labels, values
 * as the profile shows them (enum labels, entities as {@link EntityLabels} writes them, yes / no)
 * instead of the stored literals and ids, and a priority household's sensitive fields masked as
 * everywhere else ({@link Masking}). Read off the UI thread with {@link #read}; its rows are plain text.
 */
final class AuditText {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"); //$NON-NLS-1$
    /** The reference classes the store caches, whose labels are read once for every row. */
    private static final List<Class<? extends Entity>> REFERENCES = List.of(ServiceCentre.class, District.class,
            MarketDepartment.class, DeliveryRoute.class, Staff.class, Brand.class, Policy.class, MutualAidGroup.class);

    /** One audit row as the History page shows it. */
    record Row(String when, String who, String action, String record, String field, String oldValue, String newValue) {
    }

    private final Retailer retailer;
    private final Map<EClass, Map<Long, String>> labels = new HashMap<>();
    private final Map<Long, PriorityHousehold> households = new HashMap<>();

    private AuditText(Retailer retailer) {
        this.retailer = retailer;
    }

    /** Reads what the rows of this retailer need to be told in words: the reference lists, its households. */
    static AuditText read(Store store, Retailer retailer) {
        AuditText text = new AuditText(retailer);
        for (Class<? extends Entity> type : REFERENCES) {
            Map<Long, String> byId = new HashMap<>();
            store.findAll(type).forEach(e -> byId.put(e.getId(), EntityLabels.label(e)));
            text.labels.put((EClass) P.getEClassifier(type.getSimpleName()), byId);
        }
        store.findBy(PriorityHousehold.class, retailer.getId()).forEach(h -> text.households.put(h.getId(), h));
        return text;
    }

    Row row(AuditEntry e) {
        EClassifier type = P.getEClassifier(e.entityType());
        EClass eClass = type instanceof EClass c ? c : null;
        EStructuralFeature feature = eClass == null || e.field() == null ? null : eClass.getEStructuralFeature(e.field());
        return new Row(time(e.at()), e.actor(), action(e.action()),
                eClass == null ? e.entityType() : ModelLabels.label(eClass),
                feature == null ? e.field() == null ? "" : e.field() : ModelLabels.label(feature), //$NON-NLS-1$
                value(e, eClass, feature, e.oldValue()), value(e, eClass, feature, e.newValue()));
    }

    /** When an audit row was written, as the History page shows it. */
    static String time(java.time.Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    private static String action(AuditAction action) {
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

    /** A stored value as the user reads it; reasons and bulk summaries are text as written. */
    private String value(AuditEntry e, EClass eClass, EStructuralFeature feature, String stored) {
        if (stored == null) {
            return ""; //$NON-NLS-1$
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
            return Boolean.parseBoolean(stored) ? Messages.Value_yes : Messages.Value_no;
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
        if (target == P.getRetailer() && id == retailer.getId()) {
            return EntityLabels.label(retailer);
        }
        Map<Long, String> byId = labels.get(target);
        String label = byId == null ? null : byId.get(id);
        return label != null ? label : "#" + id; //$NON-NLS-1$
    }

    /** The old or new value of a licence event as the user reads it: a status label for the status events. */
    static String eventValue(LicenceEvent event, String stored) {
        if (stored == null) {
            return ""; //$NON-NLS-1$
        }
        RetailerStatus status = Licences.takesValue(event.getKind()) ? null : RetailerStatus.getByName(stored);
        return status == null ? stored : ModelLabels.valueLabel(status);
    }
}
