package org.retailerdesk.store.derby.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * while the count has not moved. On a workstation it also announces what other workstations
 * committed ({@link RemoteChanges}), which it tells from this store's own writes by their audit
 * stamp (the actor and the time every audit row of a transaction shares).
 */
final class ChangeBus implements StoreChanges {

    private static final System.Logger LOG = System.getLogger(ChangeBus.class.getName());

    private final List<Consumer<StoreChange>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong writes = new AtomicLong();
    /** The stamps of this store's latest commits, oldest first; a poll sees far fewer than this many. */
    private final Map<String, Boolean> ownStamps = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 10_000;
        }
    };

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

    /** True while someone listens: only then is it worth asking the server what others wrote. */
    boolean listened() {
        return !listeners.isEmpty();
    }

    /**
     * A write committed; its listeners hear of it unless it wrote nothing.
     *
     * @param actor the user its audit rows name
     * @param stamp the time its audit rows have
     */
    @SuppressWarnings("unchecked")
    void committed(Set<EClass> classes, long entities, String actor, Instant stamp) {
        synchronized (ownStamps) {
            ownStamps.put(stamp(actor, stamp), Boolean.TRUE);
        }
        writes.incrementAndGet();
        if (classes.isEmpty() || listeners.isEmpty()) {
            return;
        }
        Set<Class<? extends Entity>> types = new HashSet<>();
        classes.forEach(c -> types.add((Class<? extends Entity>) c.getInstanceClass()));
        announce(new StoreChange(types, entities));
    }

    /** @return true when audit rows of that actor and time were written by this store */
    boolean own(String actor, Instant stamp) {
        synchronized (ownStamps) {
            return ownStamps.containsKey(stamp(actor, stamp));
        }
    }

    /** Another process committed a write: cached answers are stale, and listeners hear of it. */
    void elsewhere(StoreChange change) {
        writes.incrementAndGet();
        announce(change);
    }

    /** Microseconds: what every path to the database keeps of a timestamp. */
    private static String stamp(String actor, Instant at) {
        return actor + '@' + at.truncatedTo(ChronoUnit.MICROS);
    }

    private void announce(StoreChange change) {
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
