package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * Every RetailerDesk bundle of the product states its API (docs/API.md): implementation packages
 * ({@code *.internal*}, EMF's {@code *.impl}) are exported only {@code x-internal} or to named
 * friends, and sample plug-ins export no API at all.
 */
public class ApiBoundariesTest {

    private static boolean implementation(String pkg) {
        return pkg.contains(".internal") || pkg.endsWith(".impl"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean hidden(ManifestElement export) {
        return "true".equals(export.getDirective("x-internal")) || export.getDirective("x-friends") != null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    public void implementationIsNeverPlainAPI() throws BundleException {
        List<String> wrong = new ArrayList<>();
        int bundles = 0;
        for (Bundle b : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
            String name = b.getSymbolicName();
            if (name == null || !name.startsWith("org.retailerdesk.") || name.endsWith(".tests")) { //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            bundles++;
            String header = b.getHeaders("").get(Constants.EXPORT_PACKAGE); //$NON-NLS-1$
            if (header == null) {
                continue;
            }
            for (ManifestElement export : ManifestElement.parseHeader(Constants.EXPORT_PACKAGE, header)) {
                for (String pkg : export.getValueComponents()) {
                    boolean sample = name.contains(".samples.") || name.endsWith(".example"); //$NON-NLS-1$ //$NON-NLS-2$
                    if ((implementation(pkg) || sample) && !hidden(export)) {
                        wrong.add(name + ": " + pkg + " is exported as API"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    if (!implementation(pkg) && hidden(export)) {
                        wrong.add(name + ": " + pkg + " is hidden but not named as internal"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            }
        }
        assertTrue(bundles >= 10, "the product's bundles are in the test runtime: " + bundles); //$NON-NLS-1$
        assertEquals(List.of(), wrong);
    }
}
