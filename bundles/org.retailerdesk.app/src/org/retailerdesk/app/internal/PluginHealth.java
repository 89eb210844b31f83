package org.retailerdesk.app.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.report.resolution.ResolutionReport;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPluginContribution;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Says in the log which plug-in is broken, so that an installed plug-in that fails does not leave
 * staff guessing. The workbench itself survives both cases: a bundle that cannot be resolved
 * contributes nothing, and a view that throws while being created is replaced by an error part
 * (e4 compatibility layer). Here each gets an error entry naming the plug-in and the cause.
 */
final class PluginHealth {

    /** The part the workbench shows instead of a view that could not be created (not API). */
    static final String ERROR_PART = "org.eclipse.ui.internal.ErrorViewPart"; //$NON-NLS-1$

    private PluginHealth() {
    }

    /**
     * Logs every installed bundle that is not resolved, with Equinox's explanation (the missing
     * requirement). Resolving them once more gives that explanation through a resolution report.
     */
    static void logUnresolvedBundles() {
        BundleContext context = FrameworkUtil.getBundle(PluginHealth.class).getBundleContext();
        List<Bundle> unresolved = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getState() == Bundle.INSTALLED) {
                unresolved.add(b);
            }
        }
        if (unresolved.isEmpty()) {
            return;
        }
        List<ResolutionReport> reports = new ArrayList<>();
        ServiceRegistration<ResolverHookFactory> hook = context.registerService(ResolverHookFactory.class,
                triggers -> new ReportingHook(reports), null);
        try {
            context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(unresolved);
        } finally {
            hook.unregister();
        }
        for (Bundle b : unresolved) {
            if (b.getState() != Bundle.INSTALLED) {
                continue;
            }
            BundleRevision revision = b.adapt(BundleRevision.class);
            String why = reports.stream().map(r -> r.getResolutionReportMessage(revision))
                    .filter(m -> m != null && !m.isBlank()).findFirst().orElse(""); //$NON-NLS-1$
            ILog.of(PluginHealth.class).error(NLS.bind(Messages.PluginHealth_unresolved,
                    new Object[] { b.getSymbolicName(), b.getVersion(), b.getLocation(), why.strip() }));
        }
    }

    /** Logs, naming the plug-in, each view of the window that could not be created. */
    static void watchViews(IWorkbenchWindow window) {
        window.getPartService().addPartListener(new IPartListener2() {
            @Override
            public void partOpened(IWorkbenchPartReference ref) {
                if (ref instanceof IViewReference view && failed(view.getPart(false))) {
                    ILog.of(PluginHealth.class).error(NLS.bind(Messages.PluginHealth_viewFailed,
                            new Object[] { view.getTitle(), view.getId(), contributor(view.getId()) }));
                }
            }
        });
    }

    /** Whether the part is the error part the workbench shows for a view it could not create. */
    static boolean failed(IWorkbenchPart part) {
        return part != null && part.getClass().getName().equals(ERROR_PART);
    }

    /** The id of the plug-in that contributes the view, or "?" when the view is unknown. */
    static String contributor(String viewId) {
        IViewDescriptor d = PlatformUI.getWorkbench().getViewRegistry().find(viewId);
        return d instanceof IPluginContribution c && c.getPluginId() != null ? c.getPluginId() : "?"; //$NON-NLS-1$
    }

    /** Collects the resolution reports of one resolve; changes nothing in it. */
    private static final class ReportingHook implements ResolverHook, ResolutionReport.Listener {
        private final List<ResolutionReport> reports;

        ReportingHook(List<ResolutionReport> reports) {
            this.reports = reports;
        }

        @Override
        public void handleResolutionReport(ResolutionReport report) {
            reports.add(report);
        }

        @Override
        public void filterResolvable(Collection<BundleRevision> candidates) {
        }

        @Override
        public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisionCandidates) {
        }

        @Override
        public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
        }

        @Override
        public void end() {
        }
    }
}
