package org.retailerdesk.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.ecore.EObject;
import org.retailerdesk.imports.FieldMapping;
import org.retailerdesk.imports.MappedField;
import org.retailerdesk.imports.ImportField;
import org.retailerdesk.imports.Rejection;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * Puts a row's mapped cells into a retailer (or a record, a district …), one field per column. A
 * cell that cannot be read leaves its field alone and is reported as a {@link CellProblem} naming
 * column and value; the caller rejects the row or warns. An empty cell clears an optional field
 * (the file is the truth for the columns it has); an empty required field is a problem.
 */
public final class RowBuilder {

    /** Longer cells are rejected whatever their field: no field of the retailer file takes more than 500. */
    public static final int MAX_CELL = 1000;
    /** Digits of a customer code and a licence number (the model's format rules). */
    private static final int CODE_DIGITS = 12;
    private static final String PERSISTENCE = "http://retailerdesk.org/persistence"; //$NON-NLS-1$

    private static final java.util.Map<EAttribute, Integer> LENGTHS = new java.util.concurrent.ConcurrentHashMap<>();

    private final FieldMapping<?> mapping;
    private final Resolver references;

    public RowBuilder(FieldMapping<?> mapping, Resolver references) {
        this.mapping = mapping;
        this.references = references;
    }

    /** The key of a row as stored: the cell's text, a number cell's lost leading zeros restored. */
    public String key(SourceRow row, MappedField field) {
        int column = mapping.column(field);
        return column < 0 ? "" : code(row, column, field, row.cell(column).strip()); //$NON-NLS-1$
    }

    /**
     * Sets every mapped field of the target (a retailer, a publicity record, a visit, a district …)
     * from the row, rejecting each cell that cannot be read.
     *
     * @return the fields that were rejected (their model validation problems add nothing new)
     */
    public Set<EStructuralFeature> apply(SourceRow row, EObject target, List<Rejection> out) {
        Set<EStructuralFeature> rejected = new HashSet<>();
        for (CellProblem p : cells(row, target)) {
            out.add(p.rejection(row.number()));
            rejected.add(p.field().feature());
        }
        return rejected;
    }

    /**
     * Sets every mapped field the target's class has from the row (a row of the service network
     * fills a district, a market department and a route from one row's columns).
     *
     * @return the cells that could not be read, in column order; their fields were left as they were
     */
    public List<CellProblem> cells(SourceRow row, EObject target) {
        List<CellProblem> problems = new ArrayList<>();
        for (int column = 0; column < mapping.columns(); column++) {
            MappedField field = mapping.field(column);
            if (field == null || field.feature() == null
                    || !field.feature().getEContainingClass().isSuperTypeOf(target.eClass())) {
                continue;
            }
            String raw = row.cell(column);
            CellProblem p = set(row, column, field, raw, target);
            if (p != null) {
                problems.add(p);
            }
        }
        return problems;
    }

    /**
     * Adds the model's errors about the target as rejections naming the field's column and cell,
     * except for fields rejected already (their cell was named); adds those fields to {@code rejected}.
     */
    public void validate(SourceRow row, EObject target, java.time.LocalDate today, Set<EStructuralFeature> rejected,
            List<Rejection> out) {
        for (org.retailerdesk.model.validation.Problem p : org.retailerdesk.model.validation.ModelValidation
                .validate(target, today)) {
            if (p.isError() && !rejected.contains(p.feature())) {
                MappedField f = p.feature() == null ? null
                        : mapping.choices().stream().filter(x -> x.feature() == p.feature()).findFirst().orElse(null);
                int column = f == null ? -1 : mapping.column(f);
                String header = f == null ? "" : column < 0 ? f.label() : mapping.headers().get(column); //$NON-NLS-1$
                out.add(new Rejection(row.number(), header, column < 0 ? "" : row.cell(column), p.message())); //$NON-NLS-1$
                if (p.feature() != null) {
                    rejected.add(p.feature());
                }
            }
        }
    }

