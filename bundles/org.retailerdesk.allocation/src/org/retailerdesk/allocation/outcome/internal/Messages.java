package org.retailerdesk.allocation.outcome.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Breakdown_category;
    public static String Breakdown_categoryGroup;
    public static String Breakdown_district;
    public static String Breakdown_districtCategory;
    public static String Breakdown_districtCategoryGroup;
    public static String Breakdown_districtGroup;
    public static String Chart_category;
    public static String Chart_district;
    public static String Column_cartons;
    public static String Column_householdCartons;
    public static String Column_households;
    public static String Column_ratio;
    public static String Column_retailers;
    public static String Column_shareOfRetailers;
    public static String Column_shareOfSupply;
    public static String Export_sheet;
    public static String Outcome_all;
    public static String Outcome_anyBrand;
    public static String Outcome_brand;
    public static String Outcome_endBeforeStart;
    public static String Outcome_exportTask;
    public static String Outcome_noPeriod;
    public static String Outcome_noRounds;
    public static String Outcome_published;
    public static String Outcome_publishedOrCalculated;
    public static String Outcome_task;
    public static String Outcome_unknownBrand;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
