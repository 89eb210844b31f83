package org.retailerdesk.exports;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.internal.Messages;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.Store;

/**
 * The command line's filter syntax, turned into a {@link RetailerQuery}: {@code key=value} pairs
 * separated by {@code ;}, e.g. {@code district=历下区;grade=10-30;text=便利;household=yes}. An
 * empty filter means every retailer. Keys (English or Chinese):
 * <ul>
 * <li>{@code text} / {@code 文本}: shop name or address contains, code or licence number starts with</li>
 * <li>{@code district} / {@code 区域}: district name or code</li>
 * <li>{@code department} / {@code 市场部}: market department name or code</li>
 * <li>{@code manager} / {@code 客户经理}: customer manager's name or staff code</li>
 * <li>{@code grade} / {@code 档位}: {@code 12}, {@code 10-30}, {@code 10-} or {@code -5} (1–30)</li>
 * <li>{@code format} / {@code 业态}: business format, by label (便利店, Convenience) or name (CONVENIENCE)</li>
 * <li>{@code market} / {@code 市场类型}: market type, likewise</li>
 * <li>{@code household} / {@code 重点帮扶}: {@code yes}/{@code no} (是/否)</li>
 * <li>{@code sort} / {@code 排序}: {@code grade}, {@code code}, {@code name} or {@code district},
 * optionally {@code :asc} or {@code :desc} (default: grade, highest first)</li>
 * </ul>
 */
public final class RetailerFilter {

    private static final Pattern GRADES = Pattern.compile("(\\d{1,2})?\\s*(-)?\\s*(\\d{1,2})?"); //$NON-NLS-1$
    private static final int MIN_GRADE = 1;
    private static final int MAX_GRADE = 30;

    private enum Key {
        TEXT("文本"), DISTRICT("区域"), DEPARTMENT("市场部"), MANAGER("客户经理"), GRADE("档位"), FORMAT("业态"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        MARKET("市场类型"), HOUSEHOLD("重点帮扶"), SORT("排序"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        final String chinese;

        Key(String chinese) {
            this.chinese = chinese;
        }

        static Key of(String name) {
            for (Key k : values()) {
                if (k.name().equalsIgnoreCase(name) || k.chinese.equals(name)) {
                    return k;
                }
            }
            return null;
        }

        static String known() {
            StringBuilder b = new StringBuilder();
            for (Key k : values()) {
                b.append(b.isEmpty() ? "" : ", ").append(k.name().toLowerCase(Locale.ROOT)).append('/').append(k.chinese); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return b.toString();
        }
    }

    private RetailerFilter() {
    }

    /**
     * @param store to look districts, departments and managers up by name
     * @throws IllegalArgumentException with a message for the user naming the bad part
     */
    public static RetailerQuery parse(String filter, Store store) {
        RetailerQuery q = RetailerQuery.all();
        if (filter == null || filter.isBlank()) {
            return q;
        }
        Set<Key> seen = new HashSet<>();
        for (String part : filter.split("[;；]")) { //$NON-NLS-1$
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(NLS.bind(Messages.Filter_noValue, part.strip()));
            }
            String name = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            Key key = Key.of(name);
            if (key == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.Filter_unknownKey, name, Key.known()));
            }
            if (!seen.add(key)) {
                throw new IllegalArgumentException(NLS.bind(Messages.Filter_twice, name));
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException(NLS.bind(Messages.Filter_noValue, part.strip()));
            }
            q = apply(q, key, name, value, store);
        }
        return q;
    }

    private static RetailerQuery apply(RetailerQuery q, Key key, String name, String value, Store store) {
        return switch (key) {
        case TEXT -> q.withText(value);
        case DISTRICT -> q.withDistrict(find(store.findAll(District.class), value, name, District::getName, District::getCode));
        case DEPARTMENT -> q.withMarketDepartment(
                find(store.findAll(MarketDepartment.class), value, name, MarketDepartment::getName, MarketDepartment::getCode));
        case MANAGER -> q.withCustomerManager(find(store.findAll(Staff.class).stream()
                .filter(s -> s.getRole() == StaffRole.CUSTOMER_MANAGER).toList(), value, name, Staff::getName, Staff::getCode));
        case GRADE -> grades(q, name, value);
        case FORMAT -> q.withBusinessFormat(literal(BusinessFormat.VALUES, value, name));
        case MARKET -> q.withMarketType(literal(MarketType.VALUES, value, name));
        case HOUSEHOLD -> q.withPriorityHousehold(yesNo(value, name), ActiveHouseholds.in(LocalDate.now(), LocalDate.now()));
        case SORT -> sort(q, name, value);
        };
    }

