package org.retailerdesk.ui.allocation.outcome.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Chart_shareOfRetailers;
    public static String Chart_shareOfSupply;
    public static String Export_done;
    public static String Export_failed;
    public static String Export_job;
    public static String Export_title;
    public static String View_allBrands;
    public static String View_brand;
    public static String View_compute;
    public static String View_computing;
    public static String View_export;
    public static String View_failed;
    public static String View_from;
    public static String View_includeCalculated;
    public static String View_job;
    public static String View_opening;
    public static String View_rounds;
    public static String View_to;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
