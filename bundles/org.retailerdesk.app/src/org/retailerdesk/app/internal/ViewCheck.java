package org.retailerdesk.app.internal;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * {@code -Dretailerdesk.checkView=<view id>[,<view id>...]}: once the window is open, opens each
 * view, prints one line per view and closes the workbench. For plug-in authors and their CI (and
 * our install test): it tells, without anyone looking at the screen, whether an installed plug-in's
 * view is there and can be created. Lines: {@code RETAILERDESK-VIEW <id> OK <plug-in>},
 * {@code ... FAILED <plug-in>} (the view threw; the workbench shows an error part instead) or
 * {@code ... MISSING} (no such view: its plug-in is not installed or not resolved).
 */
final class ViewCheck {

    static final String PROPERTY = "retailerdesk.checkView"; //$NON-NLS-1$
    private static final long IDLE_WAIT_MILLIS = 60_000;
    private static final int IDLE_POLL_MILLIS = 200;

    private ViewCheck() {
    }

    /** Topic the workbench posts once start-up is complete (UIEvents.UILifeCycle.APP_STARTUP_COMPLETE). */
    private static final String STARTUP_COMPLETE = "org/eclipse/e4/ui/LifeCycle/appStartupComplete"; //$NON-NLS-1$

    /**
     * Runs the check once the workbench has started, if the property is set; returns at once.
     * Not earlier: closing the workbench while start-up still runs leaves its handlers a disposed display.
     */
    static void runIfAsked(IWorkbenchWindow window) {
        String ids = System.getProperty(PROPERTY);
        if (ids == null || ids.isBlank()) {
            return;
        }
        IEventBroker broker = window.getWorkbench().getService(IEventBroker.class);
        broker.subscribe(STARTUP_COMPLETE, new EventHandler() {
            @Override
            public void handleEvent(Event event) {
                broker.unsubscribe(this);
                window.getShell().getDisplay().asyncExec(() -> {
                    IWorkbenchPage page = window.getActivePage();
                    for (String id : ids.split(",")) { //$NON-NLS-1$
                        System.out.println("RETAILERDESK-VIEW " + id.strip() + " " + check(page, id.strip())); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    System.out.flush();
                    closeWhenIdle(window.getWorkbench(), System.currentTimeMillis() + IDLE_WAIT_MILLIS);
                });
            }
        });
    }

    /**
     * Closes the workbench once the views' background reads are done (or after the deadline):
     * closing while they run would leave them a disposed display to report to.
     */
    private static void closeWhenIdle(IWorkbench workbench, long deadline) {
        if (Job.getJobManager().isIdle() || System.currentTimeMillis() > deadline) {
            workbench.close();
        } else {
            workbench.getDisplay().timerExec(IDLE_POLL_MILLIS, () -> closeWhenIdle(workbench, deadline));
        }
    }

    private static String check(IWorkbenchPage page, String id) {
        if (page.getWorkbenchWindow().getWorkbench().getViewRegistry().find(id) == null) {
            return "MISSING"; //$NON-NLS-1$
        }
        try {
            IViewPart view = page.showView(id);
            return (PluginHealth.failed(view) ? "FAILED " : "OK ") + PluginHealth.contributor(id); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (PartInitException | RuntimeException e) {
            return "FAILED " + PluginHealth.contributor(id) + " " + e; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
