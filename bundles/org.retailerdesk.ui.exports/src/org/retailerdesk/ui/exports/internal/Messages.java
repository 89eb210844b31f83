package org.retailerdesk.ui.exports.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Wizard_title;
    public static String Settings_title;
    public static String Settings_description;
    public static String Scope_group;
    public static String Scope_filter;
    public static String Scope_filterUnavailable;
    public static String Scope_selection;
    public static String Format_label;
    public static String Encoding_label;
    public static String Encoding_utf8;
    public static String Encoding_gbk;
    public static String Language_label;
    public static String Language_zh;
    public static String Language_en;
    public static String File_label;
    public static String File_browse;
    public static String File_missing;
    public static String File_noFolder;
    public static String File_isFolder;
    public static String File_exists;
    public static String Columns_title;
    public static String Columns_description;
    public static String Columns_selectAll;
    public static String Columns_selectNone;
    public static String Columns_none;
    public static String Job_name;
    public static String Done_title;
    public static String Done_rows;
    public static String Records_label;
    public static String Records_retailers;
    public static String Records_formats;
    public static String File_defaultName;
    public static String Preferences_description;
    public static String Preferences_font;
    public static String Preferences_fontNote;
    public static String Preferences_fontMissing;
    public static String Preferences_columns;
    public static String Pdf_font;
    public static String Pdf_systemFont;
    public static String Pdf_fontMissing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
