package org.retailerdesk.store;

import java.util.List;

/**
 * One page of a query's result.
 *
 * @param rows   the rows of this page, in the query's order
 * @param total  how many rows the whole query has
 * @param offset index of the first row of this page in the whole result
 */
public record Page<T>(List<T> rows, long total, int offset) {

    public Page {
        rows = List.copyOf(rows);
    }

    /** @return true when rows follow after this page */
    public boolean hasMore() {
        return offset + rows.size() < total;
    }
}
