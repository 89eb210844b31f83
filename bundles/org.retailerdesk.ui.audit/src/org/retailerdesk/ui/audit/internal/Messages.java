package org.retailerdesk.ui.audit.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String View_user;
    public static String View_allUsers;
    public static String View_days;
    public static String View_to;
    public static String View_kind;
    public static String View_allKinds;
    public static String View_retailer;
    public static String View_retailerHint;
    public static String View_action;
    public static String View_allActions;
    public static String View_export;
    public static String View_previous;
    public static String View_next;
    public static String View_reading;
    public static String View_shown;
    public static String View_none;
    public static String View_failed;
    public static String View_notAllowed;
    public static String View_job;
    public static String View_retailerNone;
    public static String View_retailerMany;
    public static String View_findRetailer;
    public static String Column_when;
    public static String Column_who;
    public static String Column_action;
    public static String Column_record;
    public static String Column_retailer;
    public static String Column_field;
    public static String Column_old;
    public static String Column_new;
    public static String Export_title;
    public static String Export_job;
    public static String Export_done;
    public static String Export_failed;
    public static String Export_sheet;
    public static String Export_fileName;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
