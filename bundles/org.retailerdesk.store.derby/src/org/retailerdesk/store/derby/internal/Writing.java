package org.retailerdesk.store.derby.internal;

/**
 * What the roles that write share: the database, the id allocator, the retailer indexes kept in
 * each write's transaction, the search indexer that follows bulk inserts, the change bus that
 * hears of every commit, and the access check that audits refused writes.
 */
record Writing(Database db, IdAllocator ids, RetailerIndexes retailerIndexes, SearchIndexer searchIndexer,
        ChangeBus changes, AccessSql access) {
}
