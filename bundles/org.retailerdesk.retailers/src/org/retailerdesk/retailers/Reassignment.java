package org.retailerdesk.retailers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.retailers.internal.Messages;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.Store;

/**
 * Moves retailers to another customer manager, delivery route and/or market department in one store
 * transaction: all of them move, or none (a refusal or a cancel part way takes everything back).
 * The store audits each retailer's update.
 * <p>
 * The rules: the manager is an active customer manager; the department and the route are in use;
 * a route belongs to the department the retailers end up in (the one given, else each retailer's
 * own), so a department given without a route refuses retailers whose route is of another
 * department; a department of a district takes only that district's retailers. Call from a Job.
 */
public final class Reassignment {

    /** Retailers per page when a query's retailers are listed. */
    private static final int PAGE = 2000;
    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;

    /**
     * Where the retailers go: a null id leaves that field as it is; at least one is given.
     *
     * @param customerManagerId  the new customer manager (a {@link Staff})
     * @param deliveryRouteId    the new delivery route
     * @param marketDepartmentId the new market department
     */
    public record Target(Long customerManagerId, Long deliveryRouteId, Long marketDepartmentId) {

        /** True when no field is given: nothing to move the retailers to. */
        public boolean isEmpty() {
            return customerManagerId == null && deliveryRouteId == null && marketDepartmentId == null;
        }
    }

    /**
     * @param moved     retailers whose manager, route or department changed
     * @param unchanged retailers that were there already
     */
    public record Result(int moved, int unchanged) {
    }

    private Reassignment() {
    }

    /**
     * Moves the retailers a query matches (its sort and page are ignored), as listed when this starts.
     *
     * @throws ChangeRefusedException     when a rule refuses the target or one of the retailers (nothing moved)
     * @throws OperationCanceledException when the monitor is cancelled (nothing moved)
     */
    public static Result reassign(Store store, RetailerQuery retailers, Target target, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        RetailerQuery query = retailers.sortedBy(RetailerSort.CUSTOMER_CODE, true);
        List<Long> ids = new ArrayList<>();
        for (int offset = 0;; offset += PAGE) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Retailer> rows = store.retailers().findRetailerRows(query.page(offset, PAGE));
            rows.forEach(r -> ids.add(r.getId()));
            if (rows.size() < PAGE) {
                break;
            }
        }
        progress.worked(1);
        return reassign(store, ids, target, progress.split(9));
    }

    /**
     * Moves the retailers with those ids.
     *
     * @throws ChangeRefusedException     when a rule refuses the target or one of the retailers, or one is
     *                                    gone (nothing moved)
     * @throws OperationCanceledException when the monitor is cancelled (nothing moved)
     */
    public static Result reassign(Store store, Collection<Long> retailerIds, Target target, IProgressMonitor monitor) {
        if (target.isEmpty()) {
            throw new ChangeRefusedException(Messages.Reassign_noTarget);
        }
        Staff manager = target.customerManagerId() == null ? null : find(store, Staff.class, target.customerManagerId());
        DeliveryRoute route = target.deliveryRouteId() == null ? null
                : find(store, DeliveryRoute.class, target.deliveryRouteId());
        MarketDepartment department = target.marketDepartmentId() == null ? null
                : find(store, MarketDepartment.class, target.marketDepartmentId());
        checkTarget(manager, route, department);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(retailerIds));
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Reassign_moving, ids.size()), ids.size());
        return store.write(tx -> {
            int moved = 0;
            for (long id : ids) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Retailer r = tx.get(Retailer.class, id);
                if (r == null) {
                    throw new ChangeRefusedException(NLS.bind(Messages.Reassign_retailerGone, id));
                }
                MarketDepartment endsIn = department != null ? department : r.getMarketDepartment();
                checkRetailer(r, route, department, endsIn);
                boolean changes = manager != null && !same(manager, r.getCustomerManager())
                        || route != null && !same(route, r.getDeliveryRoute())
                        || department != null && !same(department, r.getMarketDepartment());
                if (changes) {
                    if (manager != null) {
                        r.setCustomerManager(manager);
                    }
                    if (route != null) {
                        r.setDeliveryRoute(route);
                    }
                    if (department != null) {
                        r.setMarketDepartment(department);
                    }
                    tx.update(r);
                    moved++;
                }
                progress.worked(1);
            }
            return new Result(moved, ids.size() - moved);
        });
    }

    private static <T extends Entity> T find(Store store, Class<T> type, long id) {
        T found = store.get(type, id);
        if (found == null) {
            throw new ChangeRefusedException(NLS.bind(Messages.Reassign_notFound,
                    ModelLabels.label(P.getEClassifier(type.getSimpleName())), id));
        }
        return found;
    }

    private static void checkTarget(Staff manager, DeliveryRoute route, MarketDepartment department) {
        if (manager != null && manager.getRole() != StaffRole.CUSTOMER_MANAGER) {
            throw new ChangeRefusedException(NLS.bind(Messages.Reassign_notManager, EntityLabels.label(manager),
                    manager.getRole() == null ? "" : ModelLabels.valueLabel(manager.getRole()))); //$NON-NLS-1$
        }
        if (manager != null && !manager.isActive()) {
            throw new ChangeRefusedException(NLS.bind(Messages.Reassign_managerInactive, EntityLabels.label(manager)));
        }
        if (route != null && !route.isActive()) {
            throw new ChangeRefusedException(NLS.bind(Messages.Reassign_retired, EntityLabels.label(route)));
        }
        if (department != null && !department.isActive()) {
            throw new ChangeRefusedException(NLS.bind(Messages.Reassign_retired, EntityLabels.label(department)));
        }
        if (route != null && department != null && !same(route.getMarketDepartment(), department)) {
            throw new ChangeRefusedException(NLS.bind(Messages.Reassign_routeElsewhere, new Object[] {
                    EntityLabels.label(route), EntityLabels.label(route.getMarketDepartment()), EntityLabels.label(department) }));
        }
    }

    /** Refuses a retailer that would end up with a route of another department, or in a department of another district. */
    private static void checkRetailer(Retailer r, DeliveryRoute route, MarketDepartment department,
            MarketDepartment endsIn) {
        if (department != null && department.getDistrict() != null && !same(department.getDistrict(), r.getDistrict())) {
            throw new ChangeRefusedException(NLS.bind(Messages.Reassign_otherDistrict, new Object[] { EntityLabels.label(r),
                    EntityLabels.label(r.getDistrict()), EntityLabels.label(department),
                    EntityLabels.label(department.getDistrict()) }));
        }
        if (route == null && department == null) {
            return; // a new manager alone leaves route and department as they are, consistent or not
        }
        DeliveryRoute endsOn = route != null ? route : r.getDeliveryRoute();
        if (endsOn != null && endsOn.getMarketDepartment() != null && !same(endsOn.getMarketDepartment(), endsIn)) {
            String message = route != null ? Messages.Reassign_routeOfOtherDepartment : Messages.Reassign_keepsRoute;
            throw new ChangeRefusedException(NLS.bind(message, new Object[] { EntityLabels.label(r),
                    EntityLabels.label(endsOn), EntityLabels.label(endsOn.getMarketDepartment()), EntityLabels.label(endsIn) }));
        }
    }

    /** References may be copies (cached instances, proxies): the id says which entity they are. */
    private static boolean same(Entity a, Entity b) {
        return a != null && b != null && a.getId() == b.getId();
    }
}
