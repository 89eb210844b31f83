package org.retailerdesk.server.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.backup.Backups;
import org.retailerdesk.store.derby.internal.DerbyStore;

/**
 * The server's daily backup: at a set time of day, a verified online backup of the served database
 * (workstations keep working; see {@link Backups#take}) into {@code <data folder>/backups}, then all
 * but the newest {@code keep} backups deleted. A failed backup is reported and tried again the next
 * day; the server goes on serving.
 */
final class DailyBackup implements AutoCloseable {

    private static final long DAY_SECONDS = Duration.ofDays(1).toSeconds();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "RetailerDesk daily backup"); //$NON-NLS-1$
        t.setDaemon(true);
        return t;
    });

    private DailyBackup() {
    }

    /** Backs the store's database up every day at {@code at}, keeping the newest {@code keep}. */
    static DailyBackup start(DerbyStore store, Backups backups, LocalTime at, int keep, PrintStream out) {
        DailyBackup daily = new DailyBackup();
        long first = Duration.between(LocalDateTime.now(), next(LocalDateTime.now(), at)).toSeconds();
        daily.timer.scheduleAtFixedRate(() -> daily.run(store, backups, keep, out), first, DAY_SECONDS,
                TimeUnit.SECONDS);
        out.println(NLS.bind(Messages.Cli_backupScheduled, new Object[] { at, backups.folder(), keep }));
        return daily;
    }

    /** The first time of day {@code at} after {@code now}. */
    static LocalDateTime next(LocalDateTime now, LocalTime at) {
        LocalDateTime today = now.toLocalDate().atTime(at);
        return today.isAfter(now) ? today : today.plusDays(1);
    }

    private void run(DerbyStore store, Backups backups, int keep, PrintStream out) {
        try {
            Backups.Taken taken = backups.take(store::ownerConnection, null);
            List<?> pruned = backups.prune(keep);
            out.println(NLS.bind(Messages.Cli_backupTaken, taken.folder(), pruned.size()));
        } catch (RuntimeException e) {
            // the next day tries again; serving goes on
            System.err.println(NLS.bind(Messages.Cli_backupFailed, e.getMessage()));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
