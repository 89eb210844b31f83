package org.retailerdesk.store.derby.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.retailerdesk.model.RetailerdeskPackage;

/** The store's view of the model: one {@link EntityTable} per concrete class, and which classes are cached. */
public final class Schema {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;

    /** Small reference classes, kept in memory once read (see the Store javadoc). */
    private static final Set<EClass> CACHED = Set.of(P.getServiceCentre(), P.getDistrict(), P.getMarketDepartment(),
            P.getDeliveryRoute(), P.getStaff(), P.getBrand(), P.getPolicy(), P.getMutualAidGroup());

    private final Map<EClass, EntityTable> tables = new LinkedHashMap<>();
    private final Map<Class<?>, EClass> byInterface = new LinkedHashMap<>();
    private final EntityTable retailer;

    public Schema() {
        EClass entity = P.getEntity();
        for (EClassifier c : P.getEClassifiers()) {
            if (c instanceof EClass e && entity.isSuperTypeOf(e)) {
                byInterface.put(e.getInstanceClass(), e);
                if (!e.isAbstract()) {
                    tables.put(e, new EntityTable(e, P.getRetailer()));
                }
            }
        }
        retailer = tables.get(P.getRetailer());
    }

    public Collection<EntityTable> tables() {
        return tables.values();
    }

    public EntityTable table(EClass concrete) {
        EntityTable t = tables.get(concrete);
        if (t == null) {
            throw new IllegalArgumentException("Not a concrete entity class: " + concrete.getName()); //$NON-NLS-1$
        }
        return t;
    }

    EntityTable retailer() {
        return retailer;
    }

    EClass eClass(Class<?> type) {
        EClass e = byInterface.get(type);
        if (e == null) {
            throw new IllegalArgumentException("Not an entity type: " + type.getName()); //$NON-NLS-1$
        }
        return e;
    }

    /** The tables of a class: its own, or those of its concrete subclasses when abstract. */
    List<EntityTable> tablesOf(EClass type) {
        List<EntityTable> out = new ArrayList<>();
        for (EntityTable t : tables.values()) {
            if (type.isSuperTypeOf(t.eClass())) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean cached(EClass type) {
        return CACHED.contains(type);
    }
}
