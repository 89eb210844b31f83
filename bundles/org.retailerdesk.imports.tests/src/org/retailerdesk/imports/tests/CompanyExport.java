package org.retailerdesk.imports.tests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A retailer file as a tobacco company's marketing system exports it, for a centre that starts
 * empty: GBK CSV, English upper-case headers, grades in Chinese numerals and other ways (九档, 十二档,
 * 第9档, 30档), statuses 有效/暂停/注销, group membership 是/否, and no shop names. Its districts,
 * market departments, routes, customer managers and mutual-aid groups are {@link #DISTRICTS} ×
 * {@link #DEPARTMENTS_PER_DISTRICT} × …, all named, none coded: a database knows none of them.
 * Row {@code i} (from 0) is deterministic, so tests can say what each row holds.
 */
public final class CompanyExport {

    public static final Charset GBK = Charset.forName("GBK"); //$NON-NLS-1$
    public static final String HEADER = "CUST_CODE,LICENSE_CODE,CORPORATION_NAME,ADDRESS,CUST_FORMAT,COMPANY_DISTRICT," //$NON-NLS-1$
            + "MARKET_DEPARTMENT,ROUTE_NAME,SLSMAN_NAME,CUST_LEVEL,MARKET_TYPE,ORDER_CYCLE,BUSINESS_STATUS," //$NON-NLS-1$
            + "IS_MUTUAL_AID_GROUP,GROUP_NAME,ORDER_TEL"; //$NON-NLS-1$
    public static final List<String> DISTRICTS = List.of("城关区", "东岗区", "西固区", "安宁区", "红古区", "榆中县"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    public static final int DEPARTMENTS_PER_DISTRICT = 2;
    public static final int ROUTES_PER_DEPARTMENT = 5;
    public static final int MANAGERS_PER_DEPARTMENT = 4;
    public static final int GROUPS_PER_DEPARTMENT = 3;

    private static final String[] SIDES = { "东关", "西关" }; //$NON-NLS-1$ //$NON-NLS-2$
    private static final String[] FORMATS = { "便利店", "食杂店", "超市", "烟酒店", "娱乐服务类" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final String[] DAYS = { "周一", "周二", "周三", "周四", "周五" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "强" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final String[] ZH_DIGITS = { "一", "二", "三", "四", "五", "六", "七", "八", "九" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    private CompanyExport() {
    }

    /** The market departments, in the order of their districts: "城关东关市场部", "城关西关市场部", … */
    public static List<String> departments() {
        List<String> out = new ArrayList<>();
        for (String d : DISTRICTS) {
            for (String side : SIDES) {
                out.add(d.substring(0, 2) + side + "市场部"); //$NON-NLS-1$
            }
        }
        return out;
    }

    /** The department of row i (its index in {@link #departments()}). */
    public static int department(int i) {
        return i % departments().size();
    }

    public static String customerCode(int i) {
        return String.format("3701%08d", i + 1); //$NON-NLS-1$
    }

    public static String owner(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[i / SURNAMES.length % GIVEN.length] + (i / 48 % 10);
    }

    /** The grade of row i, 1 to 30; the file writes it in one of four ways. */
    public static int grade(int i) {
        return 1 + i % 30;
    }

    /** Row i's group, or null when it says it is no member (a quarter of each department's rows). */
    public static String group(int i) {
        int k = i / departments().size();
        return k % 4 == 3 ? null
                : departments().get(department(i)).replace("市场部", "第" + (1 + k % GROUPS_PER_DEPARTMENT) + "诚信互助小组"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static String manager(int i) {
        int d = department(i);
        int m = i / 12 % MANAGERS_PER_DEPARTMENT;
        return SURNAMES[d % SURNAMES.length] + GIVEN[m] + ZH_DIGITS[d % 9] + "号"; //$NON-NLS-1$
    }

    public static String route(int i) {
        return departments().get(department(i)).replace("市场部", "") + String.format("%02d线", 1 + i / 48 % ROUTES_PER_DEPARTMENT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** 有效 mostly, every 50th 暂停, every 97th 注销. */
    public static String status(int i) {
        return i % 97 == 0 ? "注销" : i % 50 == 0 ? "暂停" : "有效"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Writes the file with {@code rows} rows. */
    public static Path write(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, GBK)) {
            w.write(HEADER);
            w.write("\r\n"); //$NON-NLS-1$
            for (int i = 0; i < rows; i++) {
                int d = department(i);
                String district = DISTRICTS.get(d / DEPARTMENTS_PER_DISTRICT);
                String group = group(i);
                String[] cells = { customerCode(i), String.format("370100%06d", i + 1), owner(i), //$NON-NLS-1$
                        district + "人民路" + (i + 1) + "号", FORMATS[i % FORMATS.length], district, //$NON-NLS-1$ //$NON-NLS-2$
                        departments().get(d), route(i), manager(i), gradeText(i), i % 3 == 0 ? "农网" : "城网", //$NON-NLS-1$ //$NON-NLS-2$
                        DAYS[i % DAYS.length], status(i), group == null ? "否" : "是", group == null ? "" : group, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        String.format("139%08d", i) }; //$NON-NLS-1$
                w.write(String.join(",", cells)); //$NON-NLS-1$
                w.write("\r\n"); //$NON-NLS-1$
            }
        }
        return file;
    }

    /** 九档, 十二档, 第9档 or 30档, by row. */
    private static String gradeText(int i) {
        int g = grade(i);
        return switch (i % 4) {
        case 0 -> chinese(g) + "档"; //$NON-NLS-1$
        case 1 -> "第" + g + "档"; //$NON-NLS-1$ //$NON-NLS-2$
        case 2 -> g + "档"; //$NON-NLS-1$
        default -> "第" + chinese(g) + "档"; //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    /** 1–30 in Chinese numerals: 九, 十二, 二十, 三十. */
    private static String chinese(int n) {
        if (n < 10) {
            return ZH_DIGITS[n - 1];
        }
        String tens = n / 10 == 1 ? "十" : ZH_DIGITS[n / 10 - 1] + "十"; //$NON-NLS-1$ //$NON-NLS-2$
        return n % 10 == 0 ? tens : tens + ZH_DIGITS[n % 10 - 1];
    }
}
