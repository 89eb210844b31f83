package org.retailerdesk.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.report.resolution.ResolutionReport;
import org.eclipse.osgi.util.ManifestElement;
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
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
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

    /**
     * Logs every plug-in in the installation's {@code dropins/} folder that p2's reconciler did not
     * install (it leaves out, without a word, a plug-in whose dependencies are missing), with the
     * required plug-ins that are not there.
     */
    static void logDropinsNotInstalled() {
        Location install = Platform.getInstallLocation();
        if (install == null || install.getURL() == null || !"file".equals(install.getURL().getProtocol())) { //$NON-NLS-1$
            return;
        }
        Path dropins = Path.of(install.getURL().getPath(), "dropins"); //$NON-NLS-1$
        if (!Files.isDirectory(dropins)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dropins)) {
            for (Path entry : entries.sorted().toList()) {
                Manifest manifest = manifestOf(entry);
                String name = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
                if (name == null) {
                    continue;
                }
                String id = name.split(";")[0].strip(); //$NON-NLS-1$
                if (Platform.getBundles(id, null) == null) {
                    ILog.of(PluginHealth.class).error(NLS.bind(Messages.PluginHealth_dropinNotInstalled,
                            new Object[] { id, entry, missingBundles(manifest) }));
                }
            }
        } catch (IOException e) {
            ILog.of(PluginHealth.class).warn(NLS.bind(Messages.PluginHealth_dropinsUnreadable, dropins), e);
        }
    }

    /** The manifest of a plug-in jar or folder, or null when it has none. */
    private static Manifest manifestOf(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            Path file = entry.resolve(JarFile.MANIFEST_NAME);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new Manifest(in);
            }
        }
        if (!entry.getFileName().toString().endsWith(".jar")) { //$NON-NLS-1$
            return null;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.getManifest();
        }
    }

    /** The mandatory Require-Bundle entries that no installed bundle satisfies, or "?" if all are there. */
    private static String missingBundles(Manifest manifest) {
        String header = manifest.getMainAttributes().getValue(Constants.REQUIRE_BUNDLE);
        List<String> missing = new ArrayList<>();
        try {
            ManifestElement[] required = header == null ? new ManifestElement[0]
                    : ManifestElement.parseHeader(Constants.REQUIRE_BUNDLE, header);
            for (ManifestElement r : required) {
                if (!Constants.RESOLUTION_OPTIONAL.equals(r.getDirective(Constants.RESOLUTION_DIRECTIVE))
                        && Platform.getBundles(r.getValue(), null) == null) {
                    missing.add(r.getValue());
                }
            }
        } catch (BundleException e) {
            return e.getMessage();
        }
        return missing.isEmpty() ? "?" : String.join(", ", missing); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Logs, naming the plug-in, each view of the window that could not be created. */
    static void watchViews(IWorkbenchWindow window) {
        window.getPartService().addPartListener(new IPartListener2() {
            @Override
            public void partOpened(IWorkbenchPartReference ref) {
                if (ref instanceof IViewReference view && failed(view.getPart(false))) {
                    IViewDescriptor d = PlatformUI.getWorkbench().getViewRegistry().find(view.getId());
                    ILog.of(PluginHealth.class).error(NLS.bind(Messages.PluginHealth_viewFailed,
                            new Object[] { d == null ? view.getId() : d.getLabel(), view.getId(), contributor(view.getId()) }));
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
