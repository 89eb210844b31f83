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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
