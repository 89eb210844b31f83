package org.retailerdesk.allocation.outcome.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Outcome_all;
    public static String Outcome_anyBrand;
    public static String Outcome_brand;
    public static String Outcome_endBeforeStart;
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
