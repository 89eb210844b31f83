package org.retailerdesk.store.derby.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String DerbyStore_cannotCreateFolder;
    public static String DerbyStore_cannotOpen;
    public static String DerbyStore_notOpen;
    public static String Migrator_databaseTooNew;
    public static String Migrator_failed;
    public static String Migrator_missingScript;
    public static String Store_alreadySaved;
    public static String Store_bulkFailed;
    public static String Store_duplicate;
    public static String Store_duplicateKey;
    public static String Store_failed;
    public static String Store_notSaved;
    public static String Store_referenceNotSaved;
    public static String Store_referenced;
    public static String Store_required;
    public static String Store_roundPublished;
    public static String Store_searchIndexFailed;
    public static String Store_tooLong;
    public static String UniqueKeys_customerCode;
    public static String UniqueKeys_duplicates;
    public static String UniqueKeys_group;
    public static String UniqueKeys_licence;
    public static String UniqueKeys_migration;
    public static String UniqueKeys_more;
    public static String UniqueKeys_publicity;
    public static String UniqueKeys_visit;

    public static String Keys_damaged;
    public static String Keys_missing;
    public static String Keys_cannotWrite;
    public static String Users_notSignedIn;
    public static String Users_badName;
    public static String Users_shortPassword;
    public static String Users_administratorOnServer;
    public static String Users_hasAdministrator;
    public static String Users_inactive;
    public static String Users_lastAdministrator;
    public static String Users_locked;
    public static String Users_nowLocked;
    public static String Users_managerNeedsStaff;
    public static String Users_nameTaken;
    public static String Users_noRole;
    public static String Users_notReady;
    public static String Users_unknown;
    public static String Users_wrongOldPassword;
    public static String Users_wrongPassword;

    public static String Server_noClient;
    public static String Server_schemaMismatch;
    public static String Server_unreachable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
