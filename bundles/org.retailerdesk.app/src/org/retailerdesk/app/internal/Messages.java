package org.retailerdesk.app.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String Application_noDisplay;
    public static String About_title;
    public static String About_version;
    public static String About_database;
    public static String About_notOpen;
    public static String About_schemaVersion;
    public static String About_engine;
    public static String About_java;
    public static String PluginHealth_checking;
    public static String PluginHealth_unresolved;
    public static String PluginHealth_viewFailed;
    public static String PluginHealth_dropinNotInstalled;
    public static String PluginHealth_dropinsUnreadable;

    public static String Window_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
