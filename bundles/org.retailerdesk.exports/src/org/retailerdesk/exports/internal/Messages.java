package org.retailerdesk.exports.internal;

import org.eclipse.osgi.util.NLS;

/** Messages for the user, in the UI's language (English, or Chinese in messages_zh). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Columns_unknown;
    public static String Columns_none;
    public static String Formats_cannotCreate;
    public static String Formats_incomplete;
    public static String Formats_duplicate;
    public static String Formats_unknown;
    public static String Export_task;
    public static String Export_progress;
    public static String Export_writeFailed;
    public static String RecordExport_task;
    public static String RecordExport_unmappable;
    public static String Filter_noValue;
    public static String Filter_unknownKey;
    public static String Filter_twice;
    public static String Filter_notFound;
    public static String Filter_ambiguous;
    public static String Filter_badGrade;
    public static String Filter_badValue;
    public static String Csv_unmappable;
    public static String Pdf_noFont;
    public static String Pdf_badFont;
    public static String Cli_usage;
    public static String Cli_summary;
    public static String Cli_failed;
    public static String Cli_cancelled;
    public static String Cli_missing;
    public static String Cli_unknownOption;
    public static String Cli_noValue;
    public static String Cli_badEncoding;
    public static String Cli_badLanguage;
    public static String Cli_badIds;
    public static String Cli_filterAndIds;
    public static String Cli_recordsAlone;
    public static String Cli_badRecords;
    public static String Cli_badRecordFormat;
    public static String Cli_progress;
    public static String Cli_importUsage;
    public static String Cli_importSummary;
    public static String Cli_importFailed;
    public static String Cli_importCancelled;
    public static String Cli_rejected;
    public static String Cli_committed;
    public static String Cli_badMapping;
    public static String Cli_noImportFile;
    public static String Cli_noImportFileThere;
    public static String Cli_badImportRecords;
    public static String Cli_badInvalidValues;
    public static String ReferenceExport_unmappable;
    public static String Report_row;
    public static String Report_status;
    public static String Report_key;
    public static String Report_rejections;
    public static String Report_warnings;
    public static String Report_changes;
    public static String Report_created;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
