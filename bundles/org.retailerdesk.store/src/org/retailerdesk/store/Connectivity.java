package org.retailerdesk.store;

import java.util.function.Consumer;

/**
 * Whether the store reaches its database. A workstation's store loses it when the centre's server
 * stops or the network fails: a call then fails with a {@link StoreException}, the store goes
 * offline and tries to reconnect every few seconds by itself; listeners hear both changes. The
 * embedded database of one desk is always online.
 */
public interface Connectivity {

    /** @return false from a lost link until a reconnection succeeded */
    boolean online();

    /**
     * @param listener told {@code false} when the link is lost and {@code true} when it is back, on
     *                 a thread of the store: quick, handing real work to another thread
     */
    void addListener(Consumer<Boolean> listener);

    void removeListener(Consumer<Boolean> listener);

    /**
     * Tries to reach the database now rather than at the next automatic retry. Blocks for the
     * attempt (up to a few seconds): not for the UI thread.
     *
     * @return whether the store is online afterwards
     */
    boolean retry();
}
