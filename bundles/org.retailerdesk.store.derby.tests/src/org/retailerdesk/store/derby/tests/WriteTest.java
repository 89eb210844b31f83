package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.retailerdesk.model.District;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Visit;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.DuplicateKeyException;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.StoreException;

/** Optimistic locking, the audit trail, and all-or-nothing units of work. */
public class WriteTest extends StoreTestBase {

    @Test
    public void staleSaveIsRefusedAndChangesNothing() throws Exception {
        Retailer saved = (Retailer) fixtures.saved(Fixtures.P.getRetailer());
        Retailer mine = store.get(Retailer.class, saved.getId());
        Retailer theirs = store.get(Retailer.class, saved.getId());
        theirs.setShopName("他们的店"); //$NON-NLS-1$
        store.update(theirs);
        long auditRows = sqlLong("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$

        mine.setShopName("我的店"); //$NON-NLS-1$
        ConflictException e = assertThrows(ConflictException.class, () -> store.update(mine));
        assertEquals("Retailer", e.entityType()); //$NON-NLS-1$
        assertEquals(saved.getId(), e.id());
        assertEquals(1, e.expectedVersion());
        assertEquals(2, e.actualVersion());
        assertTrue(e.getMessage().contains(Long.toString(saved.getId())) && e.getMessage().contains("2"), //$NON-NLS-1$
                e.getMessage());
        assertEquals(1, mine.getVersion(), "the refused copy keeps its version");

        Retailer stored = store.get(Retailer.class, saved.getId());
        assertEquals("他们的店", stored.getShopName()); //$NON-NLS-1$
        assertEquals(2, stored.getVersion());
        assertEquals(auditRows, sqlLong("SELECT COUNT(*) FROM RD_AUDIT"), "no audit for a refused save"); //$NON-NLS-1$
        assertThrows(ConflictException.class, () -> store.delete(mine));
        assertEquals("他们的店", store.get(Retailer.class, saved.getId()).getShopName()); //$NON-NLS-1$
    }

    @Test
    public void savingADeletedEntityIsAConflict() {
        District d = store.insert((District) fixtures.create(Fixtures.P.getDistrict()));
        District copy = store.get(District.class, d.getId());
        store.delete(d);
        copy.setName("x"); //$NON-NLS-1$
        ConflictException e = assertThrows(ConflictException.class, () -> store.update(copy));
        assertEquals(ConflictException.DELETED, e.actualVersion());
        assertNull(store.get(District.class, d.getId()));
    }

    @Test
    public void theTrailOfAnEntityThatBelongsToNoRetailerListsItsOwnRowsNewestFirst() {
        District d = store.insert((District) fixtures.create(Fixtures.P.getDistrict()));
        District other = store.insert((District) fixtures.create(Fixtures.P.getDistrict()));
        District edit = store.get(District.class, d.getId());
        edit.setName("新区名"); //$NON-NLS-1$
        store.update(edit);

        Page<AuditEntry> trail = store.audit().entityTrail(Fixtures.P.getDistrict(), d.getId(), 0, 1);
        assertEquals(1, trail.rows().size());
        AuditEntry newest = trail.rows().get(0);
        assertEquals(AuditAction.UPDATE, newest.action());
        assertEquals(List.of("name", d.getName(), "新区名"), List.of(newest.field(), newest.oldValue(), newest.newValue())); //$NON-NLS-1$ //$NON-NLS-2$
        List<AuditEntry> all = store.audit().entityTrail(Fixtures.P.getDistrict(), d.getId(), 0, 1000).rows();
        assertEquals(trail.total(), all.size());
        assertTrue(all.stream().allMatch(a -> a.entityId() == d.getId() && a.entityType().equals("District")), //$NON-NLS-1$
                "only its own rows, not the other district's " + other.getId()); //$NON-NLS-1$
        assertEquals(AuditAction.INSERT, all.get(all.size() - 1).action());
    }

    @Test
    public void auditRecordsOldAndNewValueOfEachChangedField() {
        Retailer r = (Retailer) fixtures.saved(Fixtures.P.getRetailer());
        Page<AuditEntry> created = store.audit().auditTrail(r.getId(), 0, 1000);
        assertTrue(created.rows().stream().allMatch(a -> a.action() == AuditAction.INSERT && a.oldValue() == null));
        assertTrue(created.rows().stream().anyMatch(a -> a.field().equals("shopName") //$NON-NLS-1$
                && a.newValue().equals(r.getShopName())));

        Retailer edit = store.get(Retailer.class, r.getId());
        String oldName = edit.getShopName();
        int oldGrade = edit.getGrade();
        edit.setShopName("新店名"); //$NON-NLS-1$
        edit.setGrade(oldGrade == 30 ? 1 : oldGrade + 1);
        temp.signInAs("zhangsan", null, Role.CENTRE_STAFF); //$NON-NLS-1$
        store.update(edit);

        List<AuditEntry> trail = store.audit().auditTrail(r.getId(), 0, 2).rows();
        assertEquals(2, trail.size());
        Map<String, AuditEntry> byField = trail.stream().collect(Collectors.toMap(AuditEntry::field, a -> a));
        assertEquals(Map.of("shopName", List.of(oldName, "新店名"), "grade", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of(Integer.toString(oldGrade), Integer.toString(edit.getGrade()))),
                byField.values().stream().collect(Collectors.toMap(AuditEntry::field,
                        a -> List.of(a.oldValue(), a.newValue()))));
        for (AuditEntry a : trail) {
            assertEquals(AuditAction.UPDATE, a.action());
            assertEquals("zhangsan", a.actor()); //$NON-NLS-1$
            assertEquals("Retailer", a.entityType()); //$NON-NLS-1$
            assertEquals(r.getId(), a.entityId());
            assertEquals(r.getId(), a.retailerId());
        }
        assertTrue(trail.get(0).id() > trail.get(1).id(), "newest first");
        assertEquals(created.total() + 2, store.audit().auditTrail(r.getId(), 0, 1).total());

        // a record that belongs to the retailer shows in its trail, deletions keep the last values
        Visit v = store.insert((Visit) fixtures.create(Fixtures.P.getVisit()));
        store.delete(v);
        List<AuditEntry> latest = store.audit().auditTrail(r.getId(), 0, 1000).rows();
        AuditEntry deletedNote = latest.stream().filter(a -> a.action() == AuditAction.DELETE && "note".equals(a.field())) //$NON-NLS-1$
                .findFirst().orElseThrow();
        assertEquals("Visit", deletedNote.entityType()); //$NON-NLS-1$
        assertEquals(v.getNote(), deletedNote.oldValue());
        assertNull(deletedNote.newValue());
        assertEquals(r.getId(), deletedNote.retailerId());
    }

    @Test
    public void updateWithoutChangesWritesNothing() throws Exception {
        District d = store.insert((District) fixtures.create(Fixtures.P.getDistrict()));
        long audit = sqlLong("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$
        store.update(d);
        assertEquals(1, d.getVersion());
        assertEquals(audit, sqlLong("SELECT COUNT(*) FROM RD_AUDIT")); //$NON-NLS-1$
    }

    @Test
    public void failureInsideAUnitOfWorkLeavesNothingWritten() throws Exception {
        Retailer existing = (Retailer) fixtures.saved(Fixtures.P.getRetailer());
        long retailers = sqlLong("SELECT COUNT(*) FROM RD_RETAILER"); //$NON-NLS-1$
        long audit = sqlLong("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$
        long tokens = sqlLong("SELECT COUNT(*) FROM RD_RETAILER_TOKEN"); //$NON-NLS-1$
        long counted = store.retailers().count(org.retailerdesk.store.RetailerQuery.all());

        Retailer first = (Retailer) fixtures.create(Fixtures.P.getRetailer());
        first.setCustomerCode("NEW-1"); //$NON-NLS-1$
        PriorityHousehold household = (PriorityHousehold) fixtures.create(Fixtures.P.getPriorityHousehold());
        Retailer duplicate = (Retailer) fixtures.create(Fixtures.P.getRetailer());
        duplicate.setCustomerCode(existing.getCustomerCode());
        Retailer edited = store.get(Retailer.class, existing.getId());
        edited.setShopName("不该保存"); //$NON-NLS-1$

        StoreException e = assertThrows(StoreException.class, () -> store.write(tx -> {
            tx.insert(first);
            household.setRetailer(first);
            tx.insert(household);
            tx.update(edited);
            assertTrue(tx.get(Retailer.class, first.getId()) != null, "the unit of work sees its own insert");
            tx.insert(duplicate); // violates UQ_RETAILER_CUSTOMER_CODE
            return null;
        }));
        assertTrue(e instanceof DuplicateKeyException && e.getMessage().contains("customer code"), e.getMessage()); //$NON-NLS-1$

        assertEquals(retailers, sqlLong("SELECT COUNT(*) FROM RD_RETAILER")); //$NON-NLS-1$
        assertEquals(0, sqlLong("SELECT COUNT(*) FROM RD_RETAILER WHERE CUSTOMER_CODE = 'NEW-1'")); //$NON-NLS-1$
        assertEquals(0, sqlLong("SELECT COUNT(*) FROM RD_PRIORITY_HOUSEHOLD")); //$NON-NLS-1$
        assertEquals(audit, sqlLong("SELECT COUNT(*) FROM RD_AUDIT"), "no audit rows"); //$NON-NLS-1$
        assertEquals(tokens, sqlLong("SELECT COUNT(*) FROM RD_RETAILER_TOKEN")); //$NON-NLS-1$
        assertEquals(counted, store.retailers().count(org.retailerdesk.store.RetailerQuery.all()));
        assertEquals(existing.getShopName(), store.get(Retailer.class, existing.getId()).getShopName());
        assertEquals(0, first.getId(), "ids given in the failed unit of work are taken back");
        assertEquals(1, edited.getVersion());

        store.write(tx -> tx.insert(first));
        assertTrue(first.getId() > 0, "and the objects can be saved again");
    }

    @Test
    public void insertAllCommitsWithItsUnitOfWorkOrNotAtAll() throws Exception {
        Retailer retailer = (Retailer) fixtures.saved(Fixtures.P.getRetailer());
        long audit = sqlLong("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$
        int rows = BulkLoad.BULK_CHUNK * 2 + 7;
        List<Visit> visits = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Visit v = (Visit) fixtures.create(Fixtures.P.getVisit());
            v.setRetailer(retailer);
            // one visit a day: a retailer, a date and a visitor identify a visit
            v.setDate(java.time.LocalDate.of(2020, 1, 1).plusDays(i));
            visits.add(v);
        }
        Visit unsaved = (Visit) fixtures.create(Fixtures.P.getVisit());
        unsaved.setRetailer((Retailer) fixtures.create(Fixtures.P.getRetailer()));
        List<Visit> broken = new java.util.ArrayList<>(visits);
        broken.add(unsaved); // refers to an unsaved retailer: fails after two chunks went in
        assertThrows(StoreException.class, () -> store.write(tx -> {
            for (int from = 0; from < broken.size(); from += BulkLoad.BULK_CHUNK) {
                tx.insertAll(broken.subList(from, Math.min(broken.size(), from + BulkLoad.BULK_CHUNK)));
            }
            return null;
        }));
        assertEquals(0, sqlLong("SELECT COUNT(*) FROM RD_VISIT")); //$NON-NLS-1$
        assertEquals(audit, sqlLong("SELECT COUNT(*) FROM RD_AUDIT")); //$NON-NLS-1$
        assertTrue(visits.stream().allMatch(v -> v.getId() == 0), "ids taken back"); //$NON-NLS-1$

        store.write(tx -> {
            for (int from = 0; from < visits.size(); from += BulkLoad.BULK_CHUNK) {
                tx.insertAll(visits.subList(from, Math.min(visits.size(), from + BulkLoad.BULK_CHUNK)));
            }
            return null;
        });
        assertEquals(rows, sqlLong("SELECT COUNT(*) FROM RD_VISIT")); //$NON-NLS-1$
        assertEquals(3, sqlLong("SELECT COUNT(*) FROM RD_AUDIT WHERE ACTION = 'BULK_INSERT'"), "one audit row per chunk"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(rows, store.findBy(Visit.class, retailer.getId()).size());
    }

    @Test
    public void aRevealIsInTheRetailersTrailWithActorFieldAndReason() {
        PriorityHousehold h = (PriorityHousehold) fixtures.create(Fixtures.P.getPriorityHousehold());
        h.setEvidenceNumber("370102198001011234"); //$NON-NLS-1$
        store.insert(h);
        long retailerId = h.getRetailer().getId();
        long before = store.audit().auditTrail(retailerId, 0, 1).total();

        PriorityHousehold read = store.get(PriorityHousehold.class, h.getId());
        assertNotEquals(h.getEvidenceNumber(), read.getEvidenceNumber(), "a read gives the number masked");
        temp.signInAs("wangwu", null, Role.SUPERVISOR); //$NON-NLS-1$
        assertEquals(h.getEvidenceNumber(), store.audit().reveal(read, "evidenceNumber", "  复核残疾人证  ")); //$NON-NLS-1$ //$NON-NLS-2$

        Page<AuditEntry> trail = store.audit().auditTrail(retailerId, 0, 1);
        assertEquals(before + 1, trail.total());
        AuditEntry reveal = trail.rows().get(0);
        assertEquals(AuditAction.REVEAL, reveal.action());
        assertEquals("wangwu", reveal.actor()); //$NON-NLS-1$
        assertEquals("PriorityHousehold", reveal.entityType()); //$NON-NLS-1$
        assertEquals(h.getId(), reveal.entityId());
        assertEquals(retailerId, reveal.retailerId());
        assertEquals("evidenceNumber", reveal.field()); //$NON-NLS-1$
        assertNull(reveal.oldValue());
        assertEquals("复核残疾人证", reveal.newValue()); //$NON-NLS-1$
        // a read leaves the household as it was
        assertEquals(h.getVersion(), store.get(PriorityHousehold.class, h.getId()).getVersion());
    }

    @Test
    public void aRevealWithoutReasonOrOfAnUnsavedRecordWritesNothing() throws Exception {
        PriorityHousehold h = (PriorityHousehold) fixtures.saved(Fixtures.P.getPriorityHousehold());
        long rows = sqlLong("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> store.audit().reveal(h, "evidenceNumber", " ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertThrows(IllegalArgumentException.class, () -> store.audit().reveal(h, "noSuchField", "核对")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        PriorityHousehold unsaved = (PriorityHousehold) fixtures.create(Fixtures.P.getPriorityHousehold());
        assertThrows(StoreException.class, () -> store.audit().reveal(unsaved, "evidenceNumber", "核对")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(rows, sqlLong("SELECT COUNT(*) FROM RD_AUDIT")); //$NON-NLS-1$
    }
}
