package org.retailerdesk.ui.households.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.Masking;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;

/** What the view and the profile page do with households; all store work runs in Jobs. */
public final class Households {


    private Households() {
    }

    /** All households, with their retailers and verifiers read, so a table can name them. Not for the UI thread. */
    public static List<PriorityHousehold> readAll(Store store, IProgressMonitor monitor) {
        List<PriorityHousehold> all = store.findAll(PriorityHousehold.class);
        Map<Long, Entity> resolved = new HashMap<>();
        monitor.beginTask(Messages.Households_reading, all.size());
        for (PriorityHousehold h : all) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            h.setRetailer(resolve(store, resolved, h.getRetailer()));
            h.setVerifiedBy(resolve(store, resolved, h.getVerifiedBy()));
            monitor.worked(1);
        }
        monitor.done();
        return all;
    }

    private static <T extends Entity> T resolve(Store store, Map<Long, Entity> resolved, T entity) {
        if (entity == null || !entity.eIsProxy()) {
            return entity;
        }
        @SuppressWarnings("unchecked")
        T known = (T) resolved.computeIfAbsent(entity.getId(), id -> store.resolve(entity));
        return known;
    }

    /** How dialogs name a household: its retailer's shop and code, else its category. */
    public static String name(PriorityHousehold h) {
        Retailer r = h.getRetailer();
        String category = h.getCategory() == null ? "" : ModelLabels.valueLabel(h.getCategory()); //$NON-NLS-1$
        if (r == null || r.eIsProxy() || r.getShopName() == null) {
            return category;
        }
        return NLS.bind(Messages.Households_name, new Object[] { r.getShopName(), r.getCustomerCode(), category });
    }

    /**
     * Asks for a reason and has the store reveal each sensitive field: it checks the user may, writes
     * one audit row per field and only then gives the full value (reads give it masked). If the user
     * may not, or the audit cannot be written, nothing is shown.
     */
    public static void reveal(Shell shell, PriorityHousehold h, HouseholdDialogs dialogs) {
        String who = name(h);
        String reason = dialogs.reason(shell, who);
        if (reason == null || reason.isBlank()) {
            return;
        }
        List<EStructuralFeature> fields = Masking.sensitiveFields(h);
        inJob(shell, Messages.Reveal_job, () -> {
            Store store = StoreAccess.store();
            Map<String, String> values = new LinkedHashMap<>();
            for (EStructuralFeature f : fields) {
                String v = store.audit().reveal(h, f.getName(), reason);
                values.put(ModelLabels.label(f), v == null ? "" : v); //$NON-NLS-1$
            }
            return values;
        }, shown -> dialogs.revealed(shell, who, shown), dialogs, Messages.Reveal_failed);
    }

    /**
     * Reads the staff, lets the user edit a copy of the household in the dialog, and writes it
     * (insert if new, else update; audited by the store). {@code saved} runs on the UI thread
     * after a successful write. Cancel writes nothing.
     */
    public static void edit(Shell shell, PriorityHousehold h, HouseholdDialogs dialogs, Consumer<PriorityHousehold> saved) {
        inJob(shell, Messages.Edit_readingStaff, () -> StoreAccess.store().findAll(Staff.class), staff -> {
            PriorityHousehold edited = dialogs.edit(shell, h, staff);
            if (edited == null) {
                return;
            }
            inJob(shell, Messages.Edit_saving, () -> StoreAccess.store().write(tx -> edited.getId() == 0 ? tx.insert(edited) : tx.update(edited)), saved, dialogs, Messages.Edit_failed);
        }, dialogs, Messages.Edit_failed);
    }

    /** Runs store work in a Job; the result, or the failure, goes to the UI thread while the shell is open. */
    private static <R> void inJob(Shell shell, String name, Supplier<R> work, Consumer<R> onDone, HouseholdDialogs dialogs,
            String failure) {
        UiJob.of(name, monitor -> work.get()).owner(shell).onDone(onDone)
                .onFailure(e -> dialogs.failed(shell, failure, e)).schedule();
    }
}
