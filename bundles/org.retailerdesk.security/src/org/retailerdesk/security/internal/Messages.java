package org.retailerdesk.security.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Role_centreStaff;
    public static String Role_customerManager;
    public static String Role_licenceOfficer;
    public static String Role_supervisor;
    public static String Role_administrator;
    public static String Operation_viewAllRetailers;
    public static String Operation_editRetailers;
    public static String Operation_changeLicences;
    public static String Operation_editHouseholds;
    public static String Operation_revealSensitive;
    public static String Operation_exportHouseholds;
    public static String Operation_importData;
    public static String Operation_planAllocation;
    public static String Operation_publishRound;
    public static String Operation_editPolicies;
    public static String Operation_recordPublicity;
    public static String Operation_recordVisits;
    public static String Operation_editMasterData;
    public static String Operation_manageUsers;
    public static String Operation_viewAudit;
    public static String Operation_backup;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
