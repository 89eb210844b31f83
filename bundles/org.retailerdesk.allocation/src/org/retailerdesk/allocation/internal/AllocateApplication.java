package org.retailerdesk.allocation.internal;

import java.io.PrintStream;
import java.time.LocalDate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.cli.CommandLineException;
import org.retailerdesk.cli.CommandLineSession;
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

    static final Integer EXIT_FAILED = CommandLineSession.EXIT_FAILED;
    static final Integer EXIT_USAGE = CommandLineSession.EXIT_USAGE;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = System.out;
        CommandLine line;
        try {
            line = CommandLine.parse(args == null ? new String[0] : args);
        } catch (AllocationException e) {
            System.err.println(e.getMessage());
            System.err.println(Messages.Cli_usage);
            return EXIT_USAGE;
        }
        try (CommandLineSession session = CommandLineSession.start(AllocateApplication.class, () -> {
            // runs to completion: the round is stored in one transaction or not at all
        })) {
            Store store = session.store();
            AllocationEngine engine = session.service(AllocationEngine.class);
            out.println(NLS.bind(Messages.Cli_opening, session.info().where()));
            long started = System.nanoTime();
            RetailerSet retailers = RetailerSets.fromStore(store, LocalDate.now(), new NullProgressMonitor());
            out.println(NLS.bind(Messages.Cli_read, retailers.size(), seconds(System.nanoTime() - started)));
            started = System.nanoTime();
            AllocationPlan plan = engine.compute(line.spec, retailers);
            long computed = System.nanoTime() - started;
            new PlanReport(out).print(plan, computed);
            started = System.nanoTime();
            AllocationRound round = engine.store(store, plan);
            out.println(NLS.bind(Messages.Cli_stored, new Object[] { round.getCode(), plan.retailers().size(),
                    seconds(System.nanoTime() - started) }));
            return IApplication.EXIT_OK;
        } catch (CommandLineException e) {
            System.err.println(e.getMessage());
            return e.exitCode();
        } catch (AllocationException | StoreException e) {
            System.err.println(e.getMessage());
            return EXIT_FAILED;
        } catch (RuntimeException | LinkageError e) {
            // a defect or a broken installation: say so here, not only in the configuration's log
            System.err.println(NLS.bind(Messages.Cli_unexpected, e));
            e.printStackTrace();
            return EXIT_FAILED;
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
