package org.retailerdesk.ui.retailers.internal;

import java.util.ArrayList;
import java.util.List;

import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.store.Store;

/**
 * The centre's service network from the store's reference tables, which the store caches: what the
 * navigator shows and the filter bar offers. Read off the UI thread with {@link #read(Store)}.
 */
record ServiceNetwork(List<ServiceCentre> centres, List<District> districts, List<MarketDepartment> departments,
        List<Staff> managers, List<DeliveryRoute> routes) {

    static ServiceNetwork read(Store store) {
        List<Staff> managers = store.findAll(Staff.class).stream()
                .filter(s -> s.getRole() == StaffRole.CUSTOMER_MANAGER).toList();
        return new ServiceNetwork(store.findAll(ServiceCentre.class), store.findAll(District.class),
                store.findAll(MarketDepartment.class), managers, store.findAll(DeliveryRoute.class));
    }

    /** The children of a node of the navigator: centre, district, market department, customer manager, route. */
    List<?> childrenOf(Object parent) {
        return switch (parent) {
            case ServiceCentre c -> districts.stream().filter(d -> same(d.getCentre(), c)).toList();
            case District d -> departmentsOf(d);
            case MarketDepartment m -> managersOf(null, m);
            case Staff s -> s.getMarketDepartment() == null ? List.of() : routesOf(null, s.getMarketDepartment());
            default -> List.of();
        };
    }

    /** The market departments of a district; all of them for null. */
    List<MarketDepartment> departmentsOf(District district) {
        return departments.stream().filter(m -> district == null || same(m.getDistrict(), district)).toList();
    }

    /** The customer managers of a market department, else of a district's departments, else all. */
    List<Staff> managersOf(District district, MarketDepartment department) {
        return managers.stream().filter(s -> within(s.getMarketDepartment(), district, department)).toList();
    }

    /** The delivery routes of a market department, else of a district's departments, else all. */
    List<DeliveryRoute> routesOf(District district, MarketDepartment department) {
        return routes.stream().filter(r -> within(r.getMarketDepartment(), district, department)).toList();
    }

    private static boolean within(MarketDepartment m, District district, MarketDepartment department) {
        if (department != null) {
            return same(m, department);
        }
        return district == null || m != null && same(m.getDistrict(), district);
    }

    /** Reference objects may be copies; the id says which entity they are. */
    private static boolean same(Entity a, Entity b) {
        return a != null && b != null && a.getId() == b.getId();
    }

    /**
     * The navigator's path to a retailer: centre, district, market department, and its customer
     * manager and route where they belong to that department. Null when its district is unknown.
     */
    List<Object> pathTo(Retailer retailer) {
        District district = find(districts, retailer.getDistrict());
        if (district == null) {
            return null;
        }
        List<Object> path = new ArrayList<>();
        ServiceCentre centre = find(centres, district.getCentre());
        if (centre != null) {
            path.add(centre);
        }
        path.add(district);
        MarketDepartment department = find(departmentsOf(district), retailer.getMarketDepartment());
        if (department == null) {
            return path;
        }
        path.add(department);
        Staff manager = find(managersOf(null, department), retailer.getCustomerManager());
        if (manager == null) {
            return path;
        }
        path.add(manager);
        DeliveryRoute route = find(routesOf(null, department), retailer.getDeliveryRoute());
        if (route != null) {
            path.add(route);
        }
        return path;
    }

    private static <T extends Entity> T find(List<T> among, Entity entity) {
        return entity == null ? null : among.stream().filter(e -> e.getId() == entity.getId()).findFirst().orElse(null);
    }
}
