package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * The small reference classes in memory, one whole table at a time, read with a connection of
 * its own so it never holds a transaction's uncommitted rows. Any committed write to a cached
 * class drops the whole cache (the classes refer to one another, so partial refreshes would
 * leave old instances reachable); it is reloaded on next use.
 */
final class ReferenceCache {

    interface Source {
        Connection connection() throws SQLException;
    }

    private final Schema schema;
    private final Source source;
    private final Map<EClass, Map<Long, EObject>> tables = new HashMap<>();
    private long generation;

    ReferenceCache(Schema schema, Source source) {
        this.schema = schema;
        this.source = source;
    }

    /** The cached instance, or null when no committed row has that id. */
    EObject get(EClass type, long id) throws SQLException {
        Map<Long, EObject> rows = table(type);
        return rows.get(id);
    }

    /** All committed rows of a cached class, by id. */
    Map<Long, EObject> table(EClass type) throws SQLException {
        long loading;
        synchronized (this) {
            Map<Long, EObject> rows = tables.get(type);
            if (rows != null) {
                return rows;
            }
            loading = generation;
        }
        Map<Long, EObject> rows = new java.util.TreeMap<>();
        try (Connection c = source.connection()) {
            // references between cached classes resolve through this cache, loading those tables first;
            // these classes belong to no retailer, and every user shares them
            Session session = new Session(c, schema, this, RetailerScope.ALL);
            for (EObject o : session.select(schema.table(type), "", List.of())) { //$NON-NLS-1$
                rows.put(EntityTable.idOf(o), o);
            }
            c.commit();
        }
        rows = java.util.Collections.unmodifiableMap(rows);
        synchronized (this) {
            if (generation == loading) {
                tables.putIfAbsent(type, rows);
                return tables.get(type);
            }
        }
        return rows;
    }

    synchronized void clear() {
        tables.clear();
        generation++;
    }
}