    /**
     * The fields whose mapped value in {@code target} differs from {@code stored}, old → new. A field
     * that only looks different (12.5 for a stored 12.50) gets the stored form back, so that the
     * update writes nothing for it.
     */
    public List<org.retailerdesk.imports.FieldChange> changes(EObject stored, EObject target) {
        List<org.retailerdesk.imports.FieldChange> changes = new java.util.ArrayList<>();
        for (int column = 0; column < mapping.columns(); column++) {
            MappedField f = mapping.field(column);
            if (f == null || f.feature() == null || !f.feature().getEContainingClass().isSuperTypeOf(target.eClass())) {
                continue;
            }
            EStructuralFeature feature = f.feature();
            if (same(stored, target, feature)) {
                target.eSet(feature, stored.eGet(feature, false));
            } else {
                changes.add(new org.retailerdesk.imports.FieldChange(f, display(stored, feature), display(target, feature)));
            }
        }
        return changes;
    }

    /** Sets one field; returns why it could not, or null. */
    private CellProblem set(SourceRow row, int column, MappedField field, String raw, EObject target) {
        String text = raw.strip();
        EStructuralFeature f = field.feature();
        if (row.computed().get(column)) {
            return problem(field, column, raw, text, CellProblem.Kind.INVALID, Messages.Import_formula);
        }
        if (text.length() > MAX_CELL) {
            return problem(field, column, raw, text, CellProblem.Kind.INVALID,
                    NLS.bind(Messages.Import_cellTooLong, text.length(), MAX_CELL));
        }
        if (text.isEmpty()) {
            if (field.isRequired()) {
                return problem(field, column, raw, text, CellProblem.Kind.MISSING,
                        NLS.bind(Messages.Import_required, field.label()));
            }
            if (f.isUnsettable() || f instanceof EReference || f.getEType() instanceof EEnum) {
                target.eUnset(f);
            } else {
                target.eSet(f, f.getDefaultValue());
            }
            return null;
        }
        if (f instanceof EReference r) {
            String name = code(row, column, field, text);
            References.Found found = references.find(r, name);
            if (found.entity() == null) {
                return found.ambiguous()
                        ? problem(field, column, raw, name, CellProblem.Kind.INVALID,
                                NLS.bind(Messages.Import_ambiguousReference, ModelLabels.label(r.getEReferenceType()), text))
                        : problem(field, column, raw, name, CellProblem.Kind.UNKNOWN,
                                NLS.bind(Messages.Import_unknownReference, ModelLabels.label(r.getEReferenceType()), text));
            }
            target.eSet(r, found.entity());
            return null;
        }
        Class<?> type = f.getEType().getInstanceClass();
        Object value;
        String reason;
        if (field == ImportField.GRADE) {
            value = Values.grade(text);
            reason = Messages.Import_badGrade;
        } else if (f.getEType() instanceof EEnum e) {
            value = Values.enumValue(e, text);
            reason = NLS.bind(Messages.Import_badChoice, choices(e));
        } else if (type == String.class) {
            value = code(row, column, field, text);
            int max = length((EAttribute) f);
            if (((String) value).length() > max) {
                return problem(field, column, raw, text, CellProblem.Kind.INVALID,
                        NLS.bind(Messages.Import_tooLong, new Object[] { field.label(), ((String) value).length(), max }));
            }
            reason = null;
        } else if (type == int.class || type == Integer.class) {
            value = Values.integer(text);
            reason = Messages.Import_badInteger;
        } else if (type == double.class) {
            BigDecimal n = Values.number(text);
            value = n == null ? null : n.doubleValue();
            reason = Messages.Import_badNumber;
        } else if (type == BigDecimal.class) {
            value = Values.number(text);
            reason = Messages.Import_badNumber;
        } else if (type == boolean.class) {
            value = Values.bool(text);
            reason = Messages.Import_badBoolean;
        } else if (type == LocalDate.class) {
            value = Values.date(text);
            reason = Messages.Import_badDate;
        } else {
            throw new IllegalStateException(f.getName());
        }
        if (value == null) {
            return problem(field, column, raw, text, CellProblem.Kind.INVALID, reason);
        }
        target.eSet(f, value);
        return null;
    }

