package org.retailerdesk.ui.visits.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Visit;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.retailers.profile.ProfileContext;
import org.retailerdesk.ui.retailers.profile.ProfilePage;
import org.retailerdesk.visits.VisitRecording;

/**
 * The profile editor's page of the retailer's visits (走访记录), newest first, with "New Visit":
 * the visit, the inspection done and the publicity delivered during it are their own entities,
 * so they are written straight through the store in one transaction (audited), not through the
 * editor's command stack, which holds the retailer's own fields.
 */
public class VisitsProfilePage implements ProfilePage {

    private ProfileContext context;
    private VisitTable table;
    private Label status;
    private List<Visit> rows;
    private VisitDialogs dialogs = VisitDialogs.INTERACTIVE;
    private int busy;

    @Override
    public void createContents(Composite body, ProfileContext profile) {
        context = profile;
        GridLayoutFactory.fillDefaults().margins(5, 5).applyTo(body);
        Composite bar = profile.toolkit().createComposite(body);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        profile.toolkit().createButton(bar, Messages.Visits_new, SWT.PUSH).addListener(SWT.Selection, e -> newVisit());
        status = profile.toolkit().createLabel(bar, Messages.Visits_reading);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        table = new VisitTable(body, false);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.viewer().getTable());
        profile.toolkit().adapt(table.viewer().getTable());
        read();
    }

    private void read() {
        busy++;
        context.read(Visit.class, visits -> {
            busy--;
            if (table.viewer().getTable().isDisposed()) {
                return;
            }
            visits.sort(Comparator.comparing(Visit::getDate).thenComparingLong(Visit::getId).reversed());
            visits.forEach(v -> v.setRetailer(context.retailer()));
            rows = visits;
            table.viewer().setInput(visits);
            status.setText(visits.isEmpty() ? Messages.Visits_none
                    : org.eclipse.osgi.util.NLS.bind(Messages.Visits_count, visits.size()));
            status.getParent().layout();
        });
    }

    /** Reads the staff and policies, asks for the visit, records it in one transaction, reads the visits again. */
    public void newVisit() {
        Shell shell = table.viewer().getTable().getShell();
        record Choices(List<Staff> staff, List<Policy> policies) {
        }
        busy++;
        UiJob.of(Messages.Visits_readingChoices, monitor -> new Choices(StoreAccess.store().findAll(Staff.class),
                StoreAccess.store().findAll(Policy.class))).owner(shell).onDone(c -> ask(shell, c.staff(), c.policies()))
                .onFailure(e -> dialogs.failed(shell, Messages.Visits_failed, e)).whenFinished(() -> busy--).schedule();
    }

    private void ask(Shell shell, List<Staff> staff, List<Policy> policies) {
        VisitDialog.Result r = dialogs.newVisit(shell, context.retailer(), staff, policies);
        if (r == null) {
            return;
        }
        // the editor's working copy stands for the stored retailer: the visit needs only its id
        r.visit().setRetailer(org.eclipse.emf.ecore.util.EcoreUtil.copy(context.retailer()));
        busy++;
        UiJob.of(Messages.Visits_saving, monitor -> VisitRecording.record(StoreAccess.store(), VisitLogView.ACTOR, r.visit(),
                r.inspections(), r.publicity())).owner(shell).onDone(recorded -> {
                    if (!table.viewer().getTable().isDisposed()) {
                        read();
                    }
                }).onFailure(e -> dialogs.failed(shell, Messages.Visits_failed, e)).whenFinished(() -> busy--).schedule();
    }

    /** The visits shown once read (newest first), else null. */
    public List<Visit> rows() {
        return rows;
    }

    /** True when no read or write of the page is under way. */
    public boolean isSettled() {
        return busy == 0 && rows != null;
    }

    public VisitTable table() {
        return table;
    }

    /** Lets tests answer the page's questions. */
    public void setDialogs(VisitDialogs dialogs) {
        this.dialogs = dialogs;
    }
}
