package org.retailerdesk.imports;

import java.util.List;

/** What a dry run found for one data row of a file, whatever the record. */
public interface ImportRow {

    /** The row number as a spreadsheet shows it (the header is row 1). */
    int row();

    /** What a commit does with it. */
    RowStatus status();

    /** What identifies the row's record as the user reads it: a customer code, a record's key, codes. */
    String key();

    /** For {@link RowStatus#CHANGED}, the fields that change, old → new. */
    List<FieldChange> changes();

    /** For {@link RowStatus#REJECTED}, every reason, one per cell at most. */
    List<Rejection> rejections();

    /** What was left out or filled in although the row is imported (retailer files); none by default. */
    default List<Warning> warnings() {
        return List.of();
    }
}
