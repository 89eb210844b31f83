package org.retailerdesk.allocation.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.outcome.internal.Messages;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.District;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.AllocationQueries;
import org.retailerdesk.store.AllocationTotals;
import org.retailerdesk.store.Store;

/**
 * Computes the outcome report (分配结果报告): for a period, the share of scarce supply that reached
 * priority households against their share of retailers, per assistance category and per district.
 *
 * <h2>What counts</h2>
 * <ul>
 * <li><b>Rounds</b>: every {@link AllocationRound} whose period overlaps the report's (at least one
 * day in common), with status PUBLISHED, or also CALCULATED when asked (drafts never count), of the
 * chosen brand or of every brand.</li>
 * <li><b>Retailers</b>: those with a line in at least one of these rounds, zero-carton lines
 * included. The engine writes a line for every retailer in business when it computes a round, so
 * these are exactly the retailers the rounds were shared among: the fair base for "their share".
 * Today's active retailers would not be: a shop opened after the round or closed since would move
 * the share though the round never concerned it. A retailer counts once however many rounds it is
 * in; its district is the one in its file now (lines do not keep one).</li>
 * <li><b>Priority households</b>: retailers among those with an active household record
 * ({@code active}) of the category whose evidence was valid on at least one day of the period:
 * dated on or before its last day, and not expired before its first ({@code expiryDate} empty or
 * on/after the first day; {@link ActiveHouseholds#in}). A household whose evidence expires in the middle of the period counts
 * with all its cartons of the period: it was a household while the rounds ran. Records
 * deactivated since do not count (the register keeps no history of that flag). A retailer with
 * records of two categories counts in both categories, and once in the districts and overall.</li>
 * <li><b>Cartons</b>: the sum of the lines' quantities as stored, so an overridden line counts with
 * its overridden quantity; total cartons are what the lines hand out (the supply minus the gap).</li>
 * </ul>
 * The sums are made by the database ({@link Store#allocationTotals}), never by reading the lines.
 */
public final class OutcomeReports {

    private OutcomeReports() {
    }

    /**
     * @throws AllocationException with a zh/en message when the period is missing or ends before it
     *                             starts, the brand is unknown, or no round falls in the period
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static OutcomeReport compute(Store store, OutcomeQuery query, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Outcome_task, 3);
        LocalDate from = query.from();
        LocalDate to = query.to();
        if (from == null || to == null) {
            throw new AllocationException(Messages.Outcome_noPeriod);
        }
        if (to.isBefore(from)) {
            throw new AllocationException(NLS.bind(Messages.Outcome_endBeforeStart, from, to));
        }
        String brand = query.brandCode() == null || query.brandCode().isBlank() ? null : query.brandCode().strip();
        if (brand != null && store.findAll(Brand.class).stream().noneMatch(b -> brand.equals(b.getCode()))) {
            throw new AllocationException(NLS.bind(Messages.Outcome_unknownBrand, brand));
        }
        List<AllocationRound> rounds = rounds(store, query, brand);
        if (rounds.isEmpty()) {
            throw new AllocationException(NLS.bind(Messages.Outcome_noRounds, new Object[] { from, to,
                    query.includeCalculated() ? Messages.Outcome_publishedOrCalculated : Messages.Outcome_published,
                    brand == null ? Messages.Outcome_anyBrand : NLS.bind(Messages.Outcome_brand, brand) }));
        }
        progress.worked(1);
        checkCancel(progress);
        List<AllocationTotals> totals = store.role(AllocationQueries.class).allocationTotals(rounds.stream().map(AllocationRound::getId).toList(),
                ActiveHouseholds.in(from, to));
        progress.worked(1);
        checkCancel(progress);
        OutcomeReport report = assemble(query, rounds, totals, store.findAll(District.class));
        progress.worked(1);
        return report;
    }

    private static List<AllocationRound> rounds(Store store, OutcomeQuery query, String brand) {
        List<AllocationRound> out = new ArrayList<>();
        for (AllocationRound r : store.findAll(AllocationRound.class)) {
            boolean status = r.getStatus() == RoundStatus.PUBLISHED
                    || query.includeCalculated() && r.getStatus() == RoundStatus.CALCULATED;
            boolean overlaps = !r.getPeriodStart().isAfter(query.to()) && !r.getPeriodEnd().isBefore(query.from());
            if (status && overlaps && (brand == null || r.getBrand() != null && brand.equals(r.getBrand().getCode()))) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(AllocationRound::getPeriodStart).thenComparing(AllocationRound::getCode));
        return out;
    }

    private static void checkCancel(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** The sums of one district: all its retailers, its households of any category, and per category. */
    private static final class DistrictSums {
        AllocationTotals all;
        AllocationTotals households;
        final Map<AssistanceCategory, AllocationTotals> byCategory = new EnumMap<>(AssistanceCategory.class);
    }

