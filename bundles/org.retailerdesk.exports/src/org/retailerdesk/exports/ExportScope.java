package org.retailerdesk.exports;

import java.util.List;

import org.retailerdesk.store.RetailerQuery;

/** Which retailers an export writes: those of a filter, or an explicit selection. */
public sealed interface ExportScope {

    /** Every retailer the query's filters match, in its order (its page is ignored). */
    record Filter(RetailerQuery query) implements ExportScope {
        public Filter {
            if (query == null) {
                throw new IllegalArgumentException("query"); //$NON-NLS-1$
            }
        }
    }

    /** The retailers with these ids, in this order; ids no longer stored are left out. */
    record Selection(List<Long> retailerIds) implements ExportScope {
        public Selection {
            retailerIds = List.copyOf(retailerIds);
        }
    }
}
