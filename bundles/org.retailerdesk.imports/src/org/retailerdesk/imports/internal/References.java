package org.retailerdesk.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.store.Store;

/**
 * The store's reference data a row points at (districts, market departments, routes, mutual-aid
 * groups, staff, policies; brands, which a brand file matches), found by code or by name. A name two entities share is ambiguous unless the field's
 * role settles it (two staff called 王伟, only one a customer manager).
 */
public final class References implements Resolver {

    /** What a cell found: the entity, or why not. */
    public record Found(Entity entity, boolean ambiguous) {
    }

    private final Map<EClass, Map<String, Entity>> byCode = new HashMap<>();
    private final Map<EClass, Map<String, List<Entity>>> byName = new HashMap<>();
    private final Map<EClass, List<Entity>> all = new HashMap<>();

    public References(Store store) {
        for (District d : store.findAll(District.class)) {
            add(d, d.getCode(), d.getName());
        }
        for (MarketDepartment m : store.findAll(MarketDepartment.class)) {
            add(m, m.getCode(), m.getName());
        }
        for (DeliveryRoute r : store.findAll(DeliveryRoute.class)) {
            add(r, r.getCode(), r.getName());
        }
        for (MutualAidGroup g : store.findAll(MutualAidGroup.class)) {
            add(g, g.getCode(), g.getName());
        }
        for (Staff s : store.findAll(Staff.class)) {
            add(s, s.getCode(), s.getName());
        }
        for (Policy p : store.findAll(Policy.class)) {
            add(p, p.getCode(), p.getTitle());
        }
        for (Brand b : store.findAll(Brand.class)) {
            add(b, b.getCode(), b.getName());
        }
    }

    private void add(Entity e, String code, String name) {
        all.computeIfAbsent(e.eClass(), k -> new ArrayList<>()).add(e);
        byCode.computeIfAbsent(e.eClass(), k -> new HashMap<>()).put(Text.normalize(code), e);
        byName.computeIfAbsent(e.eClass(), k -> new HashMap<>()).computeIfAbsent(Text.normalize(name),
                k -> new ArrayList<>()).add(e);
    }

    /** The entity the text names for the reference, by code first, then by name; null entity if none. */
    @Override
    public Found find(EReference reference, String text) {
        Found found = find(reference.getEReferenceType(), text);
        List<Entity> named = found.ambiguous() ? named(reference.getEReferenceType(), text) : List.of();
        StaffRole role = roleOf(reference);
        if (role != null && !named.isEmpty()) {
            named = named.stream().filter(x -> ((Staff) x).getRole() == role).toList();
            return named.size() == 1 ? new Found(named.get(0), false) : new Found(null, named.size() > 1);
        }
        return found;
    }

    /** The stored entity of the class the text names, by code first, then by name; null entity if none. */
    public Found find(EClass type, String text) {
        String key = Text.normalize(text);
        Entity e = byCode.getOrDefault(type, Map.of()).get(key);
        if (e != null) {
            return new Found(e, false);
        }
        List<Entity> named = named(type, text);
        return named.size() == 1 ? new Found(named.get(0), false) : new Found(null, named.size() > 1);
    }

    /** The stored entity of the class with that code (normalized), or null. */
    public Entity coded(EClass type, String code) {
        return byCode.getOrDefault(type, Map.of()).get(Text.normalize(code));
    }

    /** The stored entities of the class with that name (normalized). */
    public List<Entity> named(EClass type, String name) {
        return byName.getOrDefault(type, Map.of()).getOrDefault(Text.normalize(name), List.of());
    }

    /** Every stored entity of the class, by id. */
    public List<Entity> all(EClass type) {
        return all.getOrDefault(type, List.of());
    }

    /** The role the staff of a retailer's reference must have (the model's StaffRoles rule); null for other references. */
    static StaffRole roleOf(EReference reference) {
        if (reference == Literals.RETAILER__CUSTOMER_MANAGER) {
            return StaffRole.CUSTOMER_MANAGER;
        } else if (reference == Literals.RETAILER__PHONE_ORDER_CLERK) {
            return StaffRole.PHONE_ORDER_CLERK;
        } else if (reference == Literals.RETAILER__DELIVERY_STAFF) {
            return StaffRole.DELIVERY_STAFF;
        } else if (reference == Literals.RETAILER__LICENCE_OFFICER) {
            return StaffRole.LICENCE_OFFICER;
        }
        return null;
    }
}