    private CellProblem problem(MappedField field, int column, String raw, String text, CellProblem.Kind kind,
            String reason) {
        return new CellProblem(field, column, mapping.headers().get(column), shown(raw), text, kind, reason);
    }

    /**
     * Number cells lose leading zeros: a customer code or licence number read from one is padded
     * back to its 12 digits (the only width the model allows). Text cells are kept as written.
     */
    private static String code(SourceRow row, int column, MappedField field, String text) {
        if (field.isCode() && row.numeric().get(column) && text.length() < CODE_DIGITS && text.matches("\\d+")) { //$NON-NLS-1$
            return "0".repeat(CODE_DIGITS - text.length()) + text; //$NON-NLS-1$
        }
        return text;
    }

    /** The column length of a text field (from the model's persistence annotation), read once per field. */
    static int length(EAttribute a) {
        return LENGTHS.computeIfAbsent(a, x -> {
            var annotation = x.getEAnnotation(PERSISTENCE);
            return annotation == null ? MAX_CELL : Integer.parseInt(annotation.getDetails().get("length")); //$NON-NLS-1$
        });
    }

    private static String choices(EEnum e) {
        StringBuilder sb = new StringBuilder();
        for (var literal : e.getELiterals()) {
            if (sb.length() > 0) {
                sb.append(", "); //$NON-NLS-1$
            }
            sb.append(ModelLabels.label(literal));
        }
        return sb.toString();
    }

    /** A cell as quoted in a rejection: long ones cut short. */
    private static String shown(String raw) {
        return raw.length() <= 60 ? raw : raw.substring(0, 60) + "\u2026"; //$NON-NLS-1$
    }

    /**
     * A field's value as a file gives it, for naming a row's key: a reference by its code (a
     * retailer by its customer code), anything else as {@link #display}.
     */
    public static String fileText(EObject r, EStructuralFeature f) {
        if (r.eGet(f, false) instanceof Entity e && !e.eIsProxy()) {
            EStructuralFeature code = e.eClass().getEStructuralFeature(e instanceof Retailer ? "customerCode" : "code"); //$NON-NLS-1$ //$NON-NLS-2$
            if (code != null && e.eGet(code) != null) {
                return e.eGet(code).toString();
            }
        }
        return display(r, f);
    }

    /** A field's value as the user reads it: labels for enums, {@link EntityLabels} for references, "" when not set. */
    public static String display(EObject r, EStructuralFeature f) {
        if (!r.eIsSet(f) && (f.isUnsettable() || f instanceof EReference)) {
            return ""; //$NON-NLS-1$
        }
        Object v = r.eGet(f, false);
        if (v == null) {
            return ""; //$NON-NLS-1$
        } else if (v instanceof Enumerator e) {
            return ModelLabels.valueLabel(e);
        } else if (v instanceof Entity e) {
            return EntityLabels.label(e);
        } else if (v instanceof Boolean b) {
            return b ? Messages.Value_yes : Messages.Value_no;
        } else if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }

    /** True when the two retailers have the same value in the field (references by id, amounts by value). */
    public static boolean same(EObject a, EObject b, EStructuralFeature f) {
        if (a.eIsSet(f) != b.eIsSet(f) && (f.isUnsettable() || f instanceof EReference)) {
            return false;
        }
        Object x = a.eGet(f, false);
        Object y = b.eGet(f, false);
        if (x instanceof org.retailerdesk.model.Entity ex && y instanceof org.retailerdesk.model.Entity ey) {
            return ex.getId() == ey.getId();
        }
        if (x instanceof BigDecimal dx && y instanceof BigDecimal dy) {
            return dx.compareTo(dy) == 0;
        }
        return java.util.Objects.equals(x, y);
    }
}
