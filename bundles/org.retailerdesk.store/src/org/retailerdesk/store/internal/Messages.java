package org.retailerdesk.store.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String Conflict_changed;
    public static String Conflict_deleted;
    public static String Users_notSignedIn;
    public static String Access_denied;
    public static String Access_deniedWhat;
    public static String ServerAddress_invalid;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
