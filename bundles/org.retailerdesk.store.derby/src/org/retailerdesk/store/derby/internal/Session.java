package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Reads entities through one connection. References to cached classes resolve from the
 * {@link ReferenceCache} (or from this connection when the row is not committed yet), all others
 * become proxies carrying the id. Sensitive values come masked ({@link Sensitive}).
 */
class Session implements Column.References {

    static final String PROXY_SCHEME = "retailerdesk"; //$NON-NLS-1$

    protected final Connection connection;
    protected final Schema schema;
    protected final ReferenceCache cache;
    /** The retailers this session's entity reads may return; others read as absent. */
    protected final RetailerScope scope;

    Session(Connection connection, Schema schema, ReferenceCache cache, RetailerScope scope) {
        this.connection = connection;
        this.schema = schema;
        this.cache = cache;
        this.scope = scope;
    }

    @Override
    public EObject target(EClass type, long id) throws SQLException {
        if (Schema.cached(type)) {
            EObject cached = cache.get(type, id);
            return cached != null ? cached : get(type, id);
        }
        EObject proxy = EcoreUtil.create(type);
        ((InternalEObject) proxy).eSetProxyURI(URI.createHierarchicalURI(PROXY_SCHEME, null, null,
                new String[] { type.getName(), Long.toString(id) }, null, null));
        proxy.eSet(EntityTable.idFeature(type), id);
        return proxy;
    }

    /** The entity with that id in the class's table (or its subclasses' tables), else null. */
    EObject get(EClass type, long id) throws SQLException {
        for (EntityTable t : schema.tablesOf(type)) {
            List<EObject> found = select(t, EntityTable.ID + " = ?", List.of(id)); //$NON-NLS-1$
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    /** The stored row with that id, or null. */
    EntityTable.Row row(EntityTable t, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(t.selectSql(EntityTable.ID + " = ?"))) { //$NON-NLS-1$
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? t.read(rs) : null;
            }
        }
    }

    /**
     * The table's rows matching the condition (without ORDER BY) and this session's {@link RetailerScope},
     * as entities.
     */
    List<EObject> select(EntityTable t, String where, List<?> params) throws SQLException {
        List<Object> all = new ArrayList<>(params);
        String own = scope.condition(t, all);
        String condition = own == null ? where : where.isEmpty() ? own : "(" + where + ") AND " + own; //$NON-NLS-1$ //$NON-NLS-2$
        List<EntityTable.Row> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(t.selectSql(condition))) {
            for (int i = 0; i < all.size(); i++) {
                ps.setObject(i + 1, all.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(t.read(rs));
                }
            }
        }
        // objects are built after the cursor is closed: resolving references may query again
        List<EObject> out = new ArrayList<>(rows.size());
        for (EntityTable.Row r : rows) {
            out.add(t.toObject(Sensitive.masked(t, r), this));
        }
        return out;
    }
}
