package org.retailerdesk.ui.retailers.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Runs store reads in a Job, one at a time, and hands only the answer to the latest request to the
 * UI thread. A request made while a read runs waits for it, replacing any request waiting before
 * it, so fast typing starts one read per pause, not one per keystroke. Used on the UI thread.
 */
final class LatestOnly<T> {

    private final Display display;
    private final String jobName;
    private boolean running;
    private Runnable waiting;
    private long latest;

    LatestOnly(Display display, String jobName) {
        this.display = display;
        this.jobName = jobName;
    }

    void ask(Supplier<T> read, Consumer<T> answer, Consumer<RuntimeException> failure) {
        long number = ++latest;
        Runnable start = () -> start(number, read, answer, failure);
        if (running) {
            waiting = start;
        } else {
            start.run();
        }
    }

    /** True while a read runs or waits. */
    boolean isBusy() {
        return running || waiting != null;
    }

    private void start(long number, Supplier<T> read, Consumer<T> answer, Consumer<RuntimeException> failure) {
        running = true;
        Job job = Job.create(jobName, monitor -> {
            Runnable deliver;
            try {
                T value = read.get();
                deliver = () -> answer.accept(value);
            } catch (RuntimeException e) {
                deliver = () -> failure.accept(e);
            }
            Runnable result = deliver;
            try {
                display.asyncExec(() -> finished(number, result));
            } catch (SWTException e) {
                // the workbench closed while the read ran: nobody waits for its answer
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    private void finished(long number, Runnable deliver) {
        running = false;
        if (number == latest) {
            deliver.run();
        }
        if (waiting != null) {
            Runnable next = waiting;
            waiting = null;
            next.run();
        }
    }
}
