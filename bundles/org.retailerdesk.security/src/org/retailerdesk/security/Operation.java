package org.retailerdesk.security;

import org.retailerdesk.security.internal.Messages;

/**
 * A guarded operation: something not every role may do. The store and the headless feature bundles
 * check these before they act; the UI only hides or greys what {@link Permissions} denies.
 */
public enum Operation {
    /** see every retailer of the centre (without it: only the retailers one manages) */
    VIEW_ALL_RETAILERS,
    /** create and change retailers' files and what belongs to them (images, operating records) */
    EDIT_RETAILERS,
    /** licence events: suspend, cancel, reinstate, transfer, and a retailer's status */
    CHANGE_LICENCES,
    /** add and change priority-assistance households */
    EDIT_HOUSEHOLDS,
    /** be shown the full value of a sensitive field, each time audited */
    REVEAL_SENSITIVE,
    /** export priority-assistance households */
    EXPORT_HOUSEHOLDS,
    /** import files into the database */
    IMPORT_DATA,
    /** compute and store allocation rounds that are not published */
    PLAN_ALLOCATION,
    /** publish an allocation round (公示), after which it cannot change */
    PUBLISH_ROUND,
    /** create and change publicity policies */
    EDIT_POLICIES,
    /** record policy publicity */
    RECORD_PUBLICITY,
    /** record visits */
    RECORD_VISITS,
    /** the service network, staff and brands */
    EDIT_MASTER_DATA,
    /** create users, give roles, reset passwords, deactivate users */
    MANAGE_USERS,
    /** read the audit trail of the whole centre */
    VIEW_AUDIT,
    /** take and restore backups */
    BACKUP;

    /** What the operation is, in the user's language. */
    public String label() {
        return switch (this) {
            case VIEW_ALL_RETAILERS -> Messages.Operation_viewAllRetailers;
            case EDIT_RETAILERS -> Messages.Operation_editRetailers;
            case CHANGE_LICENCES -> Messages.Operation_changeLicences;
            case EDIT_HOUSEHOLDS -> Messages.Operation_editHouseholds;
            case REVEAL_SENSITIVE -> Messages.Operation_revealSensitive;
            case EXPORT_HOUSEHOLDS -> Messages.Operation_exportHouseholds;
            case IMPORT_DATA -> Messages.Operation_importData;
            case PLAN_ALLOCATION -> Messages.Operation_planAllocation;
            case PUBLISH_ROUND -> Messages.Operation_publishRound;
            case EDIT_POLICIES -> Messages.Operation_editPolicies;
            case RECORD_PUBLICITY -> Messages.Operation_recordPublicity;
            case RECORD_VISITS -> Messages.Operation_recordVisits;
            case EDIT_MASTER_DATA -> Messages.Operation_editMasterData;
            case MANAGE_USERS -> Messages.Operation_manageUsers;
            case VIEW_AUDIT -> Messages.Operation_viewAudit;
            case BACKUP -> Messages.Operation_backup;
        };
    }
}
