package org.retailerdesk.imports.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.BusinessScale;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.PriceBand;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.Weekday;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * Cell text to typed values, the ways real retailer files write them. Each parser returns null for
 * text it does not understand; the caller turns that into a rejection naming the cell.
 */
public final class Values {

    private static final String DIGITS = "零一二三四五六七八九"; //$NON-NLS-1$
    /** 9, D9, d09, 9档, 第9档 */
    private static final Pattern GRADE = Pattern.compile("(?:d|第)?(\\d{1,2})(?:档)?"); //$NON-NLS-1$
    /** 九档, 第二十九档, 十 */
    private static final Pattern GRADE_ZH = Pattern.compile("(?:第)?([零一二两三四五六七八九十]+)(?:档)?"); //$NON-NLS-1$
    /** 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, optionally followed by a time */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?"); //$NON-NLS-1$
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"); //$NON-NLS-1$
    /** Thousands separators and currency signs that amounts carry. */
    private static final Pattern NUMBER_NOISE = Pattern.compile("[,，\\s¥￥元]"); //$NON-NLS-1$

    private static final Map<String, Weekday> WEEKDAYS = new HashMap<>();
    private static final Map<String, Boolean> BOOLEANS = new HashMap<>();
    /** Words for enum values besides their zh label, English label and name. */
    private static final Map<String, Enumerator> ENUM_WORDS = new HashMap<>();
    private static final Map<EEnum, Map<String, Enumerator>> ENUM_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        String[][] days = { { "一", "mon", "monday", "1" }, { "二", "tue", "tues", "tuesday", "2" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                { "三", "wed", "wednesday", "3" }, { "四", "thu", "thur", "thurs", "thursday", "4" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                { "五", "fri", "friday", "5" }, { "六", "sat", "saturday", "6" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                { "日", "天", "sun", "sunday", "7" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        for (int d = 0; d < days.length; d++) {
            Weekday day = Weekday.get(d);
            WEEKDAYS.put(Text.normalize(day.getName()), day);
            for (String w : days[d]) {
                if (w.length() == 1 && !Character.isDigit(w.charAt(0))) {
                    for (String prefix : new String[] { "周", "星期", "礼拜" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        WEEKDAYS.put(prefix + w, day);
                    }
                } else {
                    WEEKDAYS.put(w, day);
                }
            }
        }
        for (String t : new String[] { "是", "y", "yes", "true", "1", "√", "✓", "有", "t" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            BOOLEANS.put(t, Boolean.TRUE);
        }
        for (String f : new String[] { "否", "n", "no", "false", "0", "×", "✗", "无", "f" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            BOOLEANS.put(f, Boolean.FALSE);
        }
        // the active flags of staff, brands and the service network, as their own columns write them
        for (String t : new String[] { "有效", "启用", "在岗", "在职", "在售", "active" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            BOOLEANS.put(Text.normalize(t), Boolean.TRUE);
        }
        for (String f : new String[] { "无效", "停用", "禁用", "离岗", "离职", "停售", "inactive" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            BOOLEANS.put(Text.normalize(f), Boolean.FALSE);
        }
        // a licence's status as marketing and licensing systems write it
        words("RetailerStatus", RetailerStatus.ACTIVE, "有效", "正常", "营业", "在营", "正常营业"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        words("RetailerStatus", RetailerStatus.SUSPENDED, "暂停", "停业", "歇业", "暂停营业"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        words("RetailerStatus", RetailerStatus.CLOSED, "注销", "已注销", "吊销", "取消", "无效"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        words("BusinessFormat", BusinessFormat.TOBACCO_LIQUOR, "烟酒店", "烟酒"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        words("BusinessFormat", BusinessFormat.GROCERY, "食杂", "副食店"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        words("BusinessFormat", BusinessFormat.ENTERTAINMENT, "娱乐服务"); //$NON-NLS-1$ //$NON-NLS-2$
        words("BusinessFormat", BusinessFormat.OTHER, "其它"); //$NON-NLS-1$ //$NON-NLS-2$
        String[] bands = { "一", "二", "三", "四", "五" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        for (int i = 0; i < bands.length; i++) {
            words("PriceBand", PriceBand.get(i), Integer.toString(i + 1), bands[i] + "类烟", "class" + (i + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        words("StaffRole", StaffRole.LICENCE_OFFICER, "市管员", "专卖管理员"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        words("StaffRole", StaffRole.DELIVERY_STAFF, "配送员", "送货司机"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        words("StaffRole", StaffRole.PHONE_ORDER_CLERK, "订货员", "电访员"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // market type and scale as the classification code writes them, and in everyday words
        for (String w : new String[] { "c", "城镇", "城市", "城区", "urban" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            ENUM_WORDS.put("MarketType:" + w, MarketType.URBAN); //$NON-NLS-1$
        }
        for (String w : new String[] { "x", "乡村", "农村", "rural" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            ENUM_WORDS.put("MarketType:" + w, MarketType.RURAL); //$NON-NLS-1$
        }
        String[][] scales = { { "1", "大型" }, { "2", "中型" }, { "3", "小型" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        for (int i = 0; i < scales.length; i++) {
            for (String w : scales[i]) {
                ENUM_WORDS.put("BusinessScale:" + w, BusinessScale.get(i)); //$NON-NLS-1$
            }
        }
    }

    private Values() {
    }

    /** More words for values of one enum, stored normalized. */
    private static void words(String type, Enumerator value, String... words) {
        for (String w : words) {
            ENUM_WORDS.put(type + ":" + Text.normalize(w), value); //$NON-NLS-1$
        }
    }

    /** A grade 1–30 written {@code 9}, {@code D9}, {@code 9档}, {@code 九档}, {@code 第二十九档}; any number for the range rule to judge. */
    public static Integer grade(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (s.matches("\\d+\\.0+")) { // a number cell of a spreadsheet //$NON-NLS-1$
            s = s.substring(0, s.indexOf('.'));
        }
        Matcher m = GRADE.matcher(s);
        if (m.matches()) {
            return Integer.valueOf(m.group(1));
        }
        m = GRADE_ZH.matcher(s);
        return m.matches() ? chineseNumber(m.group(1)) : null;
    }

    /** 一 … 九十九 (十, 十五, 二十, 二十九, 三十), or null. */
    static Integer chineseNumber(String s) {
        s = s.replace('两', '二');
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 && DIGITS.indexOf(s.charAt(0)) > 0 ? DIGITS.indexOf(s.charAt(0)) : null;
        }
        if (s.indexOf('十', ten + 1) >= 0 || s.length() > 3) {
            return null;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
        int ones = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? DIGITS.indexOf(s.charAt(ten + 1)) : -1;
        return tens > 0 && ones >= 0 ? tens * 10 + ones : null;
    }

    /** 周一, 星期一, 礼拜一, Mon, Monday, MONDAY, 1 (Monday) … 7 (Sunday), or null. */
    public static Weekday weekday(String text) {
        return WEEKDAYS.get(Text.normalize(text));
    }

    /** A value of the enum by its zh label, English label, name or common word; null if none. */
    public static Enumerator enumValue(EEnum type, String text) {
        if (type.getInstanceClass() == Weekday.class) {
            return weekday(text);
        }
        return ENUM_NAMES.computeIfAbsent(type, Values::names).get(Text.normalize(text));
    }

    /** Every way of writing each value of the enum, normalized: built once per enum, not per cell. */
    private static Map<String, Enumerator> names(EEnum type) {
        Map<String, Enumerator> out = new HashMap<>();
        for (EEnumLiteral literal : type.getELiterals()) {
            for (String name : new String[] { literal.getName(), literal.getLiteral(),
                    ModelLabels.label(literal, Locale.CHINESE), ModelLabels.label(literal, Locale.ENGLISH) }) {
                out.putIfAbsent(Text.normalize(name), literal.getInstance());
            }
        }
        String prefix = type.getName() + ":"; //$NON-NLS-1$
        ENUM_WORDS.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                out.putIfAbsent(key.substring(prefix.length()), value);
            }
        });
        return out;
    }

    /** 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305 (a time after it is ignored), or null. */
    public static LocalDate date(String text) {
        String s = text.strip();
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(s);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 是/否, Y/N, yes/no, true/false, 1/0, √/×, or null. */
    public static Boolean bool(String text) {
        return BOOLEANS.get(Text.normalize(text));
    }

    /** A decimal number, thousands separators and currency signs allowed; null if none. */
    public static BigDecimal number(String text) {
        String s = NUMBER_NOISE.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC))
                .replaceAll(""); //$NON-NLS-1$
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number (12, 12.0, 1,200), or null. */
    public static Integer integer(String text) {
        BigDecimal n = number(text);
        if (n == null) {
            return null;
        }
        try {
            return n.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
