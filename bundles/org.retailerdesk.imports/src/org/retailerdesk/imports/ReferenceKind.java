package org.retailerdesk.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.retailerdesk.imports.internal.Labels;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * A centre's own entries, imported and exported as tables: one kind per file. A row of the
 * {@link #NETWORK service network} holds up to three levels, a district, one of its market
 * departments and one of that department's routes (each with its code, name and active flag; the
 * route with its order day): each level present is created or changed, and the level below hangs
 * under it. The other kinds hold one entry per row. An entry is identified by its code, or by its
 * name when the file has no code for it; a new entry without a code gets one ({@code NewCodes}),
 * except a brand, whose code is its bar code.
 */
public enum ReferenceKind implements TableKind {
    /** Districts, market departments and delivery routes, one route (or department, or district) a row. */
    NETWORK("network", Literals.DISTRICT, Literals.MARKET_DEPARTMENT, Literals.DELIVERY_ROUTE), //$NON-NLS-1$
    /** Staff: customer managers, licence officers, delivery staff, phone-order clerks, supervisors. */
    STAFF("staff", Literals.STAFF), //$NON-NLS-1$
    /** Brands (卷烟品牌规格) with their prices. */
    BRANDS("brands", Literals.BRAND), //$NON-NLS-1$
    /** Mutual-aid groups (诚信互助小组). */
    GROUPS("groups", Literals.MUTUAL_AID_GROUP); //$NON-NLS-1$

    private final String name;
    private final List<EClass> levels;

    ReferenceKind(String name, EClass... levels) {
        this.name = name;
        this.levels = List.of(levels);
    }

    /** The classes a row fills, the one above first: district, market department, route; or one class. */
    public List<EClass> levels() {
        return levels;
    }

    /** The reference of a level to the level above it (a route's market department), or null for the first. */
    public EReference parent(EClass level) {
        int i = levels.indexOf(level);
        if (i <= 0) {
            return null;
        }
        EClass above = levels.get(i - 1);
        return level.getEAllReferences().stream().filter(r -> r.getEReferenceType() == above).findFirst().orElseThrow();
    }

    /** The level's code field. */
    public ReferenceField code(EClass level) {
        return field(level, "code"); //$NON-NLS-1$
    }

    /** The level's name field. */
    public ReferenceField name(EClass level) {
        return field(level, "name"); //$NON-NLS-1$
    }

    private ReferenceField field(EClass level, String feature) {
        return fields().stream().filter(f -> f.feature() == level.getEStructuralFeature(feature)).findFirst().orElseThrow();
    }

    /** The fields of one level. */
    public List<ReferenceField> fields(EClass level) {
        return fields().stream().filter(f -> f.feature().getEContainingClass() == level).toList();
    }

    @Override
    public String folder() {
        return name;
    }

    /** The kind a command-line name stands for (network, staff, brands, groups; also 网络, 员工, 品牌, 互助小组 …), or null. */
    public static ReferenceKind of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        return switch (n) {
        case "network", "网络", "服务网络" -> NETWORK; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        case "staff", "员工", "人员" -> STAFF; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        case "brands", "brand", "品牌", "卷烟" -> BRANDS; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        case "groups", "group", "互助小组", "诚信互助小组" -> GROUPS; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        default -> null;
        };
    }

    @Override
    public String label(Locale locale) {
        return this == NETWORK ? Labels.get("network", locale) : ModelLabels.label(levels.get(0), locale); //$NON-NLS-1$
    }

    @Override
    public List<ReferenceField> fields() {
        return Arrays.stream(ReferenceField.values()).filter(f -> f.kind() == this).toList();
    }

    /** When no level has a code or name column: "区域编码 / 区域名称 / 市场部编码 / …". */
    @Override
    public List<String> missingKey(FieldMapping<?> mapping) {
        List<String> names = new ArrayList<>();
        for (EClass level : levels) {
            if (mapping.column(code(level)) >= 0 || mapping.column(name(level)) >= 0) {
                return List.of();
            }
            names.add(code(level).label());
            names.add(name(level).label());
        }
        return List.of(String.join(" / ", names)); //$NON-NLS-1$
    }
}
