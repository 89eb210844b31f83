package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.ui.UiJob;

/** The one UI job runner: work off the UI thread, its answer on it, and only while the owner lives. */
@ExtendWith(FailureEvidence.class)
public class UiJobTest {

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private final List<String> answers = new ArrayList<>();
    private Shell shell;

    @AfterEach
    void closeShell() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    private Shell shell() {
        shell = new Shell(Display.getCurrent());
        return shell;
    }

    @Test
    public void theWorkRunsOffTheUiThreadAndItsResultArrivesOnIt() throws Exception {
        Thread ui = Thread.currentThread();
        Thread[] threads = new Thread[2];
        UiJob.of("test", monitor -> Thread.currentThread()).owner(shell()).onDone(worker -> {
            threads[0] = worker;
            threads[1] = Thread.currentThread();
        }).whenFinished(() -> answers.add("finished")).schedule();
        Spin.until("the answer", () -> !answers.isEmpty());
        assertNotSame(ui, threads[0], "the work ran off the UI thread");
        assertSame(ui, threads[1], "the result arrived on the UI thread");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    public void aFailureGoesToItsHandlerOnTheUiThread() throws Exception {
        Thread ui = Thread.currentThread();
        Thread[] handler = new Thread[1];
        UiJob.of("test", monitor -> {
            throw new IllegalStateException("broken");
        }).owner(shell()).onDone(r -> answers.add("done")).onFailure(e -> {
            handler[0] = Thread.currentThread();
            answers.add(e.getMessage());
        }).whenFinished(() -> answers.add("finished")).schedule();
        Spin.until("the answer", () -> answers.size() == 2);
        assertEquals(List.of("broken", "finished"), answers);
        assertSame(ui, handler[0]);
    }

    @Test
    public void aCancelEndsQuietly() throws Exception {
        Job job = UiJob.of("test", monitor -> {
            throw new OperationCanceledException();
        }).owner(shell()).onDone(r -> answers.add("done")).onFailure(e -> answers.add("failed"))
                .whenFinished(() -> answers.add("finished")).schedule();
        Spin.until("the answer", () -> !answers.isEmpty());
        assertEquals(List.of("finished"), answers, "neither a result nor a failure");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
    }

    @Test
    public void nothingArrivesOnceTheOwningControlIsDisposed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Job job = UiJob.of("test", monitor -> {
            await(release);
            return "late";
        }).owner(shell()).onDone(answers::add).onFailure(e -> answers.add("failed"))
                .whenFinished(() -> answers.add("finished")).schedule();
        shell.dispose();
        release.countDown();
        job.join(TimeUnit.SECONDS.toMillis(30), null);
        Spin.idle(300);
        assertEquals(List.of(), answers);
    }

    @Test
    public void nothingArrivesOnceTheOwningPartIsClosed() throws Exception {
        IViewPart properties = Spin.page().showView(IPageLayout.ID_PROP_SHEET);
        UiJob.of("test", monitor -> "open").owner(properties).onDone(answers::add).schedule();
        Spin.until("the answer while the view is open", () -> !answers.isEmpty());

        CountDownLatch release = new CountDownLatch(1);
        Job job = UiJob.of("test", monitor -> {
            await(release);
            return "closed";
        }).owner(properties).onDone(answers::add).whenFinished(() -> answers.add("finished")).schedule();
        Spin.page().hideView(properties);
        release.countDown();
        job.join(TimeUnit.SECONDS.toMillis(30), null);
        Spin.idle(300);
        assertEquals(List.of("open"), answers);
    }

    @Test
    public void runAndWaitReturnsTheValueOrTheFailure() {
        UiJob.Outcome<String> done = UiJob.of("test", monitor -> "value").runAndWait();
        assertEquals("value", done.value());
        assertNull(done.error());
        UiJob.Outcome<String> failed = UiJob.<String> of("test", monitor -> {
            throw new IllegalStateException("broken");
        }).runAndWait();
        assertTrue(failed.failed());
        assertInstanceOf(IllegalStateException.class, failed.error());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
