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
    public static String StoreAccess_emptyCentre;
    public static String FirstStart_windowTitle;
    public static String FirstStart_title;
    public static String FirstStart_message;
    public static String FirstStart_empty;
    public static String FirstStart_emptyHint;
    public static String FirstStart_centreName;
    public static String FirstStart_centreCode;
    public static String FirstStart_defaultName;
    public static String FirstStart_demo;
    public static String FirstStart_demoHint;
    public static String FirstStart_demoSize;
    public static String FirstStart_location;
    public static String FirstStart_start;
    public static String FirstStart_nameMissing;
    public static String FirstStart_codeMissing;
    public static String Setup_title;
    public static String Setup_intro;
    public static String Setup_reading;
    public static String Setup_network;
    public static String Setup_networkHint;
    public static String Setup_networkAction;
    public static String Setup_networkCount;
    public static String Setup_staff;
    public static String Setup_staffHint;
    public static String Setup_staffAction;
    public static String Setup_staffCount;
    public static String Setup_brands;
    public static String Setup_brandsHint;
    public static String Setup_brandsAction;
    public static String Setup_brandsCount;
    public static String Setup_retailers;
    public static String Setup_retailersHint;
    public static String Setup_retailersAction;
    public static String Setup_retailersCount;
    public static String Setup_notInstalled;
    public static String Setup_failed;
    public static String Preferences_rootDescription;
    public static String Preferences_linkGeneral;
    public static String Preferences_linkDatabase;
    public static String Preferences_linkExport;
    public static String Preferences_linkImport;
    public static String Preferences_generalDescription;
    public static String Preferences_language;
    public static String Preferences_languageSystem;
    public static String Preferences_languageNextStart;
    public static String Preferences_databaseDescription;
    public static String Preferences_databaseCurrent;
    public static String Preferences_databaseNext;
    public static String Preferences_browse;
    public static String Preferences_databaseNote;
    public static String Preferences_databaseNotAbsolute;
    public static String Preferences_databaseNotFolder;
    public static String Preferences_databaseNotWritable;
    public static String Preferences_databaseInvalid;
    public static String Preferences_databaseFound;
    public static String Preferences_databaseNew;

    public static String ConnectionStatus_lost;
    public static String ConnectionStatus_lostDetail;
    public static String ConnectionStatus_retry;
    public static String ConnectionStatus_retrying;
    public static String Preferences_databaseServer;
    public static String Preferences_databaseServerNote;
    public static String Preferences_databaseServerNext;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
