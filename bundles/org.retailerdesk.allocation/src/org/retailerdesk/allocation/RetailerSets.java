package org.retailerdesk.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.internal.Messages;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.retailers.InBusiness;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.Store;

/** Reads the retailers a round may serve from the store into a {@link RetailerSet}. */
public final class RetailerSets {

    /** Retailers per page read from the store. */
    private static final int PAGE = 2000;

    private RetailerSets() {
    }

    /**
     * Every retailer in business ({@link InBusiness}: suspended and cancelled shops get nothing), by
     * customer code. A retailer is on a two-week visit cycle when it orders at most
     * twice a month ({@code ordersPerMonth} 1 or 2); it is a priority household when it has a
     * {@link PriorityHousehold} record active on {@code day} ({@link ActiveHouseholds#activeOn}). Keys are the market type
     * and business format literals, the district and market department codes, and the credit level
     * (labelled with their names in the default locale).
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static RetailerSet fromStore(Store store, LocalDate day, IProgressMonitor monitor) {
        Set<Long> priority = ActiveHouseholds.retailersOn(store.findAll(PriorityHousehold.class), day);
        RetailerQuery query = InBusiness.only(RetailerQuery.all()).sortedBy(RetailerSort.CUSTOMER_CODE, true);
        long total = store.retailers().count(query);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.RetailerSets_reading, total),
                (int) Math.ceilDiv(total, PAGE) + 1);
        RetailerSet.Builder b = RetailerSet.builder();
        for (int offset = 0;; offset += PAGE) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            // the count is known: pages without counting again
            List<Retailer> rows = store.retailers().findRetailerRows(query.page(offset, PAGE));
            for (Retailer r : rows) {
                add(b, r, priority.contains(r.getId()));
            }
            progress.worked(1);
            if (rows.size() < PAGE) {
                return b.build();
            }
        }
    }

    private static void add(RetailerSet.Builder b, Retailer r, boolean priority) {
        String district = r.getDistrict() == null ? null : r.getDistrict().getCode();
        String department = r.getMarketDepartment() == null ? null : r.getMarketDepartment().getCode();
        boolean biweekly = r.getOrdersPerMonth() > 0 && r.getOrdersPerMonth() <= 2;
        b.add(r.getId(), r.getGrade(), biweekly, priority, r.getMarketType() == null ? null : r.getMarketType().getName(),
                r.getBusinessFormat() == null ? null : r.getBusinessFormat().getName(), district, department,
                r.getCreditLevel() == null ? null : r.getCreditLevel().getName());
        if (r.getMarketType() != null) {
            b.label(Dimension.MARKET_TYPE, r.getMarketType().getName(), ModelLabels.valueLabel(r.getMarketType()));
        }
        if (r.getBusinessFormat() != null) {
            b.label(Dimension.BUSINESS_FORMAT, r.getBusinessFormat().getName(),
                    ModelLabels.valueLabel(r.getBusinessFormat()));
        }
        if (district != null) {
            b.label(Dimension.DISTRICT, district, r.getDistrict().getName());
        }
        if (department != null) {
            b.label(Dimension.MARKET_DEPARTMENT, department, r.getMarketDepartment().getName());
        }
    }
}
