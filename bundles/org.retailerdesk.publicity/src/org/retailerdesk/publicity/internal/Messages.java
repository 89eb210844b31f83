package org.retailerdesk.publicity.internal;

import org.eclipse.osgi.util.NLS;

/** Messages for the user, in the UI's language (English, or Chinese in messages_zh). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Problems_separator;
    public static String Policy_invalid;
    public static String Policy_scopeInvalid;
    public static String Policy_codeTaken;
    public static String Record_invalid;
    public static String Record_noPolicy;
    public static String Record_unknownPolicy;
    public static String Record_notStored;
    public static String Bulk_noRetailers;
    public static String Bulk_task;
    public static String Bulk_progress;
    public static String Delete_noReason;
    public static String Coverage_dateOrder;
    public static String Coverage_noManager;
    public static String Export_task;
    public static String Export_failed;
    public static String Export_summarySheet;
    public static String Export_retailersSheet;
    public static String Export_group;
    public static String Export_kind;
    public static String Export_district;
    public static String Export_manager;
    public static String Export_total;
    public static String Export_retailers;
    public static String Export_told;
    public static String Export_untold;
    public static String Export_percent;
    public static String Export_status;
    public static String Export_yes;
    public static String Export_no;
    public static String Export_policy;
    public static String Export_range;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
