package org.retailerdesk.imports.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Labels of import columns that are not a model feature's (the model labels the rest), in the
 * language asked for rather than the product's: a file's headers are matched in both languages and
 * an export writes them in the one it is told.
 */
public final class Labels {

    private static final String BUNDLE = Labels.class.getPackageName() + ".labels"; //$NON-NLS-1$

    private Labels() {
    }

    public static String get(String key, Locale locale) {
        // no fallback to the JVM's locale: English is the base file, Chinese the _zh one
        return ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
