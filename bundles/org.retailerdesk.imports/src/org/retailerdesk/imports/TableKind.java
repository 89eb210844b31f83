package org.retailerdesk.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an import file holds besides retailers: records of retailers ({@link RecordKind}: publicity,
 * visits) or a centre's own entries ({@link ReferenceKind}: service network, staff, brands,
 * mutual-aid groups). The wizard and the command line offer them by {@link #folder() name}.
 */
public interface TableKind {

    /** The name on the command line ({@code --records staff}) and of its saved mappings' folder. */
    String folder();

    String label(Locale locale);

    default String label() {
        return label(Locale.getDefault());
    }

    /** Its fields, in the order an export writes them. */
    List<? extends MappedField> fields();

    /**
     * What the mapping lacks for rows to be matched, as the user reads it (the labels of the
     * columns, or of the choices of columns, it needs); empty when it can be imported.
     */
    List<String> missingKey(FieldMapping<?> mapping);

    /** Every kind, records first. */
    static List<TableKind> all() {
        List<TableKind> all = new ArrayList<>(List.of(RecordKind.values()));
        all.addAll(List.of(ReferenceKind.values()));
        return all;
    }

    /** The kind a command-line name stands for (publicity, visits, network, staff, brands, groups …), or null. */
    static TableKind of(String name) {
        RecordKind records = RecordKind.of(name);
        return records != null ? records : ReferenceKind.of(name);
    }
}
