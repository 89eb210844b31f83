package org.retailerdesk.app.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.retailerdesk.ui.Startup;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.internal.SignInDialog;

/** The RetailerDesk workbench application. */
public class Application implements IApplication {

    /** Exit code when there is no display to open the window on. */
    public static final Integer EXIT_NO_DISPLAY = 3;

    @Override
    public Object start(IApplicationContext context) {
        Startup.mark("application-start");
        if (!displayConfigured()) {
            System.err.println(Messages.Application_noDisplay);
            return EXIT_NO_DISPLAY;
        }
        Display display;
        try {
            display = PlatformUI.createDisplay();
        } catch (SWTError e) {
            System.err.println(Messages.Application_noDisplay + " (" + e.getMessage() + ")");
            return EXIT_NO_DISPLAY;
        }
        // Derby boots on a worker thread while the user signs in, or, when the environment names the
        // user, while the workbench builds its window (two cores).
        StoreAccess.whenOpen();
        if (!StoreAccess.signsInFromEnvironment()) {
            SignInDialog signIn = new SignInDialog(null, StoreAccess.whenBooted(), () -> StoreAccess.store().users());
            if (signIn.open() != Window.OK) {
                display.dispose();
                StoreAccess.close();
                return IApplication.EXIT_OK;
            }
            StoreAccess.signedIn();
        }
        try {
            int rc = PlatformUI.createAndRunWorkbench(display, new RetailerDeskWorkbenchAdvisor());
            return rc == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
            StoreAccess.close();
        }
    }

    /** GTK needs an X11 or Wayland display; without one SWT would fail with a bare stack trace. */
    private static boolean displayConfigured() {
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
