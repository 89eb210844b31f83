package org.retailerdesk.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String StoreAccess_opening;
    public static String StoreAccess_noService;
    public static String Overview_title;
    public static String Overview_opening;
    public static String Overview_ready;
    public static String Overview_createdNew;
    public static String Overview_failed;
    public static String Overview_location;
    public static String Overview_schemaVersion;
    public static String Overview_engine;
    public static String Overview_retailers;
    public static String Overview_households;
    public static String Overview_gradeBand;
    public static String Overview_counting;
    public static String Overview_createdWithDemo;
    public static String StoreAccess_demoLoaded;
    public static String StoreAccess_demoFinished;
    public static String StoreAccess_demoIncomplete;
    public static String StoreAccess_startedEmpty;
    public static String StoreAccess_incompleteTitle;
    public static String StoreAccess_incompleteQuestion;
    public static String StoreAccess_finish;
    public static String StoreAccess_startEmpty;
    public static String Overview_demoIncomplete;
    public static String Overview_demoFinished;
    public static String Conflict_title;
    public static String Conflict_overwrite;
    public static String Conflict_reload;
    public static String Conflict_cancel;
    public static String UiJob_failed;


    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
