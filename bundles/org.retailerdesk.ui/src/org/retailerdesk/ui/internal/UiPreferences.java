package org.retailerdesk.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The workbench's own preferences, kept in the workspace ({@code -data}) like every instance
 * preference. The start options, {@link #LANGUAGE}, {@link #DATA_FOLDER} and {@link #SERVER}, are read from
 * the workspace's file of this node by the {@code retailerdesk} launcher before the workbench
 * starts (releng/scripts/start-options.sh): they take effect at the next start.
 */
public final class UiPreferences {

    /** The preference node (InstanceScope). */
    public static final String NODE = "org.retailerdesk.ui"; //$NON-NLS-1$
    /** The language of the workbench: {@code zh}, {@code en}, or empty for the system's. */
    public static final String LANGUAGE = "language"; //$NON-NLS-1$
    /** The data folder (its {@code db} folder is the database), absolute; empty for the default. */
    public static final String DATA_FOLDER = "dataFolder"; //$NON-NLS-1$
    /** The centre's database server, {@code //host:port/name}; empty for the data folder's own database. */
    public static final String SERVER = "server"; //$NON-NLS-1$

    /** The user who signed in last on this workstation: the sign-in dialog offers him. */
    public static final String LAST_USER = "lastUser"; //$NON-NLS-1$

    /** The languages the product ships, with their {@code -nl} value ({@code ""}: the system's). */
    public enum Language {
        SYSTEM(""), CHINESE("zh"), ENGLISH("en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        public final String nl;

        Language(String nl) {
            this.nl = nl;
        }

        public static Language of(String nl) {
            for (Language l : values()) {
                if (l.nl.equals(nl)) {
                    return l;
                }
            }
            return SYSTEM;
        }
    }

    private UiPreferences() {
    }

    /** The store of {@link #NODE}, with its defaults (system language, default data folder). */
    public static ScopedPreferenceStore store() {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
        store.setDefault(LANGUAGE, Language.SYSTEM.nl);
        store.setDefault(DATA_FOLDER, ""); //$NON-NLS-1$
        store.setDefault(LAST_USER, ""); //$NON-NLS-1$
        store.setDefault(SERVER, ""); //$NON-NLS-1$
        return store;
    }

    /** Keeps one value in the workspace now; a failed save is logged, the value is only a convenience. */
    public static void remember(String key, String value) {
        ScopedPreferenceStore store = store();
        store.setValue(key, value);
        try {
            store.save();
        } catch (IOException e) {
            ILog.of(UiPreferences.class).warn(e.getMessage(), e);
        }
    }
}
