package org.retailerdesk.exports.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts written into exported files (group names, yes/no, PDF headings). Unlike {@link Messages},
 * which follow the UI's language, they follow the export's chosen language, so a Chinese file can be
 * written from the English UI.
 */
public final class OutputText {

    private static final String BUNDLE = OutputText.class.getPackageName() + ".output"; //$NON-NLS-1$

    private OutputText() {
    }

    public static String get(String key, Locale locale) {
        // no fallback to the JVM's locale: English is the base file, Chinese the _zh one
        return ResourceBundle.getBundle(BUNDLE, locale, OutputText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