    /** Turns the database's sums per district into the report's rows. */
    static OutcomeReport assemble(OutcomeQuery query, List<AllocationRound> rounds, List<AllocationTotals> totals,
            List<District> districts) {
        Map<Long, DistrictSums> sums = new HashMap<>();
        for (AllocationTotals t : totals) {
            DistrictSums d = sums.computeIfAbsent(t.districtId(), id -> new DistrictSums());
            if (!t.households()) {
                d.all = t;
            } else if (t.category() == null) {
                d.households = t;
            } else {
                d.byCategory.put(t.category(), t);
            }
        }
        Map<Long, District> districtById = new HashMap<>();
        districts.forEach(d -> districtById.put(d.getId(), d));
        List<Long> order = new ArrayList<>();
        for (Map.Entry<Long, DistrictSums> e : sums.entrySet()) {
            if (e.getValue().all != null) {
                order.add(e.getKey());
            }
        }
        order.sort(Comparator.comparing((Long id) -> code(districtById, id)));

        long retailers = 0;
        long cartons = 0;
        long households = 0;
        long householdCartons = 0;
        Map<AssistanceCategory, long[]> categoryTotals = new EnumMap<>(AssistanceCategory.class);
        List<OutcomeRow> byDistrict = new ArrayList<>();
        List<OutcomeRow> byDistrictAndCategory = new ArrayList<>();
        for (Long id : order) {
            DistrictSums d = sums.get(id);
            String code = code(districtById, id);
            String name = districtById.containsKey(id) ? districtById.get(id).getName() : code;
            retailers += d.all.retailers();
            cartons += d.all.quantity();
            long h = d.households == null ? 0 : d.households.retailers();
            long hc = d.households == null ? 0 : d.households.quantity();
            households += h;
            householdCartons += hc;
            byDistrict.add(new OutcomeRow(name, null, code, d.all.retailers(), h, hc, d.all.quantity()));
            for (AssistanceCategory c : AssistanceCategory.VALUES) {
                AllocationTotals t = d.byCategory.get(c);
                long[] sum = categoryTotals.computeIfAbsent(c, k -> new long[2]);
                long ch = t == null ? 0 : t.retailers();
                long cc = t == null ? 0 : t.quantity();
                sum[0] += ch;
                sum[1] += cc;
                byDistrictAndCategory.add(new OutcomeRow(name + " · " + ModelLabels.valueLabel(c), c, code, //$NON-NLS-1$
                        d.all.retailers(), ch, cc, d.all.quantity()));
            }
        }
        List<OutcomeRow> byCategory = new ArrayList<>();
        for (AssistanceCategory c : AssistanceCategory.VALUES) {
            long[] sum = categoryTotals.getOrDefault(c, new long[2]);
            byCategory.add(new OutcomeRow(ModelLabels.valueLabel(c), c, null, retailers, sum[0], sum[1], cartons));
        }
        OutcomeRow overall = new OutcomeRow(Messages.Outcome_all, null, null, retailers, households, householdCartons,
                cartons);
        return new OutcomeReport(query, rounds, overall, byCategory, byDistrict, byDistrictAndCategory);
    }

    private static String code(Map<Long, District> districts, long id) {
        District d = districts.get(id);
        return d != null ? d.getCode() : String.valueOf(id);
    }
}
