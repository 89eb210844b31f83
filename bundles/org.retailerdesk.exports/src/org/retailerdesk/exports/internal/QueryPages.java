package org.retailerdesk.exports.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.retailerdesk.exports.ExportContext.RetailerSink;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.Store;

/**
 * Every retailer of a query, read through the store's pages, never all at once. In grade order
 * (the usual one) each grade is paged on its own, highest first when descending: the order is the
 * same, and no page makes the store skip more than one grade's retailers (an offset costs the
 * store a walk over every row before it, so paging one query costs the square of its size).
 */
public final class QueryPages {

    /**
     * Retailers per store page. Each page costs the store an offset walk, so pages are large; an
     * export holds only the current page (a few MB).
     */
    public static final int SIZE = 5000;

    private QueryPages() {
    }

    public static void forEach(Store store, RetailerQuery query, RetailerSink sink) throws IOException {
        if (query.sort() != RetailerSort.GRADE) {
            pages(store, query, sink);
            return;
        }
        List<Integer> grades = new ArrayList<>(store.retailers().countByGrade(query).keySet());
        if (!query.ascending()) {
            Collections.reverse(grades);
        }
        for (int grade : grades) {
            pages(store, query.withGrades(grade, grade), sink);
        }
    }

    private static void pages(Store store, RetailerQuery query, RetailerSink sink) throws IOException {
        for (int offset = 0;; offset += SIZE) {
            // rows only: the export counted its retailers once, before the first page
            List<Retailer> page = store.retailers().findRetailerRows(query.page(offset, SIZE));
            for (Retailer r : page) {
                sink.accept(r);
            }
            if (page.size() < SIZE) {
                return;
            }
        }
    }
}
