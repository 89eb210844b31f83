package org.retailerdesk.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * Which retailer field each column of an import file fills; a column may fill none (it is
 * ignored) and a field is filled by at most one column. Starts {@link #automatic} from the header
 * row; the user changes it with {@link #set}, and saves it by name with {@link SavedMappings}.
 * Not thread-safe: a wizard edits it, then hands a {@link #copy} to the dry run.
 */
public final class ColumnMapping {

    /** The field every file must have a column for: rows are matched on it. */
    public static final ImportField KEY = ImportField.CUSTOMER_CODE;
    /** Saved value of a column that is deliberately ignored. */
    private static final String IGNORED = "-"; //$NON-NLS-1$

    private final List<String> headers;
    private final ImportField[] fields;

    private ColumnMapping(List<String> headers) {
        this.headers = Collections.unmodifiableList(new ArrayList<>(headers));
        this.fields = new ImportField[headers.size()];
    }

    /** Each column gets the field its header names (first column wins when two name the same field). */
    public static ColumnMapping automatic(List<String> headers) {
        ColumnMapping m = new ColumnMapping(headers);
        for (int i = 0; i < headers.size(); i++) {
            ImportField f = ImportField.forHeader(headers.get(i));
            if (f != null && m.column(f) < 0) {
                m.fields[i] = f;
            }
        }
        return m;
    }

    /**
     * A saved mapping applied to a file's headers: columns the saved mapping names get its field
     * (or none if it ignored them); other columns are mapped automatically.
     */
    public static ColumnMapping fromProperties(List<String> headers, Properties saved) {
        ColumnMapping m = new ColumnMapping(headers);
        List<Integer> unsaved = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String value = saved.getProperty(ImportField.normalize(headers.get(i)));
            if (value == null) {
                unsaved.add(i);
            } else if (!IGNORED.equals(value)) {
                ImportField f = Arrays.stream(ImportField.values()).filter(x -> x.name().equals(value)).findFirst()
                        .orElse(null);
                if (f != null && m.column(f) < 0) {
                    m.fields[i] = f;
                }
            }
        }
        for (int i : unsaved) {
            ImportField f = ImportField.forHeader(headers.get(i));
            if (f != null && m.column(f) < 0) {
                m.fields[i] = f;
            }
        }
        return m;
    }

    /** Header (normalized) → field name, or "-" for an ignored column. */
    public Properties toProperties() {
        Properties p = new Properties();
        for (int i = 0; i < headers.size(); i++) {
            p.setProperty(ImportField.normalize(headers.get(i)), fields[i] == null ? IGNORED : fields[i].name());
        }
        return p;
    }

    public List<String> headers() {
        return headers;
    }

    public int columns() {
        return headers.size();
    }

    /** The field the column fills, or null if it is ignored. */
    public ImportField field(int column) {
        return fields[column];
    }

    /** The column that fills the field, or -1. */
    public int column(ImportField field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) {
                return i;
            }
        }
        return -1;
    }

    /** Lets the column fill the field (null: ignore the column); a column that filled it before is ignored now. */
    public void set(int column, ImportField field) {
        if (field != null) {
            int before = column(field);
            if (before >= 0) {
                fields[before] = null;
            }
        }
        fields[column] = field;
    }

    public ColumnMapping copy() {
        ColumnMapping m = new ColumnMapping(headers);
        System.arraycopy(fields, 0, m.fields, 0, fields.length);
        return m;
    }
}
