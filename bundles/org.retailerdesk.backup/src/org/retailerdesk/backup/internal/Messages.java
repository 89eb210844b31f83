package org.retailerdesk.backup.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Backup_done;
    public static String Backup_keys;
    public static String Backup_served;
    public static String Backup_usage;
    public static String Backups_cannotCreate;
    public static String Backups_cannotList;
    public static String Backups_mismatch;
    public static String Backups_notEmpty;
    public static String Cli_missingValue;
    public static String Cli_noCredentials;
    public static String Cli_opening;
    public static String Cli_password;
    public static String Cli_unexpected;
    public static String Cli_unknownOption;
    public static String Cli_user;
    public static String Manifest_cannotWrite;
    public static String Manifest_damaged;
    public static String Manifest_missing;
    public static String Rekey_done;
    public static String Rekey_running;
    public static String Rekey_usage;
    public static String Restore_aside;
    public static String Restore_cancelled;
    public static String Restore_confirm;
    public static String Restore_doesNotOpen;
    public static String Restore_done;
    public static String Restore_needsYes;
    public static String Restore_noDatabase;
    public static String Restore_noFrom;
    public static String Restore_usage;
    public static String Restore_verified;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
