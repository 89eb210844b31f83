package org.retailerdesk.imports;

import java.util.List;

import org.retailerdesk.model.Retailer;

/**
 * What the dry run found for one data row of the file.
 *
 * @param row          the row number as a spreadsheet shows it (the header is row 1)
 * @param status       what a commit does with it
 * @param customerCode the row's customer code as it will be stored ("" if the cell is empty)
 * @param retailer     the retailer as a commit writes it: new (id 0), or a copy of the stored one
 *                     with the row's values and the version read by the dry run; for a rejected
 *                     row, as far as its cells could be read. Not to be changed.
 * @param changes      for {@link RowStatus#CHANGED}, the fields that change, old → new
 * @param rejections   for {@link RowStatus#REJECTED}, every reason, one per cell at most
 * @param warnings     values left out or filled in (the row is imported all the same unless rejected)
 */
public record RowResult(int row, RowStatus status, String customerCode, Retailer retailer, List<FieldChange> changes,
        List<Rejection> rejections, List<Warning> warnings) implements ImportRow {

    public RowResult {
        changes = List.copyOf(changes);
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }

    /** The customer code. */
    @Override
    public String key() {
        return customerCode;
    }
}
