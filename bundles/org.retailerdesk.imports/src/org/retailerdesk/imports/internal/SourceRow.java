package org.retailerdesk.imports.internal;

import java.util.BitSet;

/**
 * One data row of an import file as text.
 *
 * @param number   row number as a spreadsheet shows it (the header row is 1 when it is the first)
 * @param cells    the cells' text, "" when empty; may be shorter than the header
 * @param numeric  cells that were numbers in the XLSX file (their leading zeros are gone)
 * @param computed cells holding an XLSX formula or error instead of a value, or a text starting with "="
 */
public record SourceRow(int number, String[] cells, BitSet numeric, BitSet computed) {

    public String cell(int column) {
        return column < cells.length && cells[column] != null ? cells[column] : ""; //$NON-NLS-1$
    }
}
