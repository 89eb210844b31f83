package org.retailerdesk.security;

import org.retailerdesk.security.internal.Messages;

/** What a user of the centre is; a user has one or more roles, and may do what any of them may (see {@link Permissions}). */
public enum Role {
    /** 中心人员: the customer-service centre's staff */
    CENTRE_STAFF,
    /** 客户经理: looks after the retailers assigned to him, and only those */
    CUSTOMER_MANAGER,
    /** 专管员: the licence officer, who changes licences */
    LICENCE_OFFICER,
    /** 主管: reviews, publishes, and may reveal sensitive values (audited) */
    SUPERVISOR,
    /** 管理员: everything, including the users */
    ADMINISTRATOR;

    /** The role's name in the user's language, e.g. 客户经理 / Customer manager. */
    public String label() {
        return switch (this) {
            case CENTRE_STAFF -> Messages.Role_centreStaff;
            case CUSTOMER_MANAGER -> Messages.Role_customerManager;
            case LICENCE_OFFICER -> Messages.Role_licenceOfficer;
            case SUPERVISOR -> Messages.Role_supervisor;
            case ADMINISTRATOR -> Messages.Role_administrator;
        };
    }
}
