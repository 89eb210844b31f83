package org.retailerdesk.server.tests;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.retailerdesk.model.AllocationMethod;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.Store;

/**
 * Races of two workstations saving the same entity at the same moment, each from the version both
 * read: the optimistic lock must let one win and refuse the other with a {@link ConflictException}.
 * A race where both saves succeed, or where the stored value is not the winner's, is a silent
 * overwrite. Shared by the test (a short run) and the benchmark (1 000 races).
 */
public final class SaveRaces {

    /** What a number of races ended in. */
    public record Outcome(int races, int wins, int conflicts, int silentOverwrites, int otherFailures) {
    }

    private SaveRaces() {
    }

    /** A calculated (not published) round of the store's first brand to race on, stored. */
    public static AllocationRound newRound(Store store) {
        AllocationRound round = RetailerdeskFactory.eINSTANCE.createAllocationRound();
        round.setCode("R-RACE"); //$NON-NLS-1$
        round.setTitle("race"); //$NON-NLS-1$
        round.setBrand(store.findAll(Brand.class).get(0));
        round.setPeriodStart(LocalDate.of(2026, 12, 1));
        round.setPeriodEnd(LocalDate.of(2026, 12, 31));
        round.setMethod(AllocationMethod.BY_GRADE);
        round.setStatus(RoundStatus.CALCULATED);
        return store.insert(round);
    }

    /**
     * @param set writes a workstation's own value into its copy
     * @param get reads the value back from a stored copy
     */
    public static <T extends Entity> Outcome run(Store a, Store b, Class<T> type, long id, int races,
            BiConsumer<T, String> set, Function<T, String> get) throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        int wins = 0;
        int conflicts = 0;
        int silent = 0;
        int other = 0;
        try {
            for (int i = 0; i < races; i++) {
                T mine = a.get(type, id);
                T theirs = b.get(type, id);
                String aValue = "A" + i; //$NON-NLS-1$
                String bValue = "B" + i; //$NON-NLS-1$
                set.accept(mine, aValue);
                set.accept(theirs, bValue);
                CountDownLatch go = new CountDownLatch(1);
                Future<String> fa = two.submit(() -> save(a, mine, go) ? aValue : null);
                Future<String> fb = two.submit(() -> save(b, theirs, go) ? bValue : null);
                go.countDown();
                String aWon;
                String bWon;
                try {
                    aWon = fa.get();
                    bWon = fb.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // neither a save nor a conflict: counted, and shown for whoever reads the failure
                    e.getCause().printStackTrace();
                    other++;
                    continue;
                }
                String stored = get.apply(a.get(type, id));
                if (aWon != null && bWon != null) {
                    silent++;
                } else if (aWon == null && bWon == null) {
                    other++;
                } else {
                    wins++;
                    conflicts++;
                    if (!stored.equals(aWon != null ? aWon : bWon)) {
                        silent++;
                    }
                }
            }
        } finally {
            two.shutdownNow();
        }
        return new Outcome(races, wins, conflicts, silent, other);
    }

    /** @return true when saved, false when refused as a conflict; other failures propagate */
    private static boolean save(Store store, Entity copy, CountDownLatch go) throws InterruptedException {
        go.await();
        try {
            store.update(copy);
            return true;
        } catch (ConflictException e) {
            return false;
        }
    }
}
