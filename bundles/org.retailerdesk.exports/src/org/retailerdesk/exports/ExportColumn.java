package org.retailerdesk.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.internal.FieldValues;
import org.retailerdesk.exports.internal.Messages;
import org.retailerdesk.exports.internal.OutputText;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * One exportable field of the retailer file. {@link #all()} has a column for every field of
 * {@link Retailer} (not the technical id and version), in the model's order, grouped as the file's
 * groups are; labels come from {@link ModelLabels}, so the header of a Chinese export is the
 * retailer file's own field names, one header per field. References (district, staff, route) are
 * written as names.
 */
public final class ExportColumn {

    /** Source of the group annotations in retailerdesk.ecore. */
    private static final String GROUP_SOURCE = "http://retailerdesk.org/group"; //$NON-NLS-1$

    /** The groups of the retailer file. */
    public enum Group {
        BASIC, NETWORK, LICENCE, SALES, CONTACT;

        public String label(Locale locale) {
            return OutputText.get("group." + name().toLowerCase(Locale.ROOT), locale); //$NON-NLS-1$
        }
    }

    /** How a value is written where the format has types (XLSX). */
    public enum Kind {
        TEXT, NUMBER, DATE, BOOLEAN
    }

    private static final List<ExportColumn> ALL = build();

    private final EStructuralFeature feature;
    private final Group group;
    private final Kind kind;

    private ExportColumn(EStructuralFeature feature, Group group) {
        this.feature = feature;
        this.group = group;
        this.kind = kindOf(feature);
    }

    /** Every column, in the order of the retailer file. */
    public static List<ExportColumn> all() {
        return ALL;
    }

    /** The columns of one group, in order. */
    public static List<ExportColumn> of(Group group) {
        return ALL.stream().filter(c -> c.group == group).toList();
    }

    /**
     * Columns from a comma-separated list of field names ({@code customerCode}), labels in either
     * language ({@code 客户编码}, {@code Customer code}) or group names ({@code basic}, {@code 基本信息}),
     * for the command line.
     *
     * @throws IllegalArgumentException naming the first entry that is none of these
     */
    public static List<ExportColumn> parse(String list) {
        Set<ExportColumn> chosen = new LinkedHashSet<>();
        for (String part : list.split("[,，]")) { //$NON-NLS-1$
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            Group group = groupNamed(name);
            if (group != null) {
                chosen.addAll(of(group));
                continue;
            }
            ExportColumn column = ALL.stream().filter(c -> c.matches(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Columns_unknown, name,
                            String.join(", ", ALL.stream().map(ExportColumn::name).toList())))); //$NON-NLS-1$
            chosen.add(column);
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(Messages.Columns_none);
        }
        return new ArrayList<>(chosen);
    }

    private static Group groupNamed(String name) {
        for (Group g : Group.values()) {
            if (g.name().equalsIgnoreCase(name) || g.label(Locale.CHINESE).equals(name)
                    || g.label(Locale.ENGLISH).equalsIgnoreCase(name)) {
                return g;
            }
        }
        return null;
    }

    private boolean matches(String name) {
        return feature.getName().equalsIgnoreCase(name) || label(Locale.CHINESE).equals(name)
                || label(Locale.ENGLISH).equalsIgnoreCase(name);
    }

    /** The field's name in the model, e.g. {@code customerCode}; stable, for command lines and settings. */
    public String name() {
        return feature.getName();
    }

    public EStructuralFeature feature() {
        return feature;
    }

    public Group group() {
        return group;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * True when the column holds few distinct values (enum labels, names of districts and staff,
     * yes/no), which XLSX stores once in its shared strings; unique texts (codes, names, addresses)
     * are written inline so the shared-string table does not grow with the rows.
     */
    public boolean repetitive() {
        return !(feature instanceof EAttribute a) || a.getEAttributeType() instanceof EEnum || kind == Kind.BOOLEAN;
    }

    public String label(Locale locale) {
        return ModelLabels.label(feature, locale);
    }

    /**
     * The typed value: String (also for enum labels and referenced names), Number, LocalDate,
     * Boolean; null when the field is empty or not set.
     */
    public Object value(Retailer retailer, Locale locale) {
        return FieldValues.value(retailer, feature, locale);
    }

    /** The value as text: numbers plain, dates ISO ({@code 2026-11-27}), booleans as yes/no in the locale. */
    public String text(Retailer retailer, Locale locale) {
        return FieldValues.text(retailer, feature, locale);
    }

    @Override
    public String toString() {
        return name();
    }

    private static Kind kindOf(EStructuralFeature f) {
        if (!(f instanceof EAttribute a) || a.getEAttributeType() instanceof EEnum) {
            return Kind.TEXT;
        }
        EDataType t = a.getEAttributeType();
        Class<?> c = t.getInstanceClass();
        if (c == LocalDate.class) {
            return Kind.DATE;
        }
        if (c == boolean.class || c == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (c == int.class || c == double.class || c == long.class || Number.class.isAssignableFrom(c)) {
            return Kind.NUMBER;
        }
        return Kind.TEXT;
    }

    private static List<ExportColumn> build() {
        List<ExportColumn> columns = new ArrayList<>();
        for (EStructuralFeature f : RetailerdeskPackage.Literals.RETAILER.getEStructuralFeatures()) {
            EAnnotation a = f.getEAnnotation(GROUP_SOURCE);
            String group = a == null ? null : a.getDetails().get("group"); //$NON-NLS-1$
            if (group == null) {
                throw new IllegalStateException("Retailer." + f.getName() + " has no group annotation"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            columns.add(new ExportColumn(f, Group.valueOf(group.toUpperCase(Locale.ROOT))));
        }
        return List.copyOf(columns);
    }
}
