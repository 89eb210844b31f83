package org.retailerdesk.network.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Entry_required;
    public static String Entry_tooLong;
    public static String Entry_codeLettersDigits;
    public static String Entry_codeBarcode;
    public static String Entry_codeTaken;
    public static String Entry_retiredMark;
    public static String Entry_notNegative;
    public static String Entry_amountFormat;
    public static String Entry_retailBelowWholesale;
    public static String Entry_referenceRetired;
    public static String Entry_unnamed;
    public static String Save_refused;
    public static String Save_separator;
    public static String Delete_inUse;
    public static String Usage_item;
    public static String Usage_separator;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
