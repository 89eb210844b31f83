package org.retailerdesk.publicity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.publicity.PublicityException;
import org.retailerdesk.publicity.PublicityRecords;
import org.retailerdesk.publicity.internal.Messages;
import org.retailerdesk.security.Role;
import org.retailerdesk.testsupport.TempStore;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.DuplicateKeyException;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.StoreException;

/** Recording one retailer, a group meeting (all or nothing), corrections and deletions that keep their history. */
public class RecordsTest extends PublicityTestBase {

    @Test
    public void aCorrectionKeepsTheOldValuesInTheAuditTrail() {
        Policy policy = savedPolicy(""); //$NON-NLS-1$
        Retailer retailer = allRetailers().get(3);
        PublicityRecord stored = PublicityRecords.record(store, newRecord(retailer, policy, TODAY.minusDays(3)));
        assertTrue(stored.getId() > 0);

        PublicityRecord edited = store.get(PublicityRecord.class, stored.getId());
        edited.setAcknowledgement(Acknowledgement.REFUSED);
        edited.setNote("店主拒绝签字"); //$NON-NLS-1$
        TempStore.signInAs(store, "supervisor", null, Role.SUPERVISOR); //$NON-NLS-1$
        PublicityRecords.correct(store, edited);

        PublicityRecord now = store.get(PublicityRecord.class, stored.getId());
        assertEquals(Acknowledgement.REFUSED, now.getAcknowledgement());
        List<AuditEntry> trail = store.audit().auditTrail(retailer.getId(), 0, 50).rows();
        AuditEntry ack = trail.stream().filter(a -> a.entityId() == stored.getId() && a.action() == AuditAction.UPDATE
                && "acknowledgement".equals(a.field())).findFirst().orElseThrow(); //$NON-NLS-1$
        assertEquals("SIGNED", ack.oldValue()); //$NON-NLS-1$
        assertEquals("REFUSED", ack.newValue()); //$NON-NLS-1$
        assertEquals("supervisor", ack.actor()); //$NON-NLS-1$
        AuditEntry note = trail.stream().filter(a -> a.entityId() == stored.getId() && a.action() == AuditAction.UPDATE
                && "note".equals(a.field())).findFirst().orElseThrow(); //$NON-NLS-1$
        assertEquals("当面讲解", note.oldValue()); //$NON-NLS-1$
    }

    @Test
    public void aDeletionNeedsAReasonAndKeepsTheRecordInTheAuditTrail() {
        Policy policy = savedPolicy(""); //$NON-NLS-1$
        Retailer retailer = allRetailers().get(5);
        PublicityRecord stored = PublicityRecords.record(store, newRecord(retailer, policy, TODAY));

        PublicityException noReason = assertThrows(PublicityException.class,
                () -> PublicityRecords.delete(store, stored, "  ")); //$NON-NLS-1$
        assertEquals(Messages.Delete_noReason, noReason.getMessage());
        assertNotNull(store.get(PublicityRecord.class, stored.getId()), "nothing deleted without a reason"); //$NON-NLS-1$

        PublicityRecords.delete(store, stored, "录入错了零售户"); //$NON-NLS-1$
        assertNull(store.get(PublicityRecord.class, stored.getId()));
        List<AuditEntry> trail = store.audit().auditTrail(retailer.getId(), 0, 50).rows();
        AuditEntry reason = trail.stream().filter(a -> a.entityId() == stored.getId()
                && a.action() == AuditAction.DELETE_REASON).findFirst().orElseThrow();
        assertEquals("录入错了零售户", reason.newValue()); //$NON-NLS-1$
        assertEquals("PublicityRecord", reason.entityType()); //$NON-NLS-1$
        AuditEntry oldPolicy = trail.stream().filter(a -> a.entityId() == stored.getId()
                && a.action() == AuditAction.DELETE && "policy".equals(a.field())).findFirst().orElseThrow(); //$NON-NLS-1$
        assertEquals(Long.toString(policy.getId()), oldPolicy.oldValue());
    }

    @Test
    public void aGroupMeetingIsRecordedForEverySelectedRetailer() {
        Policy policy = savedPolicy(""); //$NON-NLS-1$
        List<Retailer> selected = allRetailers().subList(10, 60);
        PublicityRecord meeting = newRecord(null, policy, TODAY.minusDays(1));
        long stored = PublicityRecords.recordMeeting(store, meeting, selected, new NullProgressMonitor());
        assertEquals(50, stored);
        for (Retailer r : selected) {
            List<PublicityRecord> records = store.findBy(PublicityRecord.class, r.getId()).stream()
                    .filter(p -> p.getPolicy().getId() == policy.getId()).toList();
            assertEquals(1, records.size());
            assertEquals(PublicityChannel.GROUP_MEETING, records.get(0).getChannel());
            assertEquals(TODAY.minusDays(1), records.get(0).getDate());
            assertEquals(Acknowledgement.SIGNED, records.get(0).getAcknowledgement());
        }
    }

