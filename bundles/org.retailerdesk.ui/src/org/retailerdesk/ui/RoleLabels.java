package org.retailerdesk.ui;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;

import org.retailerdesk.security.Role;
import org.retailerdesk.ui.internal.Messages;

/** A user's roles as one text in the user's language, in the roles' order: 主管、管理员 / Supervisor, Administrator. */
public final class RoleLabels {

    private RoleLabels() {
    }

    public static String of(Collection<Role> roles) {
        if (roles.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        return EnumSet.copyOf(roles).stream().map(Role::label).collect(Collectors.joining(Messages.Roles_separator));
    }
}
