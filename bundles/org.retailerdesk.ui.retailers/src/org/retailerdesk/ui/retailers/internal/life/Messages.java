package org.retailerdesk.ui.retailers.internal.life;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String New_title;
    public static String New_identityTitle;
    public static String New_identityDescription;
    public static String New_identityOk;
    public static String New_groupsTitle;
    public static String New_groupsDescription;
    public static String New_codeHint;
    public static String New_choose;
    public static String New_chooseDistrictFirst;
    public static String New_none;
    public static String New_checking;
    public static String New_reading;
    public static String New_chooseDepartmentFirst;
    public static String New_required;
    public static String New_codeTaken;
    public static String New_licenceTaken;
    public static String New_takenMeanwhile;
    public static String New_creating;
    public static String Reassign_title;
    public static String Reassign_message;
    public static String Reassign_which;
    public static String Reassign_selected;
    public static String Reassign_filtered;
    public static String Reassign_filteredCounting;
    public static String Reassign_unchanged;
    public static String Reassign_chooseDepartment;
    public static String Reassign_reading;
    public static String Reassign_move;
    public static String Reassign_summary;
    public static String Reassign_nowhere;
    public static String Reassign_separator;
    public static String Reassign_confirm;
    public static String Reassign_moving;
    public static String Reassign_done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
