package org.retailerdesk.ui.publicity.internal;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Shell;
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
import org.retailerdesk.ui.retailers.profile.RecordsProfilePage;

/**
 * The profile editor's page 政策宣传 / Publicity: the retailer's publicity records, newest first,
 * with New, Correct and Delete, written straight through the store (audited: a correction keeps
 * the old values, a deletion its reason).
 */
public class PublicityProfilePage extends RecordsProfilePage<PublicityRecord> {

    private PublicityDialogs dialogs = PublicityDialogs.INTERACTIVE;

    public PublicityProfilePage() {
        super(PublicityRecord.class, Comparator.comparing(PublicityRecord::getDate).thenComparingLong(Entity::getId).reversed());
    }

    @Override
    protected void createColumns() {
        column(Messages.Column_date, 100, r -> Texts.of(r.getDate()), Comparator.comparing(PublicityRecord::getDate));
        column(Messages.Column_policy, 260, r -> Texts.of(r.getPolicy()));
        column(Messages.Column_channel, 100, r -> Texts.of(r.getChannel()));
        column(Messages.Column_deliveredBy, 100, r -> Texts.of(r.getDeliveredBy()));
        column(Messages.Column_acknowledgement, 100, r -> Texts.of(r.getAcknowledgement()));
        column(Messages.Column_note, 260, r -> Texts.of(r.getNote()));
    }

    @Override
    protected void createActions() {
        button(Messages.Page_new, this::recordNew);
        selectionButton(Messages.Page_correct, this::correctSelected);
        selectionButton(Messages.Page_delete, this::deleteSelected);
        onDoubleClick(this::correctSelected);
    }

    @Override
    protected String emptyText() {
        return Messages.Page_none;
    }

    @Override
    protected void received(List<PublicityRecord> records) {
        records.forEach(r -> r.setRetailer(context().retailer()));
    }

    /** Opens the record dialog on a new record of the retailer, its customer manager as the deliverer. */
    public void recordNew() {
        PublicityRecord r = RetailerdeskFactory.eINSTANCE.createPublicityRecord();
        r.setRetailer(context().retailer());
        r.setChannel(PublicityChannel.VISIT);
        r.setAcknowledgement(Acknowledgement.SIGNED);
        r.setDeliveredBy(context().retailer().getCustomerManager());
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
        Shell shell = shell();
        if (r == null) {
            return;
        }
        String reason = dialogs.deleteReason(shell, r);
        if (reason != null) {
            save(store -> PublicityRecords.delete(store, r, reason));
        }
    }

    private void edit(PublicityRecord record) {
        Shell shell = shell();
        run(Messages.Job_readingPolicies, monitor -> {
            Store store = StoreAccess.store();
            return new Choices(store.findAll(Policy.class), store.findAll(Staff.class).stream()
                    .filter(s -> s.getRole() == StaffRole.CUSTOMER_MANAGER || s.getId() == idOf(record.getDeliveredBy()))
                    .toList());
        }, choices -> {
            PublicityRecord edited = dialogs.edit(shell, record, choices.policies(), choices.staff());
            if (edited != null) {
                save(store -> {
                    if (edited.getId() == 0) {
                        PublicityRecords.record(store, edited);
                    } else {
                        PublicityRecords.correct(store, edited);
                    }
                });
            }
        }, e -> dialogs.failed(shell, e.getMessage()));
    }

    private static long idOf(Entity e) {
        return e == null ? -1 : e.getId();
    }

    private record Choices(List<Policy> policies, List<Staff> staff) {
    }

    /** Writes in a Job, then reads the records again; a failure is shown and nothing changes. */
    private void save(Consumer<Store> write) {
        Shell shell = shell();
        run(Messages.Job_saving, monitor -> {
            write.accept(StoreAccess.store());
            return Boolean.TRUE;
        }, done -> read(), e -> {
            dialogs.failed(shell, e.getMessage());
            read();
        });
    }

    /** Lets tests answer the page's questions. */
    public void setDialogs(PublicityDialogs dialogs) {
        this.dialogs = dialogs;
    }
}
