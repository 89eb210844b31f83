package org.retailerdesk.model.internal.validation;

import org.eclipse.osgi.util.NLS;

/** Validation messages; {0} is always the label of the field the problem is shown at. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String required;
    public static String digits;
    public static String between;
    public static String notNegative;
    public static String positive;
    public static String classificationFormat;
    public static String classificationMismatch;
    public static String dateOrder;
    public static String dateInFuture;
    public static String preferenceValue;
    public static String overrideTraceable;
    public static String managerGradeRole;
    public static String phoneFormat;
    public static String staffRole;
    public static String notSet;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
