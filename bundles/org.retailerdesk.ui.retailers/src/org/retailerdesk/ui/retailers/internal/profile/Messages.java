package org.retailerdesk.ui.retailers.internal.profile;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String Profile_title;
    public static String Profile_problems;
    public static String Profile_fieldProblem;
    public static String Profile_tooltip;
    public static String Profile_wrongInput;
    public static String Profile_loading;
    public static String Profile_loadingTab;
    public static String Profile_loadingMessage;
    public static String Profile_notFound;
    public static String Profile_readingRecords;
    public static String Profile_readFailed;
    public static String Profile_reloading;
    public static String Value_yes;
    public static String Value_no;
    public static String Value_none;
    public static String Field_required;
    public static String Field_notWholeNumber;
    public static String Field_notNumber;
    public static String Field_notDate;
    public static String Contribution_incomplete;
    public static String Contribution_badOrder;
    public static String Contribution_notAPage;
    public static String Contribution_failed;
    public static String Contribution_noGroup;
    public static String Contribution_noRecords;
    public static String Edit_undo;
    public static String Edit_redo;
    public static String Edit_set;
    public static String Conflict_changed;
    public static String Conflict_deleted;
    public static String Save_refusedTitle;
    public static String Save_refused;
    public static String Save_failedTitle;
    public static String Save_failed;
    public static String Save_job;
    public static String Group_basic;
    public static String Group_network;
    public static String Group_licence;
    public static String Group_sales;
    public static String Group_contact;
    public static String Group_record;
    public static String Group_requiredHint;
    public static String Records_loading;
    public static String Records_none;
    public static String Records_count;
    public static String Records_shown;
    public static String Records_kind;
    public static String Records_details;
    public static String Records_detail;
    public static String Records_detailSeparator;
    public static String Problems_message;
    public static String Problems_field;
    public static String Problems_retailer;
    public static String Problems_severity;
    public static String Problems_error;
    public static String Problems_warning;
    public static String Problems_none;
    public static String Problems_summary;

    public static String Licence_suspend;
    public static String Licence_resume;
    public static String Licence_cancel;
    public static String Licence_changeNumber;
    public static String Licence_changeHolder;
    public static String Licence_title;
    public static String Licence_suspendExplained;
    public static String Licence_resumeExplained;
    public static String Licence_cancelExplained;
    public static String Licence_changeExplained;
    public static String Licence_dateHint;
    public static String Licence_present;
    public static String Licence_new;
    public static String Licence_dateInvalid;
    public static String Licence_recording;
    public static String Licence_saveFirst;
    public static String History_reading;
    public static String History_licence;
    public static String History_licenceHint;
    public static String History_changes;
    public static String History_changesHint;
    public static String History_status;
    public static String History_more;
    public static String History_noChanges;
    public static String History_shown;
    public static String History_when;
    public static String History_who;
    public static String History_action;
    public static String History_record;
    public static String History_field;
    public static String History_old;
    public static String History_new;

    public static String Profile_changedElsewhere;
    public static String Profile_checking;
    public static String Profile_reload;
    public static String Profile_reloadDiscards;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
