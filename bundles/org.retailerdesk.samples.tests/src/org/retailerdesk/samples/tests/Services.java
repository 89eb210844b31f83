package org.retailerdesk.samples.tests;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** OSGi services of the test runtime, as a plug-in gets them. */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(Services.class).getBundleContext(),
                type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
        if (service == null) {
            throw new IllegalStateException("no " + type.getName() + " service"); //$NON-NLS-1$
        }
        return service;
    }
}
