package org.retailerdesk.security;

import static org.retailerdesk.security.Role.ADMINISTRATOR;
import static org.retailerdesk.security.Role.CENTRE_STAFF;
import static org.retailerdesk.security.Role.CUSTOMER_MANAGER;
import static org.retailerdesk.security.Role.LICENCE_OFFICER;
import static org.retailerdesk.security.Role.SUPERVISOR;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of role × operation. A user may do an operation when any of his roles may. A
 * customer manager's edits, records and visits are further limited to the retailers assigned to
 * him, because he lacks {@link Operation#VIEW_ALL_RETAILERS}; the README shows this table.
 */
public final class Permissions {

    private static final Map<Operation, Set<Role>> TABLE = new EnumMap<>(Operation.class);

    static {
        allow(Operation.VIEW_ALL_RETAILERS, CENTRE_STAFF, LICENCE_OFFICER, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.EDIT_RETAILERS, CENTRE_STAFF, CUSTOMER_MANAGER, LICENCE_OFFICER, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.CHANGE_LICENCES, LICENCE_OFFICER, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.EDIT_HOUSEHOLDS, CENTRE_STAFF, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.REVEAL_SENSITIVE, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.EXPORT_HOUSEHOLDS, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.IMPORT_DATA, CENTRE_STAFF, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.PLAN_ALLOCATION, CENTRE_STAFF, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.PUBLISH_ROUND, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.EDIT_POLICIES, CENTRE_STAFF, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.RECORD_PUBLICITY, CENTRE_STAFF, CUSTOMER_MANAGER, LICENCE_OFFICER, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.RECORD_VISITS, CENTRE_STAFF, CUSTOMER_MANAGER, LICENCE_OFFICER, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.EDIT_MASTER_DATA, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.MANAGE_USERS, ADMINISTRATOR);
        allow(Operation.VIEW_AUDIT, SUPERVISOR, ADMINISTRATOR);
        allow(Operation.BACKUP, ADMINISTRATOR);
        for (Operation op : Operation.values()) {
            if (!TABLE.containsKey(op)) {
                throw new IllegalStateException("no roles for " + op); //$NON-NLS-1$
            }
        }
    }

    private Permissions() {
    }

    private static void allow(Operation op, Role... roles) {
        TABLE.put(op, Collections.unmodifiableSet(EnumSet.of(roles[0], roles)));
    }

    /** @return true when one of the roles may do the operation */
    public static boolean allows(Set<Role> roles, Operation op) {
        Set<Role> allowed = TABLE.get(op);
        return roles.stream().anyMatch(allowed::contains);
    }

    /** @return the roles that may do the operation */
    public static Set<Role> rolesAllowed(Operation op) {
        return TABLE.get(op);
    }
}
