package org.retailerdesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Which rows of the whole centre's audit trail {@link AuditTrail#search} gives. Every filter is
 * optional (null or an empty set: any); the filters given must all match, a set matches any of its
 * values. Immutable; every {@code with...} returns a copy.
 *
 * @param users       actor names (sign-in names, as the rows store them)
 * @param from        rows written at or after this instant
 * @param until       rows written before this instant
 * @param entityTypes entity type names as the rows store them: model class names ({@code Retailer},
 *                    {@code PriorityHousehold}, …) and {@value #USER} for sign-ins, denials and accounts
 * @param retailerId  rows about this retailer or what belongs to it
 * @param actions     what the rows record
 * @param belowId     rows with a smaller id: the rows after one already read, however many rows were
 *                    written meanwhile (an export reads page after page so)
 */
public record AuditQuery(Set<String> users, Instant from, Instant until, Set<String> entityTypes, Long retailerId,
        Set<AuditAction> actions, Long belowId) {

    /** The entity type of the rows about users: sign-ins, refused sign-ins, denials, account changes. */
    public static final String USER = "User"; //$NON-NLS-1$

    /** Every row. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null);

    public AuditQuery {
        users = users == null ? Set.of() : Set.copyOf(users);
        entityTypes = entityTypes == null ? Set.of() : Set.copyOf(entityTypes);
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts: " + from + " .. " + until); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    public AuditQuery withUsers(Set<String> u) {
        return new AuditQuery(u, from, until, entityTypes, retailerId, actions, belowId);
    }

    /** Rows written from {@code f} (inclusive) until {@code u} (exclusive); either may be null. */
    public AuditQuery withRange(Instant f, Instant u) {
        return new AuditQuery(users, f, u, entityTypes, retailerId, actions, belowId);
    }

    /**
     * Rows written on the days from {@code first} to {@code last}, both inclusive, as days begin in
     * that time zone; either may be null (no bound).
     */
    public AuditQuery withDays(LocalDate first, LocalDate last, ZoneId zone) {
        return withRange(first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public AuditQuery withEntityTypes(Set<String> t) {
        return new AuditQuery(users, from, until, t, retailerId, actions, belowId);
    }

    public AuditQuery withRetailer(Long id) {
        return new AuditQuery(users, from, until, entityTypes, id, actions, belowId);
    }

    public AuditQuery withActions(Set<AuditAction> a) {
        return new AuditQuery(users, from, until, entityTypes, retailerId, a, belowId);
    }

    /** The rows after that one, newest first (null: from the newest). */
    public AuditQuery below(Long id) {
        return new AuditQuery(users, from, until, entityTypes, retailerId, actions, id);
    }
}
