package org.retailerdesk.ui.allocation.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.retailerdesk.allocation.AllocationEngine;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;

/**
 * Computes what-if plans off the UI thread, answering only the latest request: while one plan
 * is computed, further requests replace each other, and a result is handed over only if no newer
 * request came meanwhile. So typing in a field never queues a computation per keystroke.
 */
final class Preview {

    private final AtomicReference<RoundSpec> pending = new AtomicReference<>();
    private final Job job;

    /**
     * @param onResult gets the specification and its plan, or the AllocationException that refused
     *                 it, on the UI thread
     */
    Preview(AllocationEngine engine, RetailerSet retailers, Display display, BiConsumer<RoundSpec, Object> onResult) {
        job = Job.create(Messages.Preview_job, monitor -> {
            RoundSpec spec;
            while ((spec = pending.getAndSet(null)) != null) {
                Object result;
                try {
                    result = engine.compute(spec, retailers);
                } catch (AllocationException e) {
                    result = e;
                }
                if (pending.get() == null) {
                    RoundSpec done = spec;
                    Object answer = result;
                    display.asyncExec(() -> onResult.accept(done, answer));
                }
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.INTERACTIVE);
    }

    void request(RoundSpec spec) {
        pending.set(spec);
        job.schedule();
    }

    /** @return whether a computation is waiting or running */
    boolean busy() {
        return pending.get() != null || job.getState() != Job.NONE;
    }

    void cancel() {
        pending.set(null);
        job.cancel();
    }
}
