package org.retailerdesk.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.demodata.internal.DemoCentre;
import org.retailerdesk.demodata.internal.Messages;
import org.retailerdesk.demodata.internal.RetailerGenerator;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.Store;

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
     * Writes the demo centre into the (empty) store; retailers go in chunks through the store's bulk
     * insert, so memory stays flat even for 500 000 of them.
     *
     * @throws OperationCanceledException when the monitor is cancelled; chunks written stay
     */
    public static Summary load(Store store, int retailers, long seed, LocalDate today, IProgressMonitor monitor) {
        int chunks = Math.ceilDiv(retailers, BulkLoad.BULK_CHUNK);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.DemoData_task, retailers), 1 + chunks);
        DemoCentre centre = new DemoCentre(retailers, seed, today);
        int references = centre.writeReference(store);
        progress.worked(1);

        RetailerGenerator generator = new RetailerGenerator(centre, seed, today);
        long records = 0;
        for (int done = 0; done < retailers; done += BulkLoad.BULK_CHUNK) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Retailer> chunk = new ArrayList<>(BulkLoad.BULK_CHUNK);
            for (int i = done; i < Math.min(retailers, done + BulkLoad.BULK_CHUNK); i++) {
                chunk.add(generator.next());
            }
            store.bulk().bulkInsert(Retailer.class, chunk);
            records += insertRecords(store, generator, chunk);
            progress.setTaskName(NLS.bind(Messages.DemoData_progress, done + chunk.size(), retailers));
            progress.worked(1);
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


    /** The records of one chunk of stored retailers, grouped so each type goes in one bulk insert. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static long insertRecords(Store store, RetailerGenerator generator, List<Retailer> chunk) {
        List<Entity> records = new ArrayList<>();
        chunk.forEach(r -> generator.recordsFor(r, records));
        Map<Class<? extends Entity>, List<Entity>> byType = new LinkedHashMap<>();
        for (Entity e : records) {
            Class<? extends Entity> type = (Class<? extends Entity>) e.eClass().getInstanceClass();
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(e);
        }
        byType.forEach((type, list) -> store.bulk().bulkInsert((Class) type, list));
        return records.size();
    }
}
