package org.retailerdesk.store;

/** The work of one {@link Entities#write(UnitOfWork)} call; it may return a result. */
@FunctionalInterface
public interface UnitOfWork<R> {

    R run(Transaction tx);
}
