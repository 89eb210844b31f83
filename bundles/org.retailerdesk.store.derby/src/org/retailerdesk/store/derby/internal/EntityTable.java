package org.retailerdesk.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The table of one concrete model class and its SQL, all derived from the model: every feature
 * becomes a column (see {@link Naming}), {@code id} the primary key, {@code version} the lock.
 */
public final class EntityTable {

    static final String ID = "ID"; //$NON-NLS-1$
    static final String VERSION = "VERSION"; //$NON-NLS-1$
    private static final String RETAILER_FEATURE = "retailer"; //$NON-NLS-1$

    /** A row in stored form: values in the order of {@link #columns()}. */
    record Row(long id, int version, Object[] values) {
    }

    private final EClass eClass;
    private final String table;
    private final List<Column> columns = new ArrayList<>();
    private final boolean isRetailer;
    private final int retailerColumn;
    private final String selectColumns;
    private final String insertSql;
    private final String updateSql;

    EntityTable(EClass eClass, EClass retailerClass) {
        this.eClass = eClass;
        this.table = Naming.table(eClass);
        int retailer = -1;
        for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
            if (f.isTransient() || f.isDerived() || f == idFeature(eClass) || f == versionFeature(eClass)) {
                continue;
            }
            if (f instanceof EReference r && RETAILER_FEATURE.equals(f.getName()) && r.getEReferenceType() == retailerClass) {
                retailer = columns.size();
            }
            columns.add(new Column(f));
        }
        this.isRetailer = eClass == retailerClass;
        this.retailerColumn = retailer;
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
        this.selectColumns = ID + ", " + VERSION + ", " + names; //$NON-NLS-1$ //$NON-NLS-2$
        this.insertSql = "INSERT INTO " + table + " (" + selectColumns + ") VALUES (?, ?" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", ?".repeat(columns.size()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        this.updateSql = "UPDATE " + table + " SET " + VERSION + " = " + VERSION + " + 1, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + columns.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", ")) //$NON-NLS-1$ //$NON-NLS-2$
                + " WHERE " + ID + " = ? AND " + VERSION + " = ?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static EStructuralFeature idFeature(EClass c) {
        return c.getEStructuralFeature("id"); //$NON-NLS-1$
    }

    static EStructuralFeature versionFeature(EClass c) {
        return c.getEStructuralFeature("version"); //$NON-NLS-1$
    }

    static long idOf(EObject o) {
        return (Long) o.eGet(idFeature(o.eClass()));
    }

    static int versionOf(EObject o) {
        return (Integer) o.eGet(versionFeature(o.eClass()));
    }

    static void setIdAndVersion(EObject o, long id, int version) {
        o.eSet(idFeature(o.eClass()), id);
        o.eSet(versionFeature(o.eClass()), version);
    }

    public EClass eClass() {
        return eClass;
    }

    public String table() {
        return table;
    }

    public List<Column> columns() {
        return columns;
    }

    boolean isRetailer() {
        return isRetailer;
    }

    /** True when rows of this table are a retailer or belong to one. */
    boolean hasRetailer() {
        return isRetailer || retailerColumn >= 0;
    }

    /** Column name of the retailer reference; only for tables that belong to a retailer. */
    String retailerColumnName() {
        return columns.get(retailerColumn).name();
    }

    /** The retailer a row is or belongs to, else null. */
    Long retailerOf(Row row) {
        if (isRetailer) {
            return row.id();
        }
        return retailerColumn < 0 ? null : (Long) row.values()[retailerColumn];
    }

    int indexOf(EStructuralFeature feature) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).feature() == feature) {
                return i;
            }
        }
        throw new IllegalArgumentException(feature.getName());
    }

    String selectSql(String where) {
        return "SELECT " + selectColumns + " FROM " + table + (where.isEmpty() ? "" : " WHERE " + where); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    String insertSql() {
        return insertSql;
    }

    String updateSql() {
        return updateSql;
    }

    String deleteSql() {
        return "DELETE FROM " + table + " WHERE " + ID + " = ? AND " + VERSION + " = ?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The object's values in stored form (its id and version as they are now). */
    Row rowOf(EObject object) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).stored(object);
        }
        return new Row(idOf(object), versionOf(object), values);
    }

    /** Reads the row at the cursor, selected with {@link #selectSql}. */
    Row read(ResultSet rs) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).read(rs, i + 3);
        }
        return new Row(rs.getLong(1), rs.getInt(2), values);
    }

    /** Binds a row for {@link #insertSql}. */
    void bindInsert(PreparedStatement ps, Row row) throws SQLException {
        ps.setLong(1, row.id());
        ps.setInt(2, row.version());
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).bind(ps, i + 3, row.values()[i]);
        }
    }

    /** Binds a row for {@link #updateSql}, guarded by the version it was read at. */
    void bindUpdate(PreparedStatement ps, Row row) throws SQLException {
        int n = columns.size();
        for (int i = 0; i < n; i++) {
            columns.get(i).bind(ps, i + 1, row.values()[i]);
        }
        ps.setLong(n + 1, row.id());
        ps.setInt(n + 2, row.version());
    }

    EObject toObject(Row row, Column.References references) throws SQLException {
        EObject o = EcoreUtil.create(eClass);
        setIdAndVersion(o, row.id(), row.version());
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).apply(o, row.values()[i], references);
        }
        return o;
    }
}
