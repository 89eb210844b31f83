package org.retailerdesk.ui.imports.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Wizard_title;
    public static String Commit_job;
    public static String Commit_done;
    public static String Commit_recordsDone;
    public static String FilePage_records;
    public static String FilePage_retailers;
    public static String Commit_cancelled;
    public static String FilePage_title;
    public static String FilePage_description;
    public static String FilePage_file;
    public static String FilePage_browse;
    public static String FilePage_encoding;
    public static String FilePage_detect;
    public static String FilePage_sheet;
    public static String FilePage_firstSheet;
    public static String FilePage_filterFiles;
    public static String FilePage_filterAll;
    public static String FilePage_reading;
    public static String FilePage_job;
    public static String FilePage_noFile;
    public static String FilePage_info;
    public static String MappingPage_title;
    public static String MappingPage_description;
    public static String MappingPage_column;
    public static String MappingPage_sample;
    public static String MappingPage_field;
    public static String MappingPage_ignore;
    public static String MappingPage_saved;
    public static String MappingPage_load;
    public static String MappingPage_saveAs;
    public static String MappingPage_save;
    public static String MappingPage_savedAs;
    public static String MappingPage_savedFailed;
    public static String MappingPage_needKey;
    public static String DryRunPage_title;
    public static String DryRunPage_description;
    public static String DryRunPage_show;
    public static String DryRunPage_all;
    public static String DryRunPage_row;
    public static String DryRunPage_status;
    public static String DryRunPage_code;
    public static String DryRunPage_shop;
    public static String DryRunPage_details;
    public static String DryRunPage_skip;
    public static String DryRunPage_running;
    public static String DryRunPage_job;
    public static String DryRunPage_cancelled;
    public static String DryRunPage_counts;
    public static String DryRunPage_rejectedHint;

    public static String DryRunPage_withWarnings;
    public static String DryRunPage_createMissing;
    public static String DryRunPage_invalidValues;
    public static String DryRunPage_created;
    public static String DryRunPage_createsNothing;
    public static String DryRunPage_createsNothingUnticked;
    public static String DryRunPage_saveReport;
    public static String DryRunPage_warning;
    public static String DryRunPage_warningsHint;
    public static String DryRunPage_reportName;
    public static String DryRunPage_reportJob;
    public static String DryRunPage_reportSaved;
    public static String Commit_entriesDone;
    public static String Commit_warnings;

    public static String Preferences_importDescription;
    public static String Preferences_importCreateMissing;
    public static String Preferences_importInvalid;
    public static String Preferences_importWarn;
    public static String Preferences_importReject;
    public static String Preferences_notSaved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
