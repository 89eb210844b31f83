package org.retailerdesk.cli.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Session_noService;
    public static String Session_cannotOpen;
    public static String SignIn_noCredentials;
    public static String SignIn_newDatabase;
    public static String SignIn_user;
    public static String SignIn_password;
    public static String SignIn_passwordAgain;
    public static String SignIn_passwordsDiffer;
    public static String SignIn_nothingTyped;
    public static String SignIn_refused;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
