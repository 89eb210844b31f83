package org.retailerdesk.imports.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String DryRun_task;
    public static String DryRun_reading;
    public static String DryRun_lookingUp;
    public static String DryRun_checking;
    public static String Commit_task;
    public static String Commit_progress;
    public static String Commit_twice;
    public static String Commit_rejectedRows;
    public static String Commit_codeTaken;
    public static String Commit_changedSince;
    public static String Commit_stale;
    public static String Commit_failed;
    public static String Commit_licenceTaken;
    public static String Import_cannotRead;
    public static String Import_empty;
    public static String Import_noData;
    public static String Import_noHeader;
    public static String Import_missingColumn;
    public static String Import_headersChanged;
    public static String Import_wrongEncoding;
    public static String Import_unknownEncoding;
    public static String Import_badCsv;
    public static String Import_notXlsx;
    public static String Import_corruptXlsx;
    public static String Import_noSheet;
    public static String Import_formula;
    public static String Import_cellTooLong;
    public static String Import_tooLong;
    public static String Import_required;
    public static String Import_requiredColumnMissing;
    public static String Import_unknownReference;
    public static String Import_ambiguousReference;
    public static String Import_badGrade;
    public static String Import_badChoice;
    public static String Import_badInteger;
    public static String Import_badNumber;
    public static String Import_badBoolean;
    public static String Import_badDate;
    public static String Import_duplicate;
    public static String Import_licenceTaken;
    public static String Rejection_describe;
    public static String Rejection_inFile;
    public static String RowStatus_new;
    public static String RowStatus_changed;
    public static String RowStatus_unchanged;
    public static String RowStatus_rejected;
    public static String SavedMappings_badName;
    public static String Value_yes;
    public static String Value_no;
    public static String Import_missingRecordColumn;
    public static String Import_duplicateRecord;
    public static String Commit_recordProgress;
    public static String Commit_recordChangedSince;
    public static String Import_emptyValue;
    public static String Import_noColumn;
    public static String Import_cannotFill;
    public static String Warn_leftEmpty;
    public static String Warn_kept;
    public static String Warn_filled;
    public static String Warn_ignored;
    public static String Warn_notMember;
    public static String Warn_memberWithoutGroup;
    public static String Fallback_from;
    public static String Fallback_default;
    public static String Fallback_only;
    public static String Created_districts;
    public static String Created_departments;
    public static String Created_routes;
    public static String Created_groups;
    public static String Created_staff;
    public static String Created_separator;
    public static String Commit_referenceAdded;
    public static String InvalidValues_warn;
    public static String InvalidValues_reject;
    public static String Import_missingReferenceColumn;
    public static String Import_noEntry;
    public static String Import_requiredColumnMissingEntry;
    public static String Import_differs;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
