package org.retailerdesk.ui.retailers.internal;

import java.util.List;

import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketDepartment;
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
            case ServiceCentre c -> districts.stream().filter(d -> d.getCentre() != null && d.getCentre().getId() == c.getId()).toList();
            case District d -> departments.stream().filter(m -> m.getDistrict() != null && m.getDistrict().getId() == d.getId()).toList();
            case MarketDepartment m -> managers.stream().filter(s -> s.getMarketDepartment() != null && s.getMarketDepartment().getId() == m.getId()).toList();
            case Staff s -> s.getMarketDepartment() == null ? List.of()
                    : routes.stream().filter(r -> r.getMarketDepartment() != null && r.getMarketDepartment().getId() == s.getMarketDepartment().getId()).toList();
            default -> List.of();
        };
    }
}
