package org.retailerdesk.app.internal;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.retailerdesk.security.Principal;
import org.retailerdesk.ui.AccessTester;
import org.retailerdesk.ui.RoleLabels;
import org.retailerdesk.ui.Startup;
import org.retailerdesk.ui.StoreAccess;
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
                showWhoIsSignedIn(getWindowConfigurer());
                ViewCheck.runIfAsked(getWindowConfigurer().getWindow());
            }
        };
    }

    /**
     * Names the signed-in user and his roles in the window title once the store is open (with the
     * environment's credentials that may be after the window opened), and lets the menus and
     * buttons that depend on his roles ask again.
     */
    private static void showWhoIsSignedIn(IWorkbenchWindowConfigurer configurer) {
        Shell shell = configurer.getWindow().getShell();
        StoreAccess.whenOpen().thenRun(() -> shell.getDisplay().asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            Principal p = StoreAccess.store().users().current();
            if (p != null) {
                configurer.setTitle(title(p));
            }
            AccessTester.refresh();
        }));
    }

    /** The window title: product, user's name and roles, e.g. 零售户服务工作台 — 王丽（主管、管理员）. */
    static String title(Principal p) {
        IProduct product = Platform.getProduct();
        return NLS.bind(Messages.Window_title, new Object[] { product != null ? product.getName() : "", //$NON-NLS-1$
                p.displayName(), RoleLabels.of(p.roles()) });
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
