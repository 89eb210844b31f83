package org.retailerdesk.ui.retailers.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String Retailers_count;
    public static String Retailers_counting;
    public static String Retailers_failed;
    public static String Retailers_querying;
    public static String Retailers_loadingPage;
    public static String Retailers_loadingReferences;
    public static String Retailers_searchHint;
    public static String Retailers_grades;
    public static String Retailers_gradesTo;
    public static String Retailers_allDistricts;
    public static String Retailers_allDepartments;
    public static String Retailers_allManagers;
    public static String Retailers_allFormats;
    public static String Retailers_allMarketTypes;
    public static String Retailers_householdsOnly;
    public static String Retailers_householdColumn;
    public static String Retailers_householdMarker;
    public static String Retailers_allRoutes;
    public static String Retailers_savedFilters;
    public static String Retailers_savedFiltersTip;
    public static String Retailers_saveFilter;
    public static String Retailers_saveFilterTitle;
    public static String Retailers_saveFilterPrompt;
    public static String Retailers_saveFilterEmpty;
    public static String Retailers_saveFilterReplace;
    public static String Retailers_saveFilterFailed;
    public static String Retailers_deleteFilter;
    public static String Retailers_deleteFilterConfirm;
    public static String Retailers_typeMore;
    public static String Retailers_chooseDistrictFirst;
    public static String Retailers_chooseDepartmentFirst;
    public static String Retailers_showAll;
    public static String Retailers_inBusiness;
    public static String Retailers_suspended;
    public static String Retailers_cancelled;
    public static String Retailers_outOfBusiness;
    public static String Retailers_allStatuses;
    public static String Retailers_statusTip;
    public static String Navigator_loading;
    public static String Navigator_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
