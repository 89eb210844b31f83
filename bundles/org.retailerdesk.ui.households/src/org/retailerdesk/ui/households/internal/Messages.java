package org.retailerdesk.ui.households.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Households_title;
    public static String Households_name;
    public static String Households_reading;
    public static String Households_readFailed;
    public static String Households_loading;
    public static String Households_count;
    public static String Households_none;
    public static String Filter_label;
    public static String Filter_all;
    public static String Filter_active;
    public static String Filter_due;
    public static String Filter_expired;
    public static String Filter_within;
    public static String Filter_days;
    public static String Value_yes;
    public static String Value_no;
    public static String Reveal_action;
    public static String Reveal_title;
    public static String Reveal_reasonMessage;
    public static String Reveal_reasonRequired;
    public static String Reveal_job;
    public static String Reveal_failed;
    public static String Reveal_shownTitle;
    public static String Reveal_recorded;
    public static String Edit_action;
    public static String Edit_new;
    public static String Edit_title;
    public static String Edit_message;
    public static String Edit_keepMasked;
    public static String Edit_notDate;
    public static String Edit_notNumber;
    public static String Edit_readingStaff;
    public static String Edit_saving;
    public static String Edit_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
