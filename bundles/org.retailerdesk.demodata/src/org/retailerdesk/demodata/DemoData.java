package org.retailerdesk.demodata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.demodata.internal.DemoCentre;
import org.retailerdesk.demodata.internal.DemoMarker;
import org.retailerdesk.demodata.internal.DemoMarker.Plan;
import org.retailerdesk.demodata.internal.Messages;
import org.retailerdesk.demodata.internal.RetailerGenerator;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreInfo;

/**
 * Fills a store with a realistic service centre: a city of twelve districts, its staff, brands and
 * policies, and the given number of retailer files with their priority-household entries,
 * inspections, visits and publicity records. The same seed and day give the same centre.
 */
public final class DemoData {

    /** Retailers in the centre the product creates on its first start. */
    public static final int DEFAULT_RETAILERS = 20_000;
    public static final long DEFAULT_SEED = 20_261_127L;

    /** What was written. */
    public record Summary(long retailers, long records, long referenceEntities) {
    }

    private DemoData() {
    }

    /**
     * A demo centre whose writing stopped before its end (the product was closed, the load was
     * cancelled or failed): how many of its retailers are stored.
     */
    public record Incomplete(long retailersWritten, int retailersPlanned) {
    }

    /**
     * Writes the demo centre into the (empty) store; retailers go in chunks of {@value BulkLoad#BULK_CHUNK},
     * each in one transaction with all its records, so memory stays flat even for 500 000 of them and
     * an interrupted load leaves whole chunks. Until the last chunk is stored the database is marked
     * as holding an {@link #incomplete} centre, which {@link #finish} completes.
     *
     * @throws OperationCanceledException when the monitor is cancelled; chunks written stay
     */
    public static Summary load(Store store, int retailers, long seed, LocalDate today, IProgressMonitor monitor) {
        Plan plan = new Plan(retailers, seed, today);
        Path database = database(store);
        if (database != null) {
            DemoMarker.started(database, plan);
        }
        return write(store, plan, monitor);
    }

    /**
     * @return the demo centre started in the store's database and not written completely, or null
     *         when there is none
     */
    public static Incomplete incomplete(Store store) {
        Path database = database(store);
        Plan plan = database == null ? null : DemoMarker.unfinished(database);
        return plan == null ? null : new Incomplete(store.retailers().count(RetailerQuery.all()), plan.retailers());
    }

    /**
     * Writes what is missing of the {@link #incomplete} demo centre: the same centre as an
     * uninterrupted {@link #load} (same size, seed and day) would have written.
     *
     * @return the whole centre, as {@link #load} reports it
     * @throws IllegalStateException when the store has no incomplete demo centre
     * @throws OperationCanceledException when the monitor is cancelled; it stays incomplete
     */
    public static Summary finish(Store store, IProgressMonitor monitor) {
        Plan plan = DemoMarker.unfinished(database(store));
        if (plan == null) {
            throw new IllegalStateException("no incomplete demo centre in " + database(store)); //$NON-NLS-1$
        }
        return write(store, plan, monitor);
    }

    /**
     * Replaces the database holding an {@link #incomplete} demo centre by a new, empty one. The
     * whole database goes, with anything written into it since: it was new when the demo started.
     * Its users go with it: the new database has none, and the caller signs in again by creating its
     * administrator (whoever chose to start empty).
     *
     * @return the info of the new database, opened
     * @throws IllegalStateException when the store has no incomplete demo centre
     */
    public static StoreInfo startEmpty(Store store) {
        Path database = database(store);
        if (DemoMarker.unfinished(database) == null) {
            throw new IllegalStateException("no incomplete demo centre in " + database); //$NON-NLS-1$
        }
        store.close();
        // moved aside in one step, so an interruption leaves either the old database or none, never half
        Path discarded = database.resolveSibling(database.getFileName() + "-discarded"); //$NON-NLS-1$
        try {
            deleteTree(discarded);
            Files.move(database, discarded, StandardCopyOption.ATOMIC_MOVE);
            StoreInfo info = store.open();
            deleteTree(discarded);
            return info;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the plan's reference entities and those chunks of retailers that are not stored yet: a
     * chunk is stored in one transaction, so its first retailer says whether it is.
     */
    private static Summary write(Store store, Plan plan, IProgressMonitor monitor) {
        int retailers = plan.retailers();
        int chunks = Math.ceilDiv(retailers, BulkLoad.BULK_CHUNK);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.DemoData_task, retailers), 1 + chunks);
        DemoCentre centre = new DemoCentre(retailers, plan.seed(), plan.day());
        int references = centre.referenceCount();
        if (store.findAll(ServiceCentre.class).isEmpty()) {
            centre.writeReference(store);
        } else {
            centre.adoptStored(store);
        }
        progress.worked(1);

        RetailerGenerator generator = new RetailerGenerator(centre, plan.seed(), plan.day());
        long records = 0;
        for (int done = 0; done < retailers; done += BulkLoad.BULK_CHUNK) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Retailer> chunk = new ArrayList<>(BulkLoad.BULK_CHUNK);
            for (int i = done; i < Math.min(retailers, done + BulkLoad.BULK_CHUNK); i++) {
                chunk.add(generator.next());
            }
            // the generator draws records from the same random stream, so stored chunks are made again
            List<Entity> chunkRecords = new ArrayList<>();
            chunk.forEach(r -> generator.recordsFor(r, chunkRecords));
            records += chunkRecords.size();
            if (store.retailers().findRetailersByKeys(List.of(chunk.get(0).getCustomerCode()), List.of()).isEmpty()) {
                insert(store, chunk, chunkRecords);
                progress.setTaskName(NLS.bind(Messages.DemoData_progress, done + chunk.size(), retailers));
            }
            progress.worked(1);
        }
        Path database = database(store);
        if (database != null) {
            DemoMarker.complete(database);
        }
        return new Summary(retailers, records, references);
    }

    /**
     * Writes only the service network, staff, brands and policies of the demo centre that
     * {@link #load} writes for that many retailers with that seed: the same names and codes, no
     * retailers. A second database can so receive the first one's retailers by import.
     *
     * @return how many reference entities were written
     */
    public static int loadNetwork(Store store, int retailers, long seed, LocalDate today) {
        return new DemoCentre(retailers, seed, today).writeReference(store);
    }


    /** One chunk of retailers with their records in one transaction, each type in one batch. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static void insert(Store store, List<Retailer> chunk, List<Entity> records) {
        Map<Class<? extends Entity>, List<Entity>> byType = new LinkedHashMap<>();
        for (Entity e : records) {
            Class<? extends Entity> type = (Class<? extends Entity>) e.eClass().getInstanceClass();
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(e);
        }
        store.write(tx -> {
            tx.insertAll(chunk);
            byType.values().forEach(list -> tx.insertAll((List) list));
            return null;
        });
    }

    /**
     * The folder of the store's database (opening it if need be), or null on a workstation of a
     * centre's server: the marker lives beside the database files, so only their holder keeps one.
     */
    private static Path database(Store store) {
        return store.open().location();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
