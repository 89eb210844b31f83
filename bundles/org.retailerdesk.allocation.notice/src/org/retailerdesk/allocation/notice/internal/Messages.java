package org.retailerdesk.allocation.notice.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Notice_brand;
    public static String Notice_cartons;
    public static String Notice_code;
    public static String Notice_customerCode;
    public static String Notice_gap;
    public static String Notice_grade;
    public static String Notice_gradeSheet;
    public static String Notice_group;
    public static String Notice_groupSheet;
    public static String Notice_heading;
    public static String Notice_least;
    public static String Notice_linesSheet;
    public static String Notice_method;
    public static String Notice_most;
    public static String Notice_none;
    public static String Notice_noRules;
    public static String Notice_period;
    public static String Notice_publishedOn;
    public static String Notice_quantity;
    public static String Notice_reading;
    public static String Notice_retailers;
    public static String Notice_roundSheet;
    public static String Notice_rule;
    public static String Notice_ruleByRetailers;
    public static String Notice_rules;
    public static String Notice_ruleWeight;
    public static String Notice_shopName;
    public static String Notice_status;
    public static String Notice_supply;
    public static String Notice_title;
    public static String Notice_total;
    public static String Notice_writeFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