    /** The one entity whose name or code is the value; an ambiguous name asks for the code. */
    private static <T extends Entity> Long find(List<T> candidates, String value, String key, Function<T, String> name,
            Function<T, String> code) {
        List<T> byCode = candidates.stream().filter(e -> value.equalsIgnoreCase(code.apply(e))).toList();
        List<T> found = byCode.isEmpty() ? candidates.stream().filter(e -> value.equals(name.apply(e))).toList() : byCode;
        if (found.size() == 1) {
            return found.get(0).getId();
        }
        if (found.isEmpty()) {
            String some = String.join(", ", candidates.stream().limit(12).map(name).toList()) //$NON-NLS-1$
                    + (candidates.size() > 12 ? ", …" : ""); //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException(NLS.bind(Messages.Filter_notFound, new Object[] { key, value, some }));
        }
        throw new IllegalArgumentException(NLS.bind(Messages.Filter_ambiguous, new Object[] { key, value,
                String.join(", ", found.stream().map(code).toList()) })); //$NON-NLS-1$
    }

    private static RetailerQuery grades(RetailerQuery q, String key, String value) {
        Matcher m = GRADES.matcher(value);
        if (!m.matches() || m.group(1) == null && m.group(3) == null || m.group(2) == null && m.group(3) != null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Filter_badGrade, key, value));
        }
        Integer min = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        Integer max = m.group(2) == null ? min : m.group(3) == null ? null : Integer.valueOf(m.group(3));
        for (Integer g : new Integer[] { min, max }) {
            if (g != null && (g < MIN_GRADE || g > MAX_GRADE)) {
                throw new IllegalArgumentException(NLS.bind(Messages.Filter_badGrade, key, value));
            }
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException(NLS.bind(Messages.Filter_badGrade, key, value));
        }
        return q.withGrades(min, max);
    }

    private static <E extends Enumerator> E literal(List<E> values, String value, String key) {
        for (E e : values) {
            if (e.getName().equalsIgnoreCase(value) || ModelLabels.valueLabel(e, Locale.CHINESE).equals(value)
                    || ModelLabels.valueLabel(e, Locale.ENGLISH).equalsIgnoreCase(value)) {
                return e;
            }
        }
        String known = String.join(", ", values.stream() //$NON-NLS-1$
                .map(e -> e.getName().toLowerCase(Locale.ROOT) + "/" + ModelLabels.valueLabel(e, Locale.CHINESE)).toList()); //$NON-NLS-1$
        throw new IllegalArgumentException(NLS.bind(Messages.Filter_badValue, new Object[] { key, value, known }));
    }

    private static final Map<String, Boolean> YES_NO = Map.of("yes", true, "true", true, "是", true, "no", false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "false", false, "否", false); //$NON-NLS-1$ //$NON-NLS-2$

    private static Boolean yesNo(String value, String key) {
        Boolean b = YES_NO.get(value.toLowerCase(Locale.ROOT));
        if (b == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Filter_badValue, new Object[] { key, value, "yes/是, no/否" })); //$NON-NLS-1$
        }
        return b;
    }

    private static final Map<String, RetailerSort> SORTS = Map.of("grade", RetailerSort.GRADE, "code", //$NON-NLS-1$ //$NON-NLS-2$
            RetailerSort.CUSTOMER_CODE, "name", RetailerSort.SHOP_NAME, "district", RetailerSort.DISTRICT); //$NON-NLS-1$ //$NON-NLS-2$

    private static RetailerQuery sort(RetailerQuery q, String key, String value) {
        String[] parts = value.toLowerCase(Locale.ROOT).split(":", 2); //$NON-NLS-1$
        RetailerSort sort = SORTS.get(parts[0].strip());
        String direction = parts.length > 1 ? parts[1].strip() : null;
        if (sort == null || direction != null && !direction.equals("asc") && !direction.equals("desc")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException(NLS.bind(Messages.Filter_badValue,
                    new Object[] { key, value, "grade, code, name, district [:asc|:desc]" })); //$NON-NLS-1$
        }
        boolean ascending = direction == null ? sort != RetailerSort.GRADE : direction.equals("asc"); //$NON-NLS-1$
        return q.sortedBy(sort, ascending);
    }
}
