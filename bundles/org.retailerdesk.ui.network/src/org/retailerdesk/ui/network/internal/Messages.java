package org.retailerdesk.ui.network.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Tab_district;
    public static String Tab_department;
    public static String Tab_route;
    public static String Tab_staff;
    public static String Tab_brand;
    public static String Tab_group;
    public static String View_filter;
    public static String View_filterHint;
    public static String View_reading;
    public static String View_count;
    public static String View_new;
    public static String View_edit;
    public static String View_retire;
    public static String View_reactivate;
    public static String View_delete;
    public static String View_showRetired;
    public static String View_conflict;
    public static String Value_yes;
    public static String Value_no;
    public static String Value_none;
    public static String Dialog_titleNew;
    public static String Dialog_titleEdit;
    public static String Dialog_message;
    public static String Dialog_save;
    public static String Dialog_saving;
    public static String Dialog_reading;
    public static String Dialog_dateKnown;
    public static String Dialog_notNumber;
    public static String Conflict_changed;
    public static String Conflict_deleted;
    public static String Delete_title;
    public static String Delete_question;
    public static String Failed_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
