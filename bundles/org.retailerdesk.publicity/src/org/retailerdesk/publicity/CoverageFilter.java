package org.retailerdesk.publicity;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.publicity.internal.Messages;

/**
 * What a coverage matrix is narrowed to; a null value means "any".
 *
 * @param districtId        only the retailers of this district
 * @param customerManagerId only the retailers of this customer manager
 * @param from              a retailer counts as told by a record dated on or after this day
 * @param to                ... and on or before this day
 */
public record CoverageFilter(Long districtId, Long customerManagerId, LocalDate from, LocalDate to) {

    /** No narrowing: every retailer the policy concerns, records of any date. */
    public static final CoverageFilter NONE = new CoverageFilter(null, null, null, null);

    /** @throws PublicityException when the range ends before it starts */
    public CoverageFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new PublicityException(NLS.bind(Messages.Coverage_dateOrder, from, to));
        }
    }
}
