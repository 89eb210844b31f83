package org.retailerdesk.allocation.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Cli_badDimension;
    public static String Cli_badValue;
    public static String Cli_missingOption;
    public static String Cli_missingValue;
    public static String Cli_opening;
    public static String Cli_read;
    public static String Cli_stored;
    public static String Cli_unexpected;
    public static String Cli_unknownOption;
    public static String Cli_usage;
    public static String Error_capNegative;
    public static String Error_cutoffAboveAll;
    public static String Error_cutoffRange;
    public static String Error_dimensionCount;
    public static String Error_dimensionsByGrade;
    public static String Error_minimumAboveCap;
    public static String Error_minimumRange;
    public static String Error_minimumsAboveShare;
    public static String Error_minimumsAboveSupply;
    public static String Error_multiplierRange;
    public static String Error_noBrand;
    public static String Error_noRetailers;
    public static String Error_retailerWithoutId;
    public static String Error_supplyNotPositive;
    public static String Error_supplyTooLarge;
    public static String Error_unknownBrand;
    public static String Error_upliftRange;
    public static String Error_weightMissing;
    public static String Error_weightNegative;
    public static String Error_weightUnknownKey;
    public static String Error_weightsNotGrouped;
    public static String Error_weightsZero;
    public static String Line_belowCutoff;
    public static String Line_biweekly;
    public static String Line_capped;
    public static String Line_grade;
    public static String Line_gradeInGroup;
    public static String Line_minimum;
    public static String Line_result;
    public static String Line_scaled;
    public static String Line_uplift;
    public static String Plan_noKey;
    public static String Report_exact;
    public static String Report_gradeHeader;
    public static String Report_group;
    public static String Report_notExact;
    public static String Report_priority;
    public static String Report_time;
    public static String Report_total;
    public static String RetailerSets_reading;
    public static String Round_byGrade;
    public static String Round_inGroups;
    public static String Round_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
