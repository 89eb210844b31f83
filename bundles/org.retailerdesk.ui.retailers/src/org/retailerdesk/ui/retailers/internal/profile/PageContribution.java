package org.retailerdesk.ui.retailers.internal.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.ui.retailers.profile.ProfilePage;

/**
 * One {@code page} of the extension point {@value ProfilePage#EXTENSION_POINT}: its id, its name
 * (already translated by the contributing bundle's plugin.properties) and its position.
 */
record PageContribution(String id, String name, int order, IConfigurationElement element) {

    /** Position of a page that gives none: after the pages that do. */
    static final int DEFAULT_ORDER = 1000;

    /** The contributed pages by order, then id; malformed contributions are logged and left out. */
    static List<PageContribution> all() {
        List<PageContribution> pages = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor(ProfilePage.EXTENSION_POINT)) {
            String id = element.getAttribute("id");
            String name = element.getAttribute("name");
            if (!"page".equals(element.getName()) || id == null || name == null || element.getAttribute("class") == null) {
                log(element, Messages.Contribution_incomplete, null);
                continue;
            }
            int order = DEFAULT_ORDER;
            String orderText = element.getAttribute("order");
            if (orderText != null) {
                try {
                    order = Integer.parseInt(orderText.strip());
                } catch (NumberFormatException e) {
                    log(element, Messages.Contribution_badOrder, null);
                }
            }
            pages.add(new PageContribution(id, name, order, element));
        }
        pages.sort(Comparator.comparingInt(PageContribution::order).thenComparing(PageContribution::id));
        return pages;
    }

    /** A new instance of the page's class, or null (logged) if it cannot be made. */
    ProfilePage create() {
        try {
            if (element.createExecutableExtension("class") instanceof ProfilePage page) {
                return page;
            }
            log(element, Messages.Contribution_notAPage, null);
        } catch (CoreException | RuntimeException | LinkageError e) {
            log(element, Messages.Contribution_failed, e);
        }
        return null;
    }

    /** Logs that the page failed, naming its plug-in. */
    void logFailure(Throwable cause) {
        log(element, Messages.Contribution_failed, cause);
    }

    private static void log(IConfigurationElement element, String message, Throwable cause) {
        String where = element.getContributor().getName() + " / " + element.getAttribute("id");
        ILog.of(PageContribution.class).log(Status.error(NLS.bind(message, where), cause));
    }
}