    @Test
    public void aGroupMeetingOfAQueryRecordsEveryMatchingRetailer() {
        Policy policy = savedPolicy(""); //$NON-NLS-1$
        District district = store.findAll(District.class).get(1);
        RetailerQuery query = RetailerQuery.all().withDistrict(district.getId());
        long stored = PublicityRecords.recordMeeting(store, newRecord(null, policy, TODAY), query,
                new NullProgressMonitor());
        assertEquals(store.retailers().count(query), stored);
        assertTrue(stored > 10);
        assertEquals(stored, recordsOf(policy));
        assertEquals(0, store.retailers().count(query.withNotTold(new RetailerQuery.NotTold(policy.getId(), null, null))));
    }

    @Test
    public void aFailureInTheMiddleOfAMeetingStoresNothing() {
        Policy policy = savedPolicy(""); //$NON-NLS-1$
        List<Retailer> all = allRetailers();
        // a retailer deleted after it was selected: its record breaks the foreign key half-way through
        Retailer gone = store.insert(copyOf(all.get(0), "990000000001")); //$NON-NLS-1$
        store.delete(store.get(Retailer.class, gone.getId()));
        List<Retailer> selected = new ArrayList<>(all);
        selected.addAll(all.subList(0, 300));
        selected.add(gone);
        selected.addAll(all.subList(300, 700));
        assertTrue(selected.size() > 1000, "more than one chunk before the failure"); //$NON-NLS-1$
        assertThrows(StoreException.class, () -> PublicityRecords.recordMeeting(store, 
                newRecord(null, policy, TODAY), selected, new NullProgressMonitor()));
        assertEquals(0, recordsOf(policy), "all or nothing"); //$NON-NLS-1$
    }

    /**
     * A meeting refused part-way stores nothing: the selection names every retailer three times, so
     * the records of the second round collide with the first round's key (retailer, date, policy)
     * inside the transaction; and a cancelled meeting stores nothing either.
     */
    @Test
    public void aMeetingRefusedPartWayOrCancelledStoresNothing() {
        Policy policy = savedPolicy(""); //$NON-NLS-1$
        List<Retailer> all = allRetailers();
        List<Retailer> selected = new ArrayList<>(all);
        selected.addAll(all);
        selected.addAll(all);
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> PublicityRecords.recordMeeting(store, newRecord(null, policy, TODAY), selected, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("publicity record"), e.getMessage()); //$NON-NLS-1$
        assertEquals(0, recordsOf(policy));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> PublicityRecords.recordMeeting(store, newRecord(null, policy, TODAY), all, cancelled));
        assertEquals(0, recordsOf(policy));
    }

    @Test
    public void badRecordsAreRefusedWithAClearMessageAndNothingIsStored() {
        Policy policy = savedPolicy(""); //$NON-NLS-1$
        Retailer retailer = allRetailers().get(7);
        long before = store.findBy(PublicityRecord.class, retailer.getId()).size();

        PublicityException none = assertThrows(PublicityException.class, () -> PublicityRecords.recordMeeting(store,
                newRecord(null, policy, TODAY), List.of(), new NullProgressMonitor()));
        assertEquals(Messages.Bulk_noRetailers, none.getMessage());

        Policy unknown = newPolicy(""); //$NON-NLS-1$
        unknown.setId(987_654_321L);
        PublicityException notInCatalogue = assertThrows(PublicityException.class,
                () -> PublicityRecords.record(store, newRecord(retailer, unknown, TODAY)));
        assertTrue(notInCatalogue.getMessage().contains("987654321"), notInCatalogue.getMessage()); //$NON-NLS-1$

        PublicityRecord noPolicy = newRecord(retailer, null, TODAY);
        PublicityException missing = assertThrows(PublicityException.class,
                () -> PublicityRecords.record(store, noPolicy));
        assertTrue(missing.getMessage().contains(Messages.Record_noPolicy), missing.getMessage());

        PublicityRecord future = newRecord(retailer, policy, TODAY.plusDays(3));
        future.setDeliveredBy(null);
        PublicityException twoProblems = assertThrows(PublicityException.class,
                () -> PublicityRecords.record(store, future));
        assertTrue(twoProblems.getMessage().contains(TODAY.plusDays(3).toString()), twoProblems.getMessage());

        assertEquals(before, store.findBy(PublicityRecord.class, retailer.getId()).size());
        assertEquals(0, recordsOf(policy));
    }

    private static Retailer copyOf(Retailer model, String code) {
        Retailer r = org.eclipse.emf.ecore.util.EcoreUtil.copy(model);
        r.setId(0);
        r.setVersion(0);
        r.setCustomerCode(code);
        r.setLicenceNumber(code);
        return r;
    }
}
