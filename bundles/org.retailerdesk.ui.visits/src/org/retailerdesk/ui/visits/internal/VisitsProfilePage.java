package org.retailerdesk.ui.visits.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Visit;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.retailers.profile.RecordsProfilePage;
import org.retailerdesk.visits.VisitRecording;

/**
 * The profile editor's page of the retailer's visits (走访记录), newest first, with "New Visit":
 * the visit, the inspection done and the publicity delivered during it are written straight
 * through the store in one transaction (audited).
 */
public class VisitsProfilePage extends RecordsProfilePage<Visit> {

    private VisitDialogs dialogs = VisitDialogs.INTERACTIVE;

    public VisitsProfilePage() {
        super(Visit.class, Comparator.comparing(Visit::getDate).thenComparingLong(Visit::getId).reversed());
    }

    @Override
    protected void createColumns() {
        for (VisitTable.Column c : VisitTable.columns(false)) {
            column(c.header(), c.width(), c.text());
        }
    }

    @Override
    protected void createActions() {
        button(Messages.Visits_new, this::newVisit);
    }

    @Override
    protected String emptyText() {
        return Messages.Visits_none;
    }

    @Override
    protected void received(List<Visit> visits) {
        visits.forEach(v -> v.setRetailer(context().retailer()));
    }

    /** Reads the staff and policies, asks for the visit, records it in one transaction, reads the visits again. */
    public void newVisit() {
        Shell shell = shell();
        record Choices(List<Staff> staff, List<Policy> policies) {
        }
        run(Messages.Visits_readingChoices, monitor -> new Choices(StoreAccess.store().findAll(Staff.class),
                StoreAccess.store().findAll(Policy.class)), c -> ask(shell, c.staff(), c.policies()),
                e -> dialogs.failed(shell, Messages.Visits_failed, e));
    }

    private void ask(Shell shell, List<Staff> staff, List<Policy> policies) {
        VisitDialog.Result r = dialogs.newVisit(shell, context().retailer(), staff, policies);
        if (r == null) {
            return;
        }
        // the editor's working copy stands for the stored retailer: the visit needs only its id
        r.visit().setRetailer(org.eclipse.emf.ecore.util.EcoreUtil.copy(context().retailer()));
        run(Messages.Visits_saving, monitor -> VisitRecording.record(StoreAccess.store(), r.visit(),
                r.inspections(), r.publicity()), recorded -> read(), e -> dialogs.failed(shell, Messages.Visits_failed, e));
    }

    /** Lets tests answer the page's questions. */
    public void setDialogs(VisitDialogs dialogs) {
        this.dialogs = dialogs;
    }
}
