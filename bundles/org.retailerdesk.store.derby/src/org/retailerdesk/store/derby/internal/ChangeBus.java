package org.retailerdesk.store.derby.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.retailerdesk.model.Entity;
import org.retailerdesk.store.StoreChange;
import org.retailerdesk.store.StoreChanges;

/**
 * Announces committed writes, and counts them: a cached answer (a gathered text search) is good
 * while the count has not moved.
 */
final class ChangeBus implements StoreChanges {

    private static final System.Logger LOG = System.getLogger(ChangeBus.class.getName());

    private final List<Consumer<StoreChange>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong writes = new AtomicLong();

    @Override
    public void addListener(Consumer<StoreChange> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<StoreChange> listener) {
        listeners.remove(listener);
    }

    /** Writes committed (or attempted) so far. */
    long writes() {
        return writes.get();
    }

    /** A write failed part-way: what it may have committed makes cached answers stale. */
    void failed() {
        writes.incrementAndGet();
    }

    /** A write committed; its listeners hear of it unless it wrote nothing. */
    @SuppressWarnings("unchecked")
    void committed(Set<EClass> classes, long entities) {
        writes.incrementAndGet();
        if (classes.isEmpty() || listeners.isEmpty()) {
            return;
        }
        Set<Class<? extends Entity>> types = new HashSet<>();
        classes.forEach(c -> types.add((Class<? extends Entity>) c.getInstanceClass()));
        StoreChange change = new StoreChange(types, entities);
        for (Consumer<StoreChange> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                // the write is committed whatever a listener does; one failing must not silence the others
                LOG.log(System.Logger.Level.ERROR, "store change listener failed", e); //$NON-NLS-1$
            }
        }
    }
}
