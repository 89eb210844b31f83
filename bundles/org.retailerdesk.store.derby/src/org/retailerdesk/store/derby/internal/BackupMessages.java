package org.retailerdesk.store.derby.internal;

import org.eclipse.osgi.util.NLS;

/** The messages of backups, restores and key rotation ({@link DatabaseFiles}, {@link TableFigures}). */
public final class BackupMessages extends NLS {
    private static final String BUNDLE_NAME = BackupMessages.class.getPackageName() + ".backup"; //$NON-NLS-1$

    public static String Backup_busy;
    public static String Backup_cannotOpen;
    public static String Backup_failed;
    public static String Figures_differ;
    public static String Figures_figure;
    public static String Figures_none;
    public static String Files_cannotCheck;
    public static String Files_cannotDelete;
    public static String Files_inUse;
    public static String Keys_noKeyFor;
    public static String Rekey_neither;
    public static String Rekey_refused;
    public static String Restore_cannotPutBack;
    public static String Restore_failed;
    public static String Restore_mismatch;

    static {
        NLS.initializeMessages(BUNDLE_NAME, BackupMessages.class);
    }

    private BackupMessages() {
    }
}
