package org.retailerdesk.ui.retailers.internal.life;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.store.Store;

/**
 * The service network a retailer can be placed in: what is in use (active), read from the store's
 * cache off the UI thread, and the consistent choices within it (a district's departments, a
 * department's routes, staff and mutual-aid groups).
 */
record Network(List<District> districts, List<MarketDepartment> departments, List<DeliveryRoute> routes,
        List<Staff> staff, List<MutualAidGroup> groups) {

    private static final Comparator<Entity> BY_LABEL = Comparator.comparing(EntityLabels::label, Collator.getInstance());

    static Network read(Store store) {
        return new Network(sorted(store.findAll(District.class).stream().filter(District::isActive).toList()),
                sorted(store.findAll(MarketDepartment.class).stream().filter(MarketDepartment::isActive).toList()),
                sorted(store.findAll(DeliveryRoute.class).stream().filter(DeliveryRoute::isActive).toList()),
                sorted(store.findAll(Staff.class).stream().filter(Staff::isActive).toList()),
                sorted(store.findAll(MutualAidGroup.class).stream().filter(MutualAidGroup::isActive).toList()));
    }

    private static <T extends Entity> List<T> sorted(List<T> entities) {
        return entities.stream().sorted(BY_LABEL).toList();
    }

    /** The departments of a district (all for null). */
    List<MarketDepartment> departmentsOf(District district) {
        return departments.stream().filter(m -> district == null || same(m.getDistrict(), district)).toList();
    }

    /** The routes of a department; none without one. */
    List<DeliveryRoute> routesOf(MarketDepartment department) {
        return routes.stream().filter(r -> same(r.getMarketDepartment(), department)).toList();
    }

    /** The staff of a role in a department; none without one. */
    List<Staff> staffOf(MarketDepartment department, StaffRole role) {
        return staff.stream().filter(s -> s.getRole() == role && same(s.getMarketDepartment(), department)).toList();
    }

    /** The mutual-aid groups of a department; none without one. */
    List<MutualAidGroup> groupsOf(MarketDepartment department) {
        return groups.stream().filter(g -> same(g.getMarketDepartment(), department)).toList();
    }

    /** References may be copies: the id says which entity they are. */
    static boolean same(Entity a, Entity b) {
        return a != null && b != null && a.getId() == b.getId();
    }
}
