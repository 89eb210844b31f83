package org.retailerdesk.publicity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.model.validation.Rule;
import org.retailerdesk.publicity.internal.Messages;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.Transaction;

/**
 * Publicity records: who was told of which policy, when, how, and what they said. Records are
 * written through the store, which audits every field; a correction is an update whose old values
 * stay in the audit trail, and a deletion needs a reason, which is audited with the record's last
 * values. Nothing here is silent. All methods go to the database: call them from a Job.
 */
public final class PublicityRecords {

    private PublicityRecords() {
    }

    /**
     * What is wrong with the record, for the user (zh/en): the model's rules (retailer, policy, date,
     * channel, deliverer and acknowledgement required, date not in the future) and a policy that is
     * not in the catalogue. Empty when it can be saved.
     */
    public static List<String> problems(PublicityRecord record, Store store) {
        List<String> problems = new ArrayList<>();
        Policy policy = record.getPolicy();
        if (policy == null) {
            problems.add(Messages.Record_noPolicy);
        } else if (policy.getId() == 0 || store.get(Policy.class, policy.getId()) == null) {
            problems.add(NLS.bind(Messages.Record_unknownPolicy, policy.getId() == 0 ? policy.getCode() : policy.getId()));
        }
        for (Problem p : ModelValidation.validate(record)) {
            // a record read from the store names its retailer by a proxy, which EMF's own checks cannot resolve
            if (p.isError() && p.rule() != Rule.EMF_STRUCTURE && p.feature() != policyFeature()) {
                problems.add(p.message());
            }
        }
        return problems;
    }

    private static Object policyFeature() {
        return org.retailerdesk.model.RetailerdeskPackage.Literals.PUBLICITY_RECORD__POLICY;
    }

    /**
     * Stores a new record for one retailer.
     *
     * @throws PublicityException naming every problem; nothing is stored then
     */
    public static PublicityRecord record(Store store, PublicityRecord record) {
        check(record, store);
        return store.write(tx -> tx.insert(record));
    }

    /**
     * Corrects a stored record: an update, so the audit trail keeps every changed field's old value.
     *
     * @throws PublicityException naming every problem, or when the record is not stored
     * @throws org.retailerdesk.store.ConflictException when someone changed or deleted it since it was read
     */
    public static PublicityRecord correct(Store store, PublicityRecord record) {
        if (record.getId() == 0) {
            throw new PublicityException(Messages.Record_notStored);
        }
        check(record, store);
        return store.write(tx -> tx.update(record));
    }

    /**
     * Deletes a wrong record, with the reason recorded in the audit trail beside its last values.
     *
     * @throws PublicityException when the reason is blank or the record is not stored; nothing is deleted then
     */
    public static void delete(Store store, PublicityRecord record, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PublicityException(Messages.Delete_noReason);
        }
        if (record.getId() == 0) {
            throw new PublicityException(Messages.Record_notStored);
        }
        store.write(tx -> {
            tx.delete(record, reason);
            return null;
        });
    }

    /**
     * Records a group meeting: one record per retailer, copied from {@code meeting} (policy, date,
     * deliverer, acknowledgement, note; channel {@link PublicityChannel#GROUP_MEETING}), all in one
     * transaction: every record is stored, or none (a failure or a cancel part-way stores nothing).
     *
     * @param retailers the retailers at the meeting (stored ones), e.g. a list's selection
     * @param monitor   progress in retailers; cancel to store nothing ({@link OperationCanceledException})
     * @return how many records were stored
     * @throws PublicityException for an empty selection or a meeting record with problems
     */
    public static long recordMeeting(Store store, PublicityRecord meeting, Collection<Retailer> retailers,
            IProgressMonitor monitor) {
        List<Retailer> all = List.copyOf(retailers);
        if (all.isEmpty()) {
            throw new PublicityException(Messages.Bulk_noRetailers);
        }
        PublicityRecord template = EcoreUtil.copy(meeting);
        template.setChannel(PublicityChannel.GROUP_MEETING);
        // checked once for the whole meeting: the records differ only in their retailer
        template.setRetailer(all.get(0));
        check(template, store);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Bulk_task, template.getPolicy().getTitle(),
                all.size()), all.size());
        return store.write(tx -> {
            int stored = 0;
            while (stored < all.size()) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                List<Retailer> chunk = all.subList(stored, Math.min(all.size(), stored + BulkLoad.BULK_CHUNK));
                insertChunk(tx, template, chunk);
                stored += chunk.size();
                progress.worked(chunk.size());
                progress.subTask(NLS.bind(Messages.Bulk_progress, stored, all.size()));
            }
            return (long) stored;
        });
    }

    /**
     * As {@link #recordMeeting(Store, String, PublicityRecord, Collection, IProgressMonitor)} for
     * every retailer matching a query (a list's filters). The query is read before the transaction
     * starts (keeping only the ids), so the records written cannot change which retailers it matches
     * (a query of the untold, say) and no read waits on the transaction's own locks.
     */
    public static long recordMeeting(Store store, PublicityRecord meeting, RetailerQuery retailers,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        long count = store.retailers().count(retailers);
        List<Retailer> ids = new ArrayList<>((int) Math.min(count, Integer.MAX_VALUE));
        SubMonitor reading = progress.split(1).setWorkRemaining((int) Math.min(count, Integer.MAX_VALUE));
        for (int from = 0; from < count; from += BulkLoad.BULK_CHUNK) {
            if (reading.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Retailer> page = store.retailers().findRetailerRows(retailers.page(from, BulkLoad.BULK_CHUNK));
            for (Retailer r : page) {
                Retailer id = RetailerdeskFactory.eINSTANCE.createRetailer();
                id.setId(r.getId());
                ids.add(id);
            }
            reading.worked(page.size());
        }
        return recordMeeting(store, meeting, ids, progress.split(1));
    }

    private static void insertChunk(Transaction tx, PublicityRecord template, List<Retailer> retailers) {
        List<PublicityRecord> chunk = new ArrayList<>(retailers.size());
        for (Retailer r : retailers) {
            PublicityRecord p = EcoreUtil.copy(template);
            // the copy holds the template's references, the retailer is this one's
            p.setPolicy(template.getPolicy());
            p.setDeliveredBy(template.getDeliveredBy());
            p.setVisit(template.getVisit());
            p.setRetailer(r);
            chunk.add(p);
        }
        tx.insertAll(chunk);
    }

    private static void check(PublicityRecord record, Store store) {
        List<String> problems = problems(record, store);
        if (!problems.isEmpty()) {
            throw new PublicityException(NLS.bind(Messages.Record_invalid, String.join(Messages.Problems_separator, problems)));
        }
    }
}
