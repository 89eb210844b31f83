package org.retailerdesk.ui.retailers.internal;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The filters a user saved by name. They live in the workbench's instance preferences (the data
 * folder's {@code workspace/}), one key per name, and are flushed at once so a crash keeps them.
 */
final class SavedFilters {

    private final IEclipsePreferences node;

    SavedFilters() {
        node = (IEclipsePreferences) InstanceScope.INSTANCE.getNode("org.retailerdesk.ui.retailers") //$NON-NLS-1$
                .node("savedFilters"); //$NON-NLS-1$
    }

    /** @return the saved filters by name, in name order */
    Map<String, FilterState> all() {
        Map<String, FilterState> filters = new TreeMap<>();
        try {
            for (String name : node.keys()) {
                filters.put(name, FilterState.decode(node.get(name, ""))); //$NON-NLS-1$
            }
        } catch (BackingStoreException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
        return filters;
    }

    boolean contains(String name) {
        return node.get(name, null) != null;
    }

    void save(String name, FilterState state) throws BackingStoreException {
        node.put(name, state.encode());
        node.flush();
    }

    void remove(String name) throws BackingStoreException {
        node.remove(name);
        node.flush();
    }
}
