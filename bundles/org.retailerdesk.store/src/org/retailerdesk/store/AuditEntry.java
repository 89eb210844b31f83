package org.retailerdesk.store;

import java.time.Instant;

/**
 * One row of the audit trail.
 *
 * @param id         increasing in the order of writing
 * @param at         when the transaction that wrote it began
 * @param actor      who wrote
 * @param entityType model class name, e.g. {@code Retailer}
 * @param entityId   the entity's id; for {@link AuditAction#BULK_INSERT} the chunk's first id
 * @param retailerId the retailer the entity is or belongs to, else null
 * @param field      model feature name; null for {@link AuditAction#BULK_INSERT}
 * @param oldValue   stored text of the old value (references as id, enums as literal), null if none
 * @param newValue   stored text of the new value, or the chunk summary of a bulk insert
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String entityType, long entityId,
        Long retailerId, String field, String oldValue, String newValue) {
}
