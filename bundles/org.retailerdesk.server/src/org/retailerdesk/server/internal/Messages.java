package org.retailerdesk.server.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Cli_accounts;
    public static String Cli_administratorCreated;
    public static String Cli_askAgain;
    public static String Cli_askPassword;
    public static String Cli_askUser;
    public static String Cli_badPort;
    public static String Cli_badKeep;
    public static String Cli_badTime;
    public static String Cli_backupFailed;
    public static String Cli_backupTaken;
    public static String Cli_backupScheduled;
    public static String Cli_clearText;
    public static String Cli_fingerprint;
    public static String Cli_firstStart;
    public static String Cli_listening;
    public static String Cli_missingValue;
    public static String Cli_noTerminal;
    public static String Cli_notSame;
    public static String Cli_opening;
    public static String Cli_stopHint;
    public static String Cli_stopping;
    public static String Cli_unknownOption;
    public static String Cli_usage;
    public static String Cli_workstations;
    public static String Server_cannotStart;
    public static String Server_loopbackOnly;
    public static String Server_tlsFailed;
    public static String Server_unknownHost;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
