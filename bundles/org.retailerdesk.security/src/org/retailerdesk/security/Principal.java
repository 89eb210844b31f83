package org.retailerdesk.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is signed in: the actor of every write and audit row. Made only by the store's sign-in (or,
 * for the command line, by the credentials it was given); no caller names an actor.
 *
 * @param user        the sign-in name (lower case, ASCII)
 * @param displayName the person's name as shown, e.g. 王丽
 * @param roles       one or more roles
 * @param staffId     the staff member this user is (a customer manager's own retailers are those
 *                    whose manager this is), or null
 */
public record Principal(String user, String displayName, Set<Role> roles, Long staffId) {

    public Principal {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a principal needs a user name"); //$NON-NLS-1$
        }
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** @return true when one of this user's roles may do the operation */
    public boolean may(Operation op) {
        return Permissions.allows(roles, op);
    }

    /**
     * @return true when this user sees and changes only the retailers assigned to him (a customer
     *         manager without a role that sees every retailer)
     */
    public boolean ownRetailersOnly() {
        return !may(Operation.VIEW_ALL_RETAILERS);
    }
}
