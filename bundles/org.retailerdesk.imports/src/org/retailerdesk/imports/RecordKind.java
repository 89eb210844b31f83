package org.retailerdesk.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * The records of a retailer's file that are imported and exported as tables besides the retailers
 * themselves. A record is identified by its retailer, its date and a third field (the policy of a
 * publicity record, the visitor of a visit), so importing a file again changes the records it
 * imported before instead of adding them twice.
 */
public enum RecordKind implements TableKind {
    /** Policy publicity records (政策宣传记录), identified by retailer, date and policy. */
    PUBLICITY(Literals.PUBLICITY_RECORD, PublicityRecord.class, "publicity"), //$NON-NLS-1$
    /** Visits (走访记录), identified by retailer, date and visitor. */
    VISIT(Literals.VISIT, Visit.class, "visits"); //$NON-NLS-1$

    private final EClass eClass;
    private final Class<? extends Entity> type;
    private final String name;

    RecordKind(EClass eClass, Class<? extends Entity> type, String name) {
        this.eClass = eClass;
        this.type = type;
        this.name = name;
    }

    public EClass eClass() {
        return eClass;
    }

    public Class<? extends Entity> type() {
        return type;
    }

    /** The name on the command line ({@code --records publicity|visits}) and of its saved mappings' folder. */
    @Override
    public String folder() {
        return name;
    }

    /** The kind a command-line name (publicity, visits; also visit, 宣传, 走访) stands for, or null. */
    public static RecordKind of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        return switch (n) {
        case "publicity", "宣传", "政策宣传" -> PUBLICITY; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        case "visits", "visit", "走访" -> VISIT; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        default -> null;
        };
    }

    @Override
    public String label(Locale locale) {
        return ModelLabels.label(eClass, locale);
    }

    /** Its fields, in the order an export writes them. */
    @Override
    public List<RecordField> fields() {
        return Arrays.stream(RecordField.values()).filter(f -> f.kind() == this).toList();
    }

    /** The fields that identify a record: retailer, date, and policy or visitor. */
    public List<RecordField> key() {
        return fields().subList(0, 3);
    }

    /** The labels of the {@link #key()} fields without a column. */
    @Override
    public List<String> missingKey(FieldMapping<?> mapping) {
        return key().stream().filter(f -> mapping.column(f) < 0).map(RecordField::label).toList();
    }
}
