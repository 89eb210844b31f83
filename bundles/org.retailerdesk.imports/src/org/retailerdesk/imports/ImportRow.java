package org.retailerdesk.imports;

import java.util.List;

/** What a dry run found for one data row of a file, whatever the record. */
public interface ImportRow {

    /** The row number as a spreadsheet shows it (the header is row 1). */
    int row();

    /** What a commit does with it. */
    RowStatus status();

    /** For {@link RowStatus#CHANGED}, the fields that change, old → new. */
    List<FieldChange> changes();

    /** For {@link RowStatus#REJECTED}, every reason, one per cell at most. */
    List<Rejection> rejections();
}
