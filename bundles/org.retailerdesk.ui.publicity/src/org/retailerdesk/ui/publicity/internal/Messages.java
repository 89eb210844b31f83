package org.retailerdesk.ui.publicity.internal;

import org.eclipse.osgi.util.NLS;

/** Labels and messages, in the UI's language (English, or Chinese in messages_zh). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Job_readingPolicies;
    public static String Job_saving;
    public static String Job_reading;
    public static String Job_coverage;
    public static String Job_recording;
    public static String Job_export;
    public static String Job_failed;
    public static String Catalogue_new;
    public static String Catalogue_edit;
    public static String Catalogue_coverage;
    public static String Catalogue_count;
    public static String Policy_titleNew;
    public static String Policy_titleEdit;
    public static String Policy_message;
    public static String Policy_dateHint;
    public static String Policy_badDate;
    public static String Policy_scopeHint;
    public static String Policy_scopeChecking;
    public static String Policy_scopeOk;
    public static String Policy_scopeAll;
    public static String Record_titleNew;
    public static String Record_titleCorrect;
    public static String Record_titleMeeting;
    public static String Record_message;
    public static String Record_correctMessage;
    public static String Record_meetingMessage;
    public static String Record_choose;
    public static String Page_new;
    public static String Page_correct;
    public static String Page_delete;
    public static String Page_none;
    public static String Page_deleteTitle;
    public static String Page_deletePrompt;
    public static String Page_deleteEmpty;
    public static String Page_failedTitle;
    public static String Meeting_selected;
    public static String Meeting_list;
    public static String Meeting_none;
    public static String Meeting_done;
    public static String Meeting_title;
    public static String Coverage_policy;
    public static String Coverage_district;
    public static String Coverage_manager;
    public static String Coverage_from;
    public static String Coverage_to;
    public static String Coverage_anyDistrict;
    public static String Coverage_anyManager;
    public static String Coverage_compute;
    public static String Coverage_summary;
    public static String Coverage_none;
    public static String Coverage_computing;
    public static String Coverage_byDistrict;
    public static String Coverage_byManager;
    public static String Coverage_group;
    public static String Coverage_retailers;
    public static String Coverage_told;
    public static String Coverage_untold;
    public static String Coverage_percent;
    public static String Coverage_chartTitle;
    public static String Coverage_chartTitleDistrict;
    public static String Coverage_onlyUntold;
    public static String Coverage_previous;
    public static String Coverage_next;
    public static String Coverage_page;
    public static String Coverage_openUntold;
    public static String Coverage_export;
    public static String Coverage_restriction;
    public static String Coverage_restrictionRange;
    public static String Coverage_exported;
    public static String Coverage_badDate;
    public static String Column_code;
    public static String Column_title;
    public static String Column_category;
    public static String Column_issuer;
    public static String Column_effective;
    public static String Column_scope;
    public static String Column_shop;
    public static String Column_customerCode;
    public static String Column_district;
    public static String Column_manager;
    public static String Column_told;
    public static String Column_date;
    public static String Column_channel;
    public static String Column_acknowledgement;
    public static String Column_deliveredBy;
    public static String Column_policy;
    public static String Column_note;
    public static String Column_yes;
    public static String Column_no;
    public static String Scope_all;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
