package org.retailerdesk.ui.visits.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Column_observed;
    public static String Dialog_title;
    public static String Dialog_message;
    public static String Dialog_visit;
    public static String Dialog_inspection;
    public static String Dialog_inspected;
    public static String Dialog_publicity;
    public static String Dialog_dateHint;
    public static String Dialog_required;
    public static String Dialog_notDate;
    public static String Dialog_save;
    public static String Log_all;
    public static String Log_weeks;
    public static String Log_notVisitedFor;
    public static String Log_days;
    public static String Log_reading;
    public static String Log_readingVisits;
    public static String Log_byWeek;
    public static String Log_visits;
    public static String Log_selectManager;
    public static String Log_visitsOf;
    public static String Log_notVisited;
    public static String Log_lastVisit;
    public static String Log_never;
    public static String Log_daysSince;
    public static String Log_total;
    public static String Log_notVisitedAll;
    public static String Log_notVisitedSome;
    public static String Log_summary;
    public static String Log_failed;
    public static String Value_yes;
    public static String Value_no;
    public static String Visits_title;
    public static String Visits_new;
    public static String Visits_none;
    public static String Visits_readingChoices;
    public static String Visits_saving;
    public static String Visits_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
