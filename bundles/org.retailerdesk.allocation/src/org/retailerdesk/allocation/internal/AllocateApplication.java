package org.retailerdesk.allocation.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.retailerdesk.allocation.AllocationEngine;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RetailerSets;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;

/**
 * {@code ./retailerdesk allocate ...}: computes a round from the stored retailers and stores it,
 * without the workbench, then prints the quantities per group and grade, the total and the gap.
 * Exit code 0 when stored, 1 when the round or the store failed, 2 for bad options.
 */
public class AllocateApplication implements IApplication {

    private static final long SERVICE_WAIT_SECONDS = 30;
    static final Integer EXIT_FAILED = 1;
    static final Integer EXIT_USAGE = 2;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = System.out;
        CommandLine cli;
        try {
            cli = CommandLine.parse(args == null ? new String[0] : args);
        } catch (AllocationException e) {
            System.err.println(e.getMessage());
            System.err.println(Messages.Cli_usage);
            return EXIT_USAGE;
        }
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<Store, Store> stores = new ServiceTracker<>(bc, Store.class, null);
        ServiceTracker<AllocationEngine, AllocationEngine> engines = new ServiceTracker<>(bc, AllocationEngine.class, null);
        stores.open();
        engines.open();
        Store store = null;
        try {
            store = stores.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
            AllocationEngine engine = engines.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
            if (store == null || engine == null) {
                System.err.println(Messages.Cli_noService);
                return EXIT_FAILED;
            }
            out.println(NLS.bind(Messages.Cli_opening, store.open().where()));
            long started = System.nanoTime();
            RetailerSet retailers = RetailerSets.fromStore(store, LocalDate.now(), new NullProgressMonitor());
            out.println(NLS.bind(Messages.Cli_read, retailers.size(), seconds(System.nanoTime() - started)));
            started = System.nanoTime();
            AllocationPlan plan = engine.compute(cli.spec, retailers);
            long computed = System.nanoTime() - started;
            new PlanReport(out).print(plan, computed);
            started = System.nanoTime();
            AllocationRound round = engine.store(store, plan);
            out.println(NLS.bind(Messages.Cli_stored, new Object[] { round.getCode(), plan.retailers().size(),
                    seconds(System.nanoTime() - started) }));
            return IApplication.EXIT_OK;
        } catch (AllocationException | StoreException e) {
            System.err.println(e.getMessage());
            return EXIT_FAILED;
        } catch (RuntimeException | LinkageError e) {
            // a defect or a broken installation: say so here, not only in the configuration's log
            System.err.println(NLS.bind(Messages.Cli_unexpected, e));
            e.printStackTrace();
            return EXIT_FAILED;
        } finally {
            if (store != null) {
                store.close();
            }
            engines.close();
            stores.close();
        }
    }

    static String seconds(long nanos) {
        return String.format("%.3f", nanos / 1e9); //$NON-NLS-1$
    }

    @Override
    public void stop() {
        // runs to completion; nothing to interrupt
    }
}
