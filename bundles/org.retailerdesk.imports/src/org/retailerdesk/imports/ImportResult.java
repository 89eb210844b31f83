package org.retailerdesk.imports;

/**
 * What a commit wrote, in its one transaction.
 *
 * @param inserted  new retailers
 * @param updated   existing retailers changed
 * @param unchanged rows that matched a retailer without changing it
 * @param skipped   rejected rows left out (only when the commit was told to skip them)
 */
public record ImportResult(long inserted, long updated, long unchanged, long skipped) {
}
