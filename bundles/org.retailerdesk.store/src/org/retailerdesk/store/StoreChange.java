package org.retailerdesk.store;

import java.util.Set;

import org.retailerdesk.model.Entity;

/**
 * What one committed write changed: the kinds of entity it inserted, updated or deleted, and how
 * many entities. Announced by the store through {@link StoreChanges} after the commit, whoever
 * wrote (an editor, an import, a command-line tool), so lists read again instead of being told to.
 *
 * @param types    the model interfaces written ({@code Retailer.class}, {@code AllocationLine.class}, ...)
 * @param entities how many entities were written
 */
public record StoreChange(Set<Class<? extends Entity>> types, long entities) {

    public StoreChange {
        types = Set.copyOf(types);
    }

    /** @return true when entities of that type (or of a subtype) were written */
    public boolean touches(Class<? extends Entity> type) {
        return types.stream().anyMatch(type::isAssignableFrom);
    }
}
