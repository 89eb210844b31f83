package org.retailerdesk.store;

import java.util.Collection;
import java.util.List;
import java.util.SortedMap;

import org.retailerdesk.model.Retailer;

/**
 * The store's retailer lists: pages, counts and key lookups for a {@link RetailerQuery}, answered by
 * the database's indexes at a centre of 500 000 retailers.
 */
public interface RetailerQueries {

    /**
     * The retailers whose customer code is one of {@code customerCodes} or whose licence number is
     * one of {@code licenceNumbers} (exact, case-sensitive), by id: what an import matches its rows
     * against, read by index in a few statements however many codes there are.
     */
    List<Retailer> findRetailersByKeys(Collection<String> customerCodes, Collection<String> licenceNumbers);

    /** One page of retailers matching the query, in its order, with the total count. */
    Page<Retailer> findRetailers(RetailerQuery query);

    /**
     * The query's page of retailers, the same rows as {@link #findRetailers}, without counting every
     * match: for a list that knows its count already (a later page), or that shows rows before their
     * count, which for a broad text can take much longer than the page.
     */
    List<Retailer> findRetailerRows(RetailerQuery query);

    /** How many retailers match the query (its sort and page are ignored). */
    long count(RetailerQuery query);

    /** How many retailers of each grade match the query; grades without any are left out. */
    SortedMap<Integer, Long> countByGrade(RetailerQuery query);
}
