package org.retailerdesk.store.derby.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One model feature as one column. Values pass between object and row in a "stored form" that
 * is also what the audit trail shows: String, Integer, Long, Double, Boolean, BigDecimal at the
 * column's scale, LocalDate, an enum's literal name, a reference's target id (Long). Two values
 * are the same exactly when their stored forms are equal.
 */
public final class Column {

    /** Scale of every money column (yuan with fen). */
    public static final int DECIMAL_SCALE = 2;

    enum Kind {
        STRING, INT, LONG, DOUBLE, BOOLEAN, DECIMAL, DATE, ENUM, REFERENCE
    }

    /** Resolves a reference's target id to the object to put into the feature. */
    interface References {
        EObject target(EClass type, long id) throws SQLException;
    }

    private final EStructuralFeature feature;
    private final String name;
    private final Kind kind;

    Column(EStructuralFeature feature) {
        this.feature = feature;
        this.name = Naming.column(feature);
        this.kind = kindOf(feature);
        if (feature.isMany()) {
            throw new IllegalArgumentException("Many-valued features need a table of their own: " + feature); //$NON-NLS-1$
        }
    }

    private static Kind kindOf(EStructuralFeature f) {
        if (f instanceof EReference) {
            return Kind.REFERENCE;
        }
        if (f.getEType() instanceof EEnum) {
            return Kind.ENUM;
        }
        Class<?> c = f.getEType().getInstanceClass();
        if (c == String.class) {
            return Kind.STRING;
        } else if (c == int.class || c == Integer.class) {
            return Kind.INT;
        } else if (c == long.class || c == Long.class) {
            return Kind.LONG;
        } else if (c == double.class || c == Double.class) {
            return Kind.DOUBLE;
        } else if (c == boolean.class || c == Boolean.class) {
            return Kind.BOOLEAN;
        } else if (c == BigDecimal.class) {
            return Kind.DECIMAL;
        } else if (c == LocalDate.class) {
            return Kind.DATE;
        }
        throw new IllegalArgumentException("No column type for " + f.getEContainingClass().getName() + "." //$NON-NLS-1$ //$NON-NLS-2$
                + f.getName() + " of " + c); //$NON-NLS-1$
    }

    public EStructuralFeature feature() {
        return feature;
    }

    public String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    /** The JDBC type the schema must have for this column (checked by the schema test). */
    public int jdbcType() {
        return switch (kind) {
            case STRING, ENUM -> Types.VARCHAR;
            case INT -> Types.INTEGER;
            case LONG, REFERENCE -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case DECIMAL -> Types.DECIMAL;
            case DATE -> Types.DATE;
        };
    }

    /** True when the column must be NOT NULL: required features, and primitives that cannot be unset. */
    public boolean required() {
        if (feature.getLowerBound() > 0) {
            return true;
        }
        return feature.getEType().getInstanceClass() != null && feature.getEType().getInstanceClass().isPrimitive()
                && !feature.isUnsettable();
    }

    /** The object's value in stored form, null when unset or empty. */
    Object stored(EObject object) {
        if (feature.isUnsettable() && !object.eIsSet(feature)) {
            return null;
        }
        Object v = object.eGet(feature, false);
        if (v == null) {
            return null;
        }
        return switch (kind) {
            case ENUM -> ((Enumerator) v).getName();
            case REFERENCE -> EntityTable.idOf((EObject) v);
            case DECIMAL -> ((BigDecimal) v).setScale(DECIMAL_SCALE, RoundingMode.HALF_UP);
            default -> v;
        };
    }

    /** Reads the column in stored form. */
    Object read(ResultSet rs, int index) throws SQLException {
        Object v = switch (kind) {
            case STRING, ENUM -> rs.getString(index);
            case INT -> rs.getInt(index);
            case LONG, REFERENCE -> rs.getLong(index);
            case DOUBLE -> rs.getDouble(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DECIMAL -> rs.getBigDecimal(index);
            case DATE -> {
                Date d = rs.getDate(index);
                yield d == null ? null : d.toLocalDate();
            }
        };
        return rs.wasNull() ? null : v;
    }

    void bind(PreparedStatement ps, int index, Object stored) throws SQLException {
        if (stored == null) {
            ps.setNull(index, jdbcType());
            return;
        }
        switch (kind) {
            case STRING, ENUM -> ps.setString(index, (String) stored);
            case INT -> ps.setInt(index, (Integer) stored);
            case LONG, REFERENCE -> ps.setLong(index, (Long) stored);
            case DOUBLE -> ps.setDouble(index, (Double) stored);
            case BOOLEAN -> ps.setBoolean(index, (Boolean) stored);
            case DECIMAL -> ps.setBigDecimal(index, (BigDecimal) stored);
            case DATE -> ps.setDate(index, Date.valueOf((LocalDate) stored));
        }
    }

    /** Puts a stored-form value into the object. */
    void apply(EObject object, Object stored, References references) throws SQLException {
        if (stored == null) {
            if (feature.isUnsettable()) {
                object.eUnset(feature);
            } else if (!feature.getEType().getInstanceClass().isPrimitive()) {
                object.eSet(feature, null);
            }
            return;
        }
        Object v = switch (kind) {
            case ENUM -> ((EEnum) feature.getEType()).getEEnumLiteral((String) stored).getInstance();
            case REFERENCE -> references.target(((EReference) feature).getEReferenceType(), (Long) stored);
            default -> stored;
        };
        object.eSet(feature, v);
    }

    /** Stored form as audit text. */
    static String text(Object stored) {
        if (stored == null) {
            return null;
        }
        return stored instanceof BigDecimal d ? d.toPlainString() : stored.toString();
    }
}
