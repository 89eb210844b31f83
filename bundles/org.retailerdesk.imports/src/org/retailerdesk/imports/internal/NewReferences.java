package org.retailerdesk.imports.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;

/**
 * The districts, market departments, routes, mutual-aid groups and staff that a retailer import
 * with "create missing references" creates for the names its rows give and the store lacks. Rows
 * that name the same new entry (same class, same name after normalizing, for staff the same role)
 * share one entity; it takes its place from the first such row: a department hangs under that
 * row's district, a route and a group under its department, staff work in its department; staff are
 * active and have the role of the column that named them. Codes come from {@link NewCodes}. Nothing
 * is written here: the commit inserts {@link #needed} before the retailers, in the same transaction.
 */
public final class NewReferences {

    /** The order a commit inserts them in: what is referred to before what refers to it. */
    public static final List<EClass> ORDER = List.of(Literals.DISTRICT, Literals.MARKET_DEPARTMENT,
            Literals.DELIVERY_ROUTE, Literals.MUTUAL_AID_GROUP, Literals.STAFF);

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;

    private final NewCodes codes;
    private final ServiceCentre centre;
    private final Map<String, Entity> byKey = new LinkedHashMap<>();

    /** @param centres the stored service centres: a new district belongs to the centre when there is one */
    public NewReferences(References references, List<ServiceCentre> centres) {
        this.codes = new NewCodes(references, centres);
        this.centre = centres.size() == 1 ? centres.get(0) : null;
    }

    /**
     * The new entity the retailer's reference names: the one an earlier row made for that name, or a
     * new one placed by the retailer's district and department as they are now.
     */
    public Entity entity(EReference reference, String name, Retailer retailer) {
        StaffRole role = References.roleOf(reference);
        EClass type = reference.getEReferenceType();
        String key = type.getName() + '|' + (role == null ? "" : role.getName()) + '|' + Text.normalize(name); //$NON-NLS-1$
        return byKey.computeIfAbsent(key, k -> create(type, role, name.strip(), retailer));
    }

    private Entity create(EClass type, StaffRole role, String name, Retailer retailer) {
        District district = retailer.getDistrict();
        MarketDepartment department = retailer.getMarketDepartment();
        District departmentsDistrict = department != null && department.getDistrict() != null ? department.getDistrict()
                : district;
        if (type == Literals.DISTRICT) {
            District d = F.createDistrict();
            d.setCode(codes.district());
            d.setName(name);
            d.setCentre(centre);
            return d;
        } else if (type == Literals.MARKET_DEPARTMENT) {
            MarketDepartment m = F.createMarketDepartment();
            m.setCode(codes.department(district));
            m.setName(name);
            m.setDistrict(district);
            return m;
        } else if (type == Literals.DELIVERY_ROUTE) {
            DeliveryRoute r = F.createDeliveryRoute();
            r.setCode(codes.route(departmentsDistrict));
            r.setName(name);
            r.setMarketDepartment(department);
            return r;
        } else if (type == Literals.MUTUAL_AID_GROUP) {
            MutualAidGroup g = F.createMutualAidGroup();
            g.setCode(codes.group(departmentsDistrict));
            g.setName(name);
            g.setMarketDepartment(department);
            return g;
        } else if (type == Literals.STAFF) {
            Staff s = F.createStaff();
            s.setCode(codes.staff());
            s.setName(name);
            s.setRole(role == null ? StaffRole.CUSTOMER_MANAGER : role);
            s.setMarketDepartment(department);
            s.setActive(true);
            return s;
        }
        throw new IllegalArgumentException(type.getName());
    }

    /** The new entities of the class made so far (for the fallbacks that look for the only district). */
    public List<Entity> made(EClass type) {
        return byKey.values().stream().filter(e -> e.eClass() == type).toList();
    }

    /**
     * What a commit of these retailers must insert: the new entities they refer to and those these
     * refer to in turn (a new route's new department), in {@link #ORDER}, each class in the order
     * the rows named them. Entities only rejected rows named are left out.
     */
    public List<Entity> needed(List<Retailer> retailers) {
        Set<Entity> planned = Collections.newSetFromMap(new IdentityHashMap<>());
        planned.addAll(byKey.values());
        Set<Entity> needed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Retailer r : retailers) {
            for (Entity e : new Entity[] { r.getDistrict(), r.getMarketDepartment(), r.getDeliveryRoute(),
                    r.getMutualAidGroup(), r.getCustomerManager(), r.getPhoneOrderClerk(), r.getDeliveryStaff(),
                    r.getLicenceOfficer() }) {
                need(e, planned, needed);
            }
        }
        Map<EClass, List<Entity>> byClass = new HashMap<>();
        for (Entity e : byKey.values()) {
            if (needed.contains(e)) {
                byClass.computeIfAbsent(e.eClass(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Entity> out = new ArrayList<>();
        for (EClass type : ORDER) {
            out.addAll(byClass.getOrDefault(type, List.of()));
        }
        return out;
    }

    /** Adds a planned entity and the planned entities it refers to. */
    private static void need(Entity e, Set<Entity> planned, Set<Entity> needed) {
        if (e == null || !planned.contains(e) || !needed.add(e)) {
            return;
        }
        if (e instanceof MarketDepartment m) {
            need(m.getDistrict(), planned, needed);
        } else if (e instanceof DeliveryRoute r) {
            need(r.getMarketDepartment(), planned, needed);
        } else if (e instanceof MutualAidGroup g) {
            need(g.getMarketDepartment(), planned, needed);
        } else if (e instanceof Staff s) {
            need(s.getMarketDepartment(), planned, needed);
        }
    }
}
