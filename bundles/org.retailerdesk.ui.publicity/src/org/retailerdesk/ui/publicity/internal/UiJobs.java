package org.retailerdesk.ui.publicity.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/** Store work in Jobs, answered on the UI thread unless the control that asked is gone by then. */
final class UiJobs {


    interface Work<R> {
        R run(IProgressMonitor monitor);
    }

    private UiJobs() {
    }

    /**
     * Runs the work in a Job (user-visible with progress when {@code user}); its result or failure
     * goes to the UI thread. A cancel ends quietly.
     */
    static <R> Job run(Control owner, String name, boolean user, Work<R> work, Consumer<R> onDone,
            Consumer<RuntimeException> onFailure) {
        Job job = Job.create(name, monitor -> {
            try {
                R result = work.run(monitor);
                answer(owner, () -> onDone.accept(result));
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                answer(owner, () -> onFailure.accept(e));
            }
            return Status.OK_STATUS;
        });
        job.setUser(user);
        job.schedule();
        return job;
    }

    private static void answer(Control owner, Runnable r) {
        if (!owner.isDisposed()) {
            owner.getDisplay().asyncExec(() -> {
                if (!owner.isDisposed()) {
                    r.run();
                }
            });
        }
    }
}
