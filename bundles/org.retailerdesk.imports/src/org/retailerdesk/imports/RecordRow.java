package org.retailerdesk.imports;

import java.util.List;

import org.retailerdesk.model.Entity;

/**
 * What the dry run found for one data row of a publicity or visit file.
 *
 * @param row        the row number as a spreadsheet shows it (the header is row 1)
 * @param status     what a commit does with it
 * @param key        the record's key as the user reads it: "customer code, date, policy or visitor code"
 * @param record     the record as a commit writes it: new (id 0), or a copy of the stored one with the
 *                   row's values and the version the dry run read. Not to be changed.
 * @param changes    for {@link RowStatus#CHANGED}, the fields that change, old → new
 * @param rejections for {@link RowStatus#REJECTED}, every reason
 */
public record RecordRow(int row, RowStatus status, String key, Entity record, List<FieldChange> changes,
        List<Rejection> rejections) implements ImportRow {

    public RecordRow {
        changes = List.copyOf(changes);
        rejections = List.copyOf(rejections);
    }
}
