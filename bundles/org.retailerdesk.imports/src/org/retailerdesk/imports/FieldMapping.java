package org.retailerdesk.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * Which field each column of an import file fills; a column may fill none (it is ignored) and a
 * field is filled by at most one column. Starts {@link #automatic} from the header row; the user
 * changes it with {@link #set}, and saves it by name with {@link SavedMappings}. Not thread-safe: a
 * wizard edits it, then hands a {@link #copy} to the dry run. {@link ColumnMapping} is the one of
 * retailer files.
 *
 * @param <F> the fields of the kind of record imported
 */
public class FieldMapping<F extends MappedField> {

    /** Saved value of a column that is deliberately ignored. */
    private static final String IGNORED = "-"; //$NON-NLS-1$

    private final List<String> headers;
    private final List<F> choices;
    private final List<F> fields;

    protected FieldMapping(List<String> headers, List<F> choices) {
        this.headers = Collections.unmodifiableList(new ArrayList<>(headers));
        this.choices = List.copyOf(choices);
        this.fields = new ArrayList<>(Collections.nCopies(headers.size(), null));
    }

    /** Each column gets the field its header names (first column wins when two name the same field). */
    public static <F extends MappedField> FieldMapping<F> automatic(List<String> headers, List<F> choices) {
        FieldMapping<F> m = new FieldMapping<>(headers, choices);
        m.mapAutomatically(allColumns(headers));
        return m;
    }

    /**
     * A saved mapping applied to a file's headers: columns the saved mapping names get its field
     * (or none if it ignored them); other columns are mapped automatically.
     */
    public static <F extends MappedField> FieldMapping<F> fromProperties(List<String> headers, List<F> choices,
            Properties saved) {
        FieldMapping<F> m = new FieldMapping<>(headers, choices);
        m.mapSaved(saved);
        return m;
    }

    protected static List<Integer> allColumns(List<String> headers) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            all.add(i);
        }
        return all;
    }

    /** Maps the columns from their headers. */
    protected final void mapAutomatically(List<Integer> columns) {
        for (int i : columns) {
            String h = ImportField.normalize(headers.get(i));
            F f = choices.stream().filter(x -> x.matches(h)).findFirst().orElse(null);
            if (f != null && column(f) < 0) {
                fields.set(i, f);
            }
        }
    }

    /** Maps the columns a saved mapping names as it says, the others from their headers. */
    protected final void mapSaved(Properties saved) {
        List<Integer> unsaved = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String value = saved.getProperty(ImportField.normalize(headers.get(i)));
            if (value == null) {
                unsaved.add(i);
            } else if (!IGNORED.equals(value)) {
                F f = choices.stream().filter(x -> x.name().equals(value)).findFirst().orElse(null);
                if (f != null && column(f) < 0) {
                    fields.set(i, f);
                }
            }
        }
        mapAutomatically(unsaved);
    }

    /** Header (normalized) → field name, or "-" for an ignored column. */
    public Properties toProperties() {
        Properties p = new Properties();
        for (int i = 0; i < headers.size(); i++) {
            p.setProperty(ImportField.normalize(headers.get(i)), fields.get(i) == null ? IGNORED : fields.get(i).name());
        }
        return p;
    }

    public List<String> headers() {
        return headers;
    }

    /** The fields a column may fill. */
    public List<F> choices() {
        return choices;
    }

    public int columns() {
        return headers.size();
    }

    /** The field the column fills, or null if it is ignored. */
    public F field(int column) {
        return fields.get(column);
    }

    /** The column that fills the field, or -1. */
    public int column(MappedField field) {
        return fields.indexOf(field);
    }

    /** Lets the column fill the field (null: ignore the column); a column that filled it before is ignored now. */
    public void set(int column, F field) {
        if (field != null) {
            int before = column(field);
            if (before >= 0) {
                fields.set(before, null);
            }
        }
        fields.set(column, field);
    }

    public FieldMapping<F> copy() {
        FieldMapping<F> m = new FieldMapping<>(headers, choices);
        copyInto(m);
        return m;
    }

    protected final void copyInto(FieldMapping<F> other) {
        for (int i = 0; i < fields.size(); i++) {
            other.fields.set(i, fields.get(i));
        }
    }
}
