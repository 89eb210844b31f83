package org.retailerdesk.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;
import org.retailerdesk.ui.internal.Messages;

/**
 * The one way UI code runs store work: in a {@link Job}, off the UI thread, with progress, and
 * with its answer on the UI thread only while the part that asked is still alive.
 *
 * <pre>
 * UiJob.of(Messages.Reading, monitor -&gt; store.findAll(Policy.class))
 *         .owner(table.getTable())
 *         .onDone(table::setInput)
 *         .schedule();
 * </pre>
 *
 * The work gets the Job's monitor ({@code SubMonitor.convert(monitor, n)} for steps); work that
 * checks {@code monitor.isCanceled()} and throws {@link OperationCanceledException} ends quietly.
 * A {@link RuntimeException} goes to {@link #onFailure}, by default to the workbench's
 * {@link StatusManager} (logged and shown) as "could not finish <i>name</i>: <i>reason</i>".
 * Nothing of the answer runs once the owner is gone (a disposed control, a closed part), not even
 * {@link #whenFinished}.
 *
 * @param <R> what the work returns
 */
public final class UiJob<R> {

    /** Work to run off the UI thread. */
    @FunctionalInterface
    public interface Work<R> {
        R run(IProgressMonitor monitor);
    }

    /** What {@link #runAndWait} ended with: the value, or the failure (an {@link OperationCanceledException} if cancelled). */
    public record Outcome<R>(R value, Throwable error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final String name;
    private final Work<R> work;
    private Display display;
    private BooleanSupplier alive = () -> true;
    private boolean user;
    private int priority = Job.LONG;
    private Consumer<? super R> onDone = r -> {
    };
    private Consumer<? super RuntimeException> onFailure;
    private Runnable whenFinished = () -> {
    };
    private Runnable release = () -> {
    };

    private UiJob(String name, Work<R> work) {
        this.name = Objects.requireNonNull(name);
        this.work = Objects.requireNonNull(work);
    }

    /** Work named for the progress view (and the default failure message). */
    public static <R> UiJob<R> of(String name, Work<R> work) {
        return new UiJob<>(name, work);
    }

    /** The answer is for this control: it runs only while the control is not disposed. */
    public UiJob<R> owner(Control control) {
        display = control.getDisplay();
        alive = () -> !control.isDisposed();
        return this;
    }

    /** The answer is for this part: it runs only until the part is closed. For the UI thread. */
    public UiJob<R> owner(IWorkbenchPart part) {
        display = part.getSite().getShell().getDisplay();
        IWorkbenchPage page = part.getSite().getPage();
        AtomicBoolean open = new AtomicBoolean(true);
        IPartListener2 closing = new IPartListener2() {
            @Override
            public void partClosed(IWorkbenchPartReference ref) {
                if (ref.getPart(false) == part) {
                    open.set(false);
                    page.removePartListener(this);
                }
            }
        };
        page.addPartListener(closing);
        alive = open::get;
        // the listener is needed only until the answer
        release = () -> page.removePartListener(closing);
        return this;
    }

    /** Shows the progress to the user (a progress dialog that can be sent to the background). */
    public UiJob<R> user() {
        user = true;
        return this;
    }

    /** Runs before longer background work: the user waits for it. */
    public UiJob<R> interactive() {
        priority = Job.INTERACTIVE;
        return this;
    }

    /** Gets the work's result, on the UI thread. */
    public UiJob<R> onDone(Consumer<? super R> done) {
        onDone = Objects.requireNonNull(done);
        return this;
    }

    /** Gets a failure of the work, on the UI thread, instead of the status manager. */
    public UiJob<R> onFailure(Consumer<? super RuntimeException> failed) {
        onFailure = Objects.requireNonNull(failed);
        return this;
    }

    /** Runs on the UI thread after the answer, whatever it was (also after a cancel), e.g. to count work under way. */
    public UiJob<R> whenFinished(Runnable finished) {
        whenFinished = Objects.requireNonNull(finished);
        return this;
    }

    /** Starts the work; the answer comes later through the event loop. */
    public Job schedule() {
        Display answerOn = display != null ? display : PlatformUI.getWorkbench().getDisplay();
        Job job = Job.create(name, monitor -> {
            Runnable answer;
            IStatus status = Status.OK_STATUS;
            try {
                R result = work.run(monitor);
                answer = () -> onDone.accept(result);
            } catch (OperationCanceledException e) {
                answer = () -> {
                };
                status = Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                answer = () -> failed(e);
            }
            Runnable then = answer;
            if (alive.getAsBoolean() && !answerOn.isDisposed()) {
                answerOn.asyncExec(() -> {
                    if (alive.getAsBoolean()) {
                        release.run();
                        try {
                            then.run();
                        } finally {
                            whenFinished.run();
                        }
                    }
                });
            }
            return status;
        });
        job.setUser(user);
        job.setPriority(priority);
        job.schedule();
        return job;
    }

    /**
     * Runs the work and waits for it with the UI alive (busy cursor, then a progress dialog), for
     * callers that must be done when they return, such as an editor's save. The callbacks are not
     * used: the caller reads the outcome.
     */
    public Outcome<R> runAndWait() {
        AtomicReference<Outcome<R>> outcome = new AtomicReference<>();
        Job job = Job.create(name, monitor -> {
            try {
                outcome.set(new Outcome<>(work.run(monitor), null));
            } catch (RuntimeException e) {
                outcome.set(new Outcome<>(null, e));
            }
            return Status.OK_STATUS;
        });
        job.setPriority(priority);
        job.schedule();
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> job.join());
        } catch (InvocationTargetException e) {
            return new Outcome<>(null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, e);
        }
        return outcome.get();
    }

    private void failed(RuntimeException e) {
        if (onFailure != null) {
            onFailure.accept(e);
            return;
        }
        String message = NLS.bind(Messages.UiJob_failed, name, StoreAccess.errorStatus(e).getMessage());
        StatusManager.getManager().handle(Status.error(message, e), StatusManager.LOG | StatusManager.SHOW);
    }
}
