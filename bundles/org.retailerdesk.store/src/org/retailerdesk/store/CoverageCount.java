package org.retailerdesk.store;

/**
 * One cell of a publicity coverage count (see {@link PublicityQueries#publicityCoverage}): the retailers of a
 * district and customer manager, and how many of them were told of the policy.
 *
 * @param districtId        the retailers' district
 * @param customerManagerId their customer manager, null for retailers without one
 * @param retailers         how many retailers the cell has
 * @param told              how many of them have a publicity record of the policy in the date range
 */
public record CoverageCount(long districtId, Long customerManagerId, long retailers, long told) {
}
