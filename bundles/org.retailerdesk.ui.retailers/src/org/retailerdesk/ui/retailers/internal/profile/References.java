package org.retailerdesk.ui.retailers.internal.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.store.Store;

/**
 * The centre's reference lists a retailer's references are chosen from, read from the store's
 * cache off the UI thread: districts, market departments, staff, delivery routes and mutual-aid
 * groups. What is retired is not offered, but kept where it is the present choice.
 */
record References(List<District> districts, List<MarketDepartment> departments, List<Staff> staff,
        List<DeliveryRoute> routes, List<MutualAidGroup> groups) {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    /** The role the staff in each of the retailer's staff references must have (rule STAFF_ROLE). */
    private static final Map<EReference, StaffRole> ROLES = Map.of(
            P.getRetailer_CustomerManager(), StaffRole.CUSTOMER_MANAGER,
            P.getRetailer_LicenceOfficer(), StaffRole.LICENCE_OFFICER,
            P.getRetailer_DeliveryStaff(), StaffRole.DELIVERY_STAFF,
            P.getRetailer_PhoneOrderClerk(), StaffRole.PHONE_ORDER_CLERK);

    static References read(Store store) {
        return new References(store.findAll(District.class), store.findAll(MarketDepartment.class),
                store.findAll(Staff.class), store.findAll(DeliveryRoute.class), store.findAll(MutualAidGroup.class));
    }

    /** True if the reference's choices are here. */
    static boolean offers(EReference reference) {
        Class<?> type = reference.getEReferenceType().getInstanceClass();
        return type == District.class || type == MarketDepartment.class || type == DeliveryRoute.class
                || type == MutualAidGroup.class || type == Staff.class && ROLES.containsKey(reference);
    }

    /** What a reference of the retailer may point at, by name; {@code current} is kept even if no longer offered. */
    List<Entity> choices(EReference reference, Entity current) {
        Class<?> type = reference.getEReferenceType().getInstanceClass();
        List<? extends Entity> all;
        if (type == District.class) {
            all = districts;
        } else if (type == MarketDepartment.class) {
            all = departments;
        } else if (type == DeliveryRoute.class) {
            all = routes;
        } else if (type == MutualAidGroup.class) {
            all = groups;
        } else {
            StaffRole role = ROLES.get(reference);
            all = staff.stream().filter(s -> s.getRole() == role).toList();
        }
        List<Entity> choices = new ArrayList<>(all.stream().filter(e -> active(e) || same(e, current)).toList());
        if (current != null && choices.stream().noneMatch(e -> same(e, current))) {
            choices.add(current);
        }
        choices.sort(Comparator.comparing(Values::format));
        return choices;
    }

    /** Whether the entity is in use: the reference classes have an {@code active} flag. */
    private static boolean active(Entity e) {
        EStructuralFeature flag = e.eClass().getEStructuralFeature("active"); //$NON-NLS-1$
        return flag == null || Boolean.TRUE.equals(e.eGet(flag));
    }

    static boolean same(Entity a, Entity b) {
        return a != null && b != null && a.eClass() == b.eClass() && a.getId() == b.getId();
    }
}
