package org.retailerdesk.allocation.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.AllocationRounds;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.RetailerPages;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.StoredRound;
import org.retailerdesk.allocation.notice.internal.Messages;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AllocationRule;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.Store;

/**
 * What the public notice (公示) of a stored round says: the round, its rules, the quantity per
 * grade, the totals per group and the list of retailers with their cartons. Only the shop's code,
 * name, grade and cartons are listed: nothing about priority households. Read from the stored
 * lines, overrides included, so the notice is what was published. Labels are in the default locale.
 *
 * @param title   the round's title
 * @param code    the round's code
 * @param brand   the brand's name and code
 * @param period  the month of the round
 * @param method  the method's label
 * @param status  the status's label
 * @param publishedOn when it was published, or null
 * @param supply  the cartons to hand out
 * @param total   the cartons handed out
 * @param rules   one text per rule, in order
 * @param grades  per grade with retailers, highest first
 * @param groups  per group (none by grade), by label
 * @param lines   per retailer, by customer code
 */
public record Notice(String title, String code, String brand, YearMonth period, String method, String status,
        LocalDate publishedOn, long supply, long total, List<String> rules, List<GradeRow> grades, List<GroupRow> groups,
        List<LineRow> lines) {

    /** One grade: how many retailers, the cartons they get in all, and the least and most one of them gets. */
    public record GradeRow(int grade, long retailers, long cartons, int least, int most) {
    }

    /** One group of the round's dimensions, e.g. 城网 · 历下区. */
    public record GroupRow(String label, long retailers, long cartons) {
    }

    /** One retailer's line as the public sees it. */
    public record LineRow(String customerCode, String shopName, int grade, int quantity) {
    }

    /** @return supply − total */
    public long gap() {
        return supply - total;
    }

    /**
     * Reads a stored round and its retailers.
     *
     * @throws org.retailerdesk.allocation.AllocationException when there is no such round
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
     */
    public static Notice read(Store store, long roundId, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Notice_reading, 10);
        StoredRound stored = AllocationRounds.load(store, roundId);
        progress.worked(2);
        Map<Long, AllocationLine> byRetailer = new HashMap<>();
        for (AllocationLine l : stored.lines()) {
            byRetailer.put(l.getRetailer().getId(), l);
        }
        List<Dimension> dimensions = stored.spec().dimensions();
        List<LineRow> lines = new ArrayList<>();
        Map<String, long[]> groups = new LinkedHashMap<>();
        // a weight rule names its key as stored (URBAN, a district's code): shown by its label
        Map<String, String> keyLabels = new HashMap<>();
        RetailerPages.forEach(store, progress.split(8), r -> {
            AllocationLine l = byRetailer.get(r.getId());
            if (l == null) {
                return;
            }
            lines.add(new LineRow(r.getCustomerCode(), r.getShopName(), l.getGrade(), l.getQuantity()));
            for (Dimension d : dimensions) {
                Object value = r.eGet(feature(d));
                keyLabels.putIfAbsent(d.option() + '\u0000' + key(value), valueLabel(value));
            }
            if (!dimensions.isEmpty()) {
                long[] group = groups.computeIfAbsent(groupLabel(r, dimensions), k -> new long[2]);
                group[0]++;
                group[1] += l.getQuantity();
            }
        });
        List<GroupRow> groupRows = new ArrayList<>();
        groups.forEach((label, v) -> groupRows.add(new GroupRow(label, v[0], v[1])));
        groupRows.sort(Comparator.comparing(GroupRow::label));
        AllocationRound round = stored.round();
        return new Notice(round.getTitle(), round.getCode(),
                EntityLabels.label(round.getBrand()),
                stored.spec().period(), ModelLabels.valueLabel(round.getMethod()), ModelLabels.valueLabel(round.getStatus()),
                round.getPublishedOn(), round.getTotalQuantity(), stored.total(),
                stored.rules().stream().map(rule -> describe(rule, keyLabels)).toList(), grades(stored.lines()), List.copyOf(groupRows),
                List.copyOf(lines));
    }

    private static List<GradeRow> grades(List<AllocationLine> lines) {
        List<GradeRow> out = new ArrayList<>();
        for (int g = RetailerSet.MAX_GRADE; g >= RetailerSet.MIN_GRADE; g--) {
            long retailers = 0;
            long cartons = 0;
            int least = Integer.MAX_VALUE;
            int most = 0;
            for (AllocationLine l : lines) {
                if (l.getGrade() == g) {
                    retailers++;
                    cartons += l.getQuantity();
                    least = Math.min(least, l.getQuantity());
                    most = Math.max(most, l.getQuantity());
                }
            }
            if (retailers > 0) {
                out.add(new GradeRow(g, retailers, cartons, least, most));
            }
        }
        return out;
    }

    /** The retailer's group, its value in each dimension as shown to people, e.g. 城网 · 历下区. */
    private static String groupLabel(Retailer r, List<Dimension> dimensions) {
        List<String> parts = new ArrayList<>();
        for (Dimension d : dimensions) {
            parts.add(valueLabel(r.eGet(feature(d))));
        }
        return String.join(" · ", parts); //$NON-NLS-1$
    }

    private static EStructuralFeature feature(Dimension d) {
        return Literals.RETAILER.getEStructuralFeature(d.option());
    }

    private static String valueLabel(Object value) {
        if (value instanceof Enumerator e) {
            return ModelLabels.valueLabel(e);
        }
        if (value instanceof EObject o && o.eClass().getEStructuralFeature("name") != null) { //$NON-NLS-1$
            return String.valueOf(o.eGet(o.eClass().getEStructuralFeature("name"))); //$NON-NLS-1$
        }
        return Messages.Notice_none;
    }

    /** The key a value has in a {@link org.retailerdesk.allocation.RetailerSet}: a literal's name, else a code. */
    private static String key(Object value) {
        if (value instanceof Enumerator e) {
            return e.getName();
        }
        if (value instanceof EObject o && o.eClass().getEStructuralFeature("code") != null) { //$NON-NLS-1$
            return String.valueOf(o.eGet(o.eClass().getEStructuralFeature("code"))); //$NON-NLS-1$
        }
        return ""; //$NON-NLS-1$
    }

    /** A rule as a line of the notice, e.g. 档位下限：5, 维度权重：市场类型 城网 = 4. */
    static String describe(AllocationRule r, Map<String, String> keyLabels) {
        String kind = ModelLabels.valueLabel(r.getKind());
        String value = r.isSetValue() ? BigDecimal.valueOf(r.getValue()).stripTrailingZeros().toPlainString() : ""; //$NON-NLS-1$
        Dimension d = r.getDimension() == null ? null : Dimension.ofOption(r.getDimension());
        if (d == null) {
            return NLS.bind(Messages.Notice_rule, kind, value);
        }
        String dimension = ModelLabels.label(feature(d));
        return r.getKey() == null ? NLS.bind(Messages.Notice_ruleByRetailers, kind, dimension)
                : NLS.bind(Messages.Notice_ruleWeight, new Object[] { kind, dimension,
                        keyLabels.getOrDefault(d.option() + '\u0000' + r.getKey(), r.getKey()), value });
    }
}
