package org.retailerdesk.imports;

import java.util.List;

import org.retailerdesk.model.Entity;

/**
 * What the dry run found for one data row of a service-network, staff, brand or group file.
 *
 * @param row        the row number as a spreadsheet shows it (the header is row 1)
 * @param status     what a commit does with it: NEW when it adds an entry, CHANGED when it changes one
 * @param key        the row's entries as the user reads them: their codes (names where there is no code), "370102 / MD02 / 02001"
 * @param written    the entries the commit writes for this row, the level above first: new ones (id 0) and
 *                   changed copies of stored ones with the version the dry run read; an entry an earlier row
 *                   wrote already is not repeated. Not to be changed.
 * @param changes    for {@link RowStatus#CHANGED}, the fields that change, old → new
 * @param rejections for {@link RowStatus#REJECTED}, every reason
 */
public record ReferenceRow(int row, RowStatus status, String key, List<Entity> written, List<FieldChange> changes,
        List<Rejection> rejections) implements ImportRow {

    public ReferenceRow {
        written = List.copyOf(written);
        changes = List.copyOf(changes);
        rejections = List.copyOf(rejections);
    }
}
