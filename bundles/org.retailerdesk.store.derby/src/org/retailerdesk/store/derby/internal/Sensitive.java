package org.retailerdesk.store.derby.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.Masking;

/**
 * Sensitive fields (PIPL: a household's certificate number, and what the evidence and the help given
 * say about a disability; {@link Masking} is the rule) as the store keeps them: reads give them only
 * masked, a write that gives back the masked value keeps the stored one, and the audit trail says
 * that such a field changed, never its values. The full value leaves the store only through an
 * audited reveal ({@link AuditSql#reveal}).
 */
final class Sensitive {

    /** What the audit trail records for a sensitive value that was there (a null stays null). */
    static final String CHANGED = "***"; //$NON-NLS-1$

    private Sensitive() {
    }

    /** True when that column of the row (either row may be null) holds a sensitive value. */
    static boolean sensitive(EntityTable t, EntityTable.Row before, EntityTable.Row after, EStructuralFeature f) {
        if (t.eClass() != Literals.PRIORITY_HOUSEHOLD) {
            return false;
        }
        return before != null && Masking.sensitive(category(t, before), f)
                || after != null && Masking.sensitive(category(t, after), f);
    }

    private static AssistanceCategory category(EntityTable t, EntityTable.Row row) {
        Object v = row.values()[t.indexOf(Literals.PRIORITY_HOUSEHOLD__CATEGORY)];
        return v == null ? null : AssistanceCategory.get(v.toString());
    }

    /** The row as reads give it: sensitive values masked. */
    static EntityTable.Row masked(EntityTable t, EntityTable.Row row) {
        if (t.eClass() != Literals.PRIORITY_HOUSEHOLD) {
            return row;
        }
        Object[] values = row.values().clone();
        List<Column> columns = t.columns();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String s && sensitive(t, row, null, columns.get(i).feature())) {
                values[i] = Masking.lastFour(s);
            }
        }
        return new EntityTable.Row(row.id(), row.version(), values);
    }

    /** The row to store: a sensitive value given back as read (masked) keeps the stored value. */
    static EntityTable.Row keepStored(EntityTable t, EntityTable.Row before, EntityTable.Row after) {
        if (t.eClass() != Literals.PRIORITY_HOUSEHOLD) {
            return after;
        }
        Object[] values = after.values().clone();
        List<Column> columns = t.columns();
        for (int i = 0; i < values.length; i++) {
            Object stored = before.values()[i];
            if (stored instanceof String s && sensitive(t, before, null, columns.get(i).feature())
                    && Objects.equals(values[i], Masking.lastFour(s))) {
                values[i] = stored;
            }
        }
        return new EntityTable.Row(after.id(), after.version(), values);
    }

    /** What the audit trail records of a value of that column: {@link #CHANGED} for a sensitive one. */
    static String auditText(EntityTable t, EntityTable.Row before, EntityTable.Row after, Column column, Object value) {
        if (value != null && sensitive(t, before, after, column.feature())) {
            return CHANGED;
        }
        return Column.text(value);
    }
}
