package org.retailerdesk.app.internal;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.retailerdesk.ui.Startup;
import org.retailerdesk.ui.internal.MainPerspective;

public class RetailerDeskWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Staff expect the window to come back as they left it.
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return MainPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer c = getWindowConfigurer();
                c.setInitialSize(new Point(1280, 800));
                c.setShowCoolBar(false);
                c.setShowStatusLine(true);
                c.setShowProgressIndicator(true);
            }

            @Override
            public void postWindowOpen() {
                Startup.mark("window-open");
                PluginHealth.watchViews(getWindowConfigurer().getWindow());
                ViewCheck.runIfAsked(getWindowConfigurer().getWindow());
            }
        };
    }

    @Override
    public void postStartup() {
        // off the UI thread: resolving again takes a moment, and only the log waits for it
        Job.create(Messages.PluginHealth_checking, (ICoreRunnable) monitor -> {
            PluginHealth.logUnresolvedBundles();
            PluginHealth.logDropinsNotInstalled();
        }).schedule();
    }
}
