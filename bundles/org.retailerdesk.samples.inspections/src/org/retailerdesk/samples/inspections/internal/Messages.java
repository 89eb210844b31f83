package org.retailerdesk.samples.inspections.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Chart_title;
    public static String Chart_noRetailer;
    public static String Chart_reading;
    public static String Chart_readJob;
    public static String Chart_retailer;
    public static String Chart_none;
    public static String Chart_failed;
    public static String Chart_series;
    public static String Chart_axisX;
    public static String Chart_axisY;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
