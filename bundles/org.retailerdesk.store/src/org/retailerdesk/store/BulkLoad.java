package org.retailerdesk.store;

import java.util.concurrent.TimeUnit;

import org.retailerdesk.model.Entity;

/** Loading many new entities fast (demo data, imports) and the search index that follows them. */
public interface BulkLoad {

    /** Rows per transaction in {@link #bulkInsert}. */
    int BULK_CHUNK = 1000;

    /**
     * Inserts many new entities of one type fast: in chunks of {@value #BULK_CHUNK} rows, one
     * transaction per chunk, with JDBC batches. The audit gets one summary row per chunk (count and
     * id range) instead of one row per field, which would triple the rows written; a per-retailer
     * history therefore starts after the load. If a chunk fails, the chunks before it stay committed
     * and the exception says how many rows were stored. The entities are read from the iterable one
     * at a time, so it may produce them lazily. For all-or-nothing, see {@link Transaction#insertAll}.
     *
     * @return how many entities were inserted
     */
    <T extends Entity> long bulkInsert(Class<T> type, Iterable<? extends T> entities);

    /**
     * How many bulk-inserted retailers still wait for their search tokens. {@link #bulkInsert} of
     * retailers leaves the tokens to a background task of the store (also resumed when the store
     * opens with a backlog left over); text queries are exact meanwhile, only slower.
     */
    long searchIndexBacklog();

    /**
     * Waits until the search index has caught up with the bulk inserts.
     *
     * @return true when no retailer waits for its tokens any more, false when time ran out first
     * @throws StoreException when building the tokens failed (it is retried on the next bulk insert or opening)
     */
    boolean awaitSearchIndex(long timeout, TimeUnit unit) throws InterruptedException;
}
