package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a store's database is and how a user connects to it: the embedded database in a data
 * folder, or a centre's Derby network server. The store's SQL is the same for both.
 */
interface Target {

    /**
     * A new connection as that user, authenticated by Derby.
     *
     * @throws SQLException with SQLState {@code 08004} when the user or password is wrong
     */
    Connection connect(String user, char[] password) throws SQLException;

    /** Where the database is, for messages: a folder, or {@code //host:port/name}. */
    String describe();

    /** A connection of this target failed with a lost link (see {@link ConnectionPool#lostLink}). */
    default void lost() {
        // an embedded database is not lost: it is shut down by this process
    }
}
