package org.retailerdesk.retailers.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Licence_notFound;
    public static String Licence_cancelled;
    public static String Licence_suspendedAlready;
    public static String Licence_notSuspended;
    public static String Licence_dateMissing;
    public static String Licence_dateInFuture;
    public static String Licence_dateBeforeLast;
    public static String Licence_valueMissing;
    public static String Licence_valueUnchanged;
    public static String Licence_tooLong;
    public static String Licence_numberTaken;
    public static String Licence_numberTakenMeanwhile;
    public static String Reassign_noTarget;
    public static String Reassign_notFound;
    public static String Reassign_notManager;
    public static String Reassign_managerInactive;
    public static String Reassign_retired;
    public static String Reassign_routeElsewhere;
    public static String Reassign_otherDistrict;
    public static String Reassign_routeOfOtherDepartment;
    public static String Reassign_keepsRoute;
    public static String Reassign_retailerGone;
    public static String Reassign_moving;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
