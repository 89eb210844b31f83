package org.retailerdesk.store;

import java.util.List;

import org.eclipse.emf.ecore.EClass;

import org.retailerdesk.model.Entity;

/**
 * The audit trail: who changed what of a retailer's file and when, who was shown a sensitive
 * value, who signed in and what was refused. Rows are written by the store with every write; this interface reads them and records
 * reveals.
 */
public interface AuditTrail {

    /** The audit rows about a retailer and what belongs to it, newest first. */
    Page<AuditEntry> auditTrail(long retailerId, int offset, int size);

    /**
     * The audit rows about one entity (a district, a staff member, a brand…, or a retailer's own
     * row without what belongs to it), newest first.
     *
     * @param type the entity's model class
     * @param id   the entity's id
     */
    Page<AuditEntry> entityTrail(EClass type, long id, int offset, int size);

    /**
     * The rows of the whole centre's trail that the query matches, newest first, paged and counted by
     * the database. Needs {@link org.retailerdesk.security.Operation#VIEW_AUDIT}.
     *
     * @param offset index of the first row wanted in the whole result
     * @param size   rows wanted at most
     * @throws AccessDeniedException if the signed-in user may not read the trail (the denial is audited)
     */
    Page<AuditEntry> search(AuditQuery query, int offset, int size);

    /**
     * Every actor name the trail holds (signed-in users, and names given to a refused sign-in), in
     * alphabetical order: the choices of a filter by user. Needs
     * {@link org.retailerdesk.security.Operation#VIEW_AUDIT}.
     *
     * @throws AccessDeniedException if the signed-in user may not read the trail (the denial is audited)
     */
    List<String> actors();

    /**
     * The full value of a sensitive field (e.g. a certificate number, PIPL), which reads give only
     * masked (see {@code Masking}). Needs {@link org.retailerdesk.security.Operation#REVEAL_SENSITIVE};
     * one {@link AuditAction#REVEAL} row naming the signed-in user is committed in its own
     * transaction before the value is returned. The row belongs to the entity's retailer, so
     * {@link #auditTrail} lists it.
     *
     * @param entity a stored entity (its id is what counts)
     * @param field  the model feature name of the revealed field
     * @param reason why the value is needed, as the user gave it; not blank
     * @return the stored value as text (null when the field is empty)
     * @throws IllegalArgumentException if the field is not one of the entity's or the reason is blank
     * @throws AccessDeniedException    if the signed-in user may not reveal (the denial is audited)
     * @throws StoreException           if the entity is not stored or the row cannot be written
     */
    String reveal(Entity entity, String field, String reason);
}
