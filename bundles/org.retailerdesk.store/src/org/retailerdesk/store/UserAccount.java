package org.retailerdesk.store;

import java.time.Instant;
import java.util.Set;

import org.retailerdesk.security.Role;

/**
 * A user of the centre as an administrator sees him.
 *
 * @param user        sign-in name: an ASCII letter, then letters, digits or {@code _}, at most 30; lower case
 * @param displayName the person's name as shown
 * @param roles       one or more roles
 * @param staffId     the staff member he is (a customer manager's retailers are those he manages), or null
 * @param active      false when deactivated: he cannot sign in
 * @param lockedUntil when a lock after too many wrong passwords ends, or null when he is not locked
 */
public record UserAccount(String user, String displayName, Set<Role> roles, Long staffId, boolean active,
        Instant lockedUntil) {

    /** A new, active, unlocked account. */
    public static UserAccount of(String user, String displayName, Set<Role> roles, Long staffId) {
        return new UserAccount(user, displayName, roles, staffId, true, null);
    }
}
