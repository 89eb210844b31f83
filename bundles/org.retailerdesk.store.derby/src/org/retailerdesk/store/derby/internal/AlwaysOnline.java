package org.retailerdesk.store.derby.internal;

import java.util.function.Consumer;

import org.retailerdesk.store.Connectivity;

/** The embedded database's {@link Connectivity}: booted in this process, it cannot be lost. */
final class AlwaysOnline implements Connectivity {

    @Override
    public boolean online() {
        return true;
    }

    @Override
    public void addListener(Consumer<Boolean> listener) {
        // never changes: nothing to tell
    }

    @Override
    public void removeListener(Consumer<Boolean> listener) {
        // never told
    }

    @Override
    public boolean retry() {
        return true;
    }
}
