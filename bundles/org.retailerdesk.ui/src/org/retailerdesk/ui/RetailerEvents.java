package org.retailerdesk.ui;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.PlatformUI;

/**
 * Workbench events about retailers, through the e4 event broker. Views that list retailers
 * subscribe to {@link #CHANGED} and read again; code that wrote many retailers at once (an import)
 * posts it.
 */
public final class RetailerEvents {

    /** Retailers were added or changed in bulk; the event's data is how many (a Long), or null. */
    public static final String CHANGED = "org/retailerdesk/retailers/changed"; //$NON-NLS-1$

    private RetailerEvents() {
    }

    /** Posts {@link #CHANGED}; subscribers get it on the UI thread. Any thread may call it. */
    public static void changed(long count) {
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker != null) {
            broker.post(CHANGED, Long.valueOf(count));
        }
    }
}
