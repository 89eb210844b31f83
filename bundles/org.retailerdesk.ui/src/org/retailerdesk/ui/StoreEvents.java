package org.retailerdesk.ui;

import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.event.EventHandler;
import org.retailerdesk.model.Entity;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreChange;

/**
 * The workbench's one change topic: every committed write of the store (any entity kind, whoever
 * wrote it: an editor, an import, a job) is posted on {@link #CHANGED} with its {@link StoreChange}
 * as the event's data. Views subscribe with {@link #onChange} and read again; nobody tells them.
 */
public final class StoreEvents {

    /** The topic; the event's data ({@link IEventBroker#DATA}) is the {@link StoreChange}. */
    public static final String CHANGED = "org/retailerdesk/store/changed"; //$NON-NLS-1$

    private StoreEvents() {
    }

    /** Posts every change of the store on {@link #CHANGED}; called once, when the store is opened. */
    static void forward(Store store) {
        store.changes().addListener(change -> {
            if (PlatformUI.isWorkbenchRunning()) {
                IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
                if (broker != null) {
                    broker.post(CHANGED, change);
                }
            }
        });
    }

    /**
     * Calls {@code refresh} on the UI thread after each write that touched one of the types, as long
     * as {@code control} lives: the subscription ends when it is disposed.
     */
    @SafeVarargs
    public static void onChange(IWorkbenchPartSite site, Control control, Runnable refresh,
            Class<? extends Entity>... types) {
        IEventBroker broker = site.getService(IEventBroker.class);
        List<Class<? extends Entity>> watched = List.of(types);
        EventHandler handler = event -> {
            if (!control.isDisposed() && event.getProperty(IEventBroker.DATA) instanceof StoreChange change
                    && watched.stream().anyMatch(change::touches)) {
                refresh.run();
            }
        };
        broker.subscribe(CHANGED, handler);
        control.addDisposeListener(e -> broker.unsubscribe(handler));
    }
}
