package org.retailerdesk.publicity;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.retailerdesk.model.District;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Staff;
import org.retailerdesk.publicity.internal.Messages;
import org.retailerdesk.store.PublicityQueries;
import org.retailerdesk.store.CoverageCount;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;

/**
 * Computes coverage matrices. The counting is one grouped query in the database
 * ({@link Store#publicityCoverage}); only its cells (districts × managers) come back, so a matrix
 * costs about as much as counting the retailers concerned. Call from a Job.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * @throws PublicityException when the policy's scope does not parse
     */
    public static CoverageMatrix compute(Store store, Policy policy, CoverageFilter filter) {
        RetailerQuery concerned = narrow(Policies.concerned(policy, store), filter);
        if (concerned == null) {
            return new CoverageMatrix(policy, filter, null, List.of(), List.of(), 0, 0);
        }
        List<CoverageCount> cells = store.role(PublicityQueries.class).publicityCoverage(concerned, policy.getId(), filter.from(), filter.to());
        Map<Long, String> districts = new HashMap<>();
        store.findAll(District.class).forEach(d -> districts.put(d.getId(), d.getName()));
        Map<Long, String> managers = new HashMap<>();
        store.findAll(Staff.class).forEach(s -> managers.put(s.getId(), s.getName()));
        long retailers = 0;
        long told = 0;
        Map<Long, long[]> byDistrict = new HashMap<>();
        Map<Long, long[]> byManager = new HashMap<>();
        for (CoverageCount c : cells) {
            retailers += c.retailers();
            told += c.told();
            add(byDistrict, c.districtId(), c);
            add(byManager, c.customerManagerId(), c);
        }
        return new CoverageMatrix(policy, filter, concerned, shares(byDistrict, districts),
                shares(byManager, managers), retailers, told);
    }

    /**
     * The latest record of the matrix's policy in its date range for each of the retailers (a page
     * of the list of those concerned), by retailer id; the untold are not in the map.
     */
    public static Map<Long, PublicityRecord> latest(Store store, CoverageMatrix matrix, Collection<Long> retailerIds) {
        return store.role(PublicityQueries.class).latestPublicity(matrix.policy().getId(), retailerIds, matrix.filter().from(), matrix.filter().to());
    }

    /** The scope narrowed by the filter's district and manager; null when they exclude each other. */
    private static RetailerQuery narrow(RetailerQuery scope, CoverageFilter filter) {
        RetailerQuery q = scope;
        if (filter.districtId() != null) {
            if (q.districtId() != null && !q.districtId().equals(filter.districtId())) {
                return null;
            }
            q = q.withDistrict(filter.districtId());
        }
        if (filter.customerManagerId() != null) {
            if (q.customerManagerId() != null && !q.customerManagerId().equals(filter.customerManagerId())) {
                return null;
            }
            q = q.withCustomerManager(filter.customerManagerId());
        }
        return q;
    }

    private static void add(Map<Long, long[]> groups, Long id, CoverageCount c) {
        long[] sums = groups.computeIfAbsent(id, k -> new long[2]);
        sums[0] += c.retailers();
        sums[1] += c.told();
    }

    private static List<CoverageMatrix.Share> shares(Map<Long, long[]> groups, Map<Long, String> names) {
        List<CoverageMatrix.Share> out = new ArrayList<>();
        groups.forEach((id, sums) -> out.add(new CoverageMatrix.Share(id,
                id == null ? Messages.Coverage_noManager : Objects.requireNonNullElse(names.get(id), "#" + id), //$NON-NLS-1$
                sums[0], sums[1])));
        Collator collator = Collator.getInstance(Locale.CHINESE);
        out.sort(Comparator.comparing((CoverageMatrix.Share s) -> s.id() == null)
                .thenComparing(CoverageMatrix.Share::name, collator));
        return out;
    }
}
