package org.retailerdesk.ui.users.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String View_reading;
    public static String View_count;
    public static String View_notAllowed;
    public static String View_failed;
    public static String Column_user;
    public static String Column_name;
    public static String Column_roles;
    public static String Column_staff;
    public static String Column_active;
    public static String Column_lockedUntil;
    public static String Status_active;
    public static String Status_inactive;
    public static String Action_new;
    public static String Action_edit;
    public static String Action_reset;
    public static String Action_deactivate;
    public static String Action_reactivate;
    public static String Action_saving;
    public static String Error_title;
    public static String Dialog_newWindowTitle;
    public static String Dialog_editWindowTitle;
    public static String Dialog_newTitle;
    public static String Dialog_editTitle;
    public static String Dialog_newMessage;
    public static String Dialog_editMessage;
    public static String Dialog_user;
    public static String Dialog_displayName;
    public static String Dialog_roles;
    public static String Dialog_staff;
    public static String Dialog_noStaff;
    public static String Dialog_active;
    public static String Dialog_password;
    public static String Dialog_noRole;
    public static String Dialog_managerNeedsStaff;
    public static String Reset_windowTitle;
    public static String Reset_title;
    public static String Reset_message;
    public static String Reset_password;
    public static String Reset_resetting;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
