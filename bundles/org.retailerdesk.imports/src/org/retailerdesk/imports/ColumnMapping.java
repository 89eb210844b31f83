package org.retailerdesk.imports;

import java.util.List;
import java.util.Properties;

/**
 * The column mapping of a retailer file: which {@link ImportField} each column fills (see
 * {@link FieldMapping}).
 */
public final class ColumnMapping extends FieldMapping<ImportField> {

    /** The field every file must have a column for: rows are matched on it. */
    public static final ImportField KEY = ImportField.CUSTOMER_CODE;

    private ColumnMapping(List<String> headers) {
        super(headers, List.of(ImportField.values()));
    }

    /** Each column gets the field its header names (first column wins when two name the same field). */
    public static ColumnMapping automatic(List<String> headers) {
        ColumnMapping m = new ColumnMapping(headers);
        m.mapAutomatically(allColumns(headers));
        return m;
    }

    /**
     * A saved mapping applied to a file's headers: columns the saved mapping names get its field
     * (or none if it ignored them); other columns are mapped automatically.
     */
    public static ColumnMapping fromProperties(List<String> headers, Properties saved) {
        ColumnMapping m = new ColumnMapping(headers);
        m.mapSaved(saved);
        return m;
    }

    @Override
    public ColumnMapping copy() {
        ColumnMapping m = new ColumnMapping(headers());
        copyInto(m);
        return m;
    }
}
