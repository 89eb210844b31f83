package org.retailerdesk.ui.publicity.internal;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.publicity.PublicityRecords;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.retailers.profile.ProfileContext;
import org.retailerdesk.ui.retailers.profile.ProfilePage;

/**
 * The profile editor's page 政策宣传 / Publicity: the retailer's publicity records, newest first,
 * with New, Correct and Delete. A record is its own entity, so the page writes it straight
 * through the store (audited: a correction keeps the old values, a deletion its reason) rather
 * than through the editor's command stack, which holds the retailer's own fields.
 */
public class PublicityProfilePage implements ProfilePage {

    private ProfileContext context;
    private TableViewer table;
    private Label none;
    private List<PublicityRecord> rows;
    private PublicityDialogs dialogs = PublicityDialogs.INTERACTIVE;

    @Override
    public void createContents(Composite body, ProfileContext profile) {
        this.context = profile;
        FormToolkit toolkit = profile.toolkit();
        body.setLayout(new GridLayout(1, false));
        Composite buttons = toolkit.createComposite(body);
        buttons.setLayout(new GridLayout(4, false));
        Button add = toolkit.createButton(buttons, Messages.Page_new, SWT.PUSH);
        Button correct = toolkit.createButton(buttons, Messages.Page_correct, SWT.PUSH);
        Button delete = toolkit.createButton(buttons, Messages.Page_delete, SWT.PUSH);
        none = toolkit.createLabel(buttons, ""); //$NON-NLS-1$
        none.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = Tables.create(body);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Tables.column(table, PublicityRecord.class, Messages.Column_date, 100, r -> r.getDate());
        Tables.column(table, PublicityRecord.class, Messages.Column_policy, 260, r -> r.getPolicy());
        Tables.column(table, PublicityRecord.class, Messages.Column_channel, 100, r -> r.getChannel());
        Tables.column(table, PublicityRecord.class, Messages.Column_deliveredBy, 100, r -> r.getDeliveredBy());
        Tables.column(table, PublicityRecord.class, Messages.Column_acknowledgement, 100, r -> r.getAcknowledgement());
        Tables.column(table, PublicityRecord.class, Messages.Column_note, 260, r -> r.getNote());
        toolkit.adapt(table.getTable());
        add.addListener(SWT.Selection, e -> recordNew());
        correct.addListener(SWT.Selection, e -> correctSelected());
        delete.addListener(SWT.Selection, e -> deleteSelected());
        table.addDoubleClickListener(e -> correctSelected());
        table.addSelectionChangedListener(e -> {
            correct.setEnabled(selected() != null);
            delete.setEnabled(selected() != null);
        });
        correct.setEnabled(false);
        delete.setEnabled(false);
        read();
    }

    private void read() {
        rows = null;
        context.read(PublicityRecord.class, records -> {
            if (table.getTable().isDisposed()) {
                return;
            }
            records.forEach(r -> r.setRetailer(context.retailer()));
            records.sort(Comparator.comparing(PublicityRecord::getDate).thenComparingLong(Entity::getId).reversed());
            rows = records;
            table.setInput(records);
            none.setText(records.isEmpty() ? Messages.Page_none : ""); //$NON-NLS-1$
            none.getParent().layout();
        });
    }

    private PublicityRecord selected() {
        return ((IStructuredSelection) table.getSelection()).getFirstElement() instanceof PublicityRecord r ? r : null;
    }

    /** Opens the record dialog on a new record of the retailer, its customer manager as the deliverer. */
    public void recordNew() {
        PublicityRecord r = RetailerdeskFactory.eINSTANCE.createPublicityRecord();
        r.setRetailer(context.retailer());
        r.setChannel(PublicityChannel.VISIT);
        r.setAcknowledgement(Acknowledgement.SIGNED);
        r.setDeliveredBy(context.retailer().getCustomerManager());
        edit(r);
    }

    /** Opens the record dialog on the selected record; OK stores the correction. */
    public void correctSelected() {
        PublicityRecord r = selected();
        if (r != null) {
            edit(r);
        }
    }

    /** Asks why the selected record is wrong and deletes it with that reason. */
    public void deleteSelected() {
        PublicityRecord r = selected();
        Shell shell = table.getTable().getShell();
        if (r == null) {
            return;
        }
        String reason = dialogs.deleteReason(shell, r);
        if (reason != null) {
            save(store -> PublicityRecords.delete(store, UiJobs.ACTOR, r, reason));
        }
    }

    private void edit(PublicityRecord record) {
        Shell shell = table.getTable().getShell();
        UiJob.of(Messages.Job_readingPolicies, monitor -> {
            Store store = StoreAccess.store();
            return new Choices(store.findAll(Policy.class), store.findAll(Staff.class).stream()
                    .filter(s -> s.getRole() == StaffRole.CUSTOMER_MANAGER || s.getId() == idOf(record.getDeliveredBy()))
                    .toList());
        }).owner(table.getTable()).onDone(choices -> {
            PublicityRecord edited = dialogs.edit(shell, record, choices.policies(), choices.staff());
            if (edited != null) {
                save(store -> {
                    if (edited.getId() == 0) {
                        PublicityRecords.record(store, UiJobs.ACTOR, edited);
                    } else {
                        PublicityRecords.correct(store, UiJobs.ACTOR, edited);
                    }
                });
            }
        }).onFailure(e -> dialogs.failed(shell, e.getMessage())).schedule();
    }

    private static long idOf(Entity e) {
        return e == null ? -1 : e.getId();
    }

    private record Choices(List<Policy> policies, List<Staff> staff) {
    }

    /** Writes in a Job, then reads the records again; a failure is shown and nothing changes. */
    private void save(Consumer<Store> write) {
        Shell shell = table.getTable().getShell();
        UiJob.of(Messages.Job_saving, monitor -> {
            write.accept(StoreAccess.store());
            return Boolean.TRUE;
        }).owner(table.getTable()).onDone(done -> read()).onFailure(e -> {
            dialogs.failed(shell, e.getMessage());
            read();
        }).schedule();
    }

    /** The records shown once read, else null. */
    public List<PublicityRecord> rows() {
        return rows;
    }

    public TableViewer table() {
        return table;
    }

    /** Lets tests answer the page's questions. */
    public void setDialogs(PublicityDialogs dialogs) {
        this.dialogs = dialogs;
    }
}
