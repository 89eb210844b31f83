package org.retailerdesk.store;

import java.util.function.Consumer;

/**
 * Announces every committed write as a {@link StoreChange}. Listeners are called on the writing
 * thread right after the commit, so they must be quick and hand real work to another thread (the
 * workbench posts the change on one event topic).
 */
public interface StoreChanges {

    void addListener(Consumer<StoreChange> listener);

    void removeListener(Consumer<StoreChange> listener);
}
