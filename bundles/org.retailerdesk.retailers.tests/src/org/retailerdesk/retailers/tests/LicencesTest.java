package org.retailerdesk.retailers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.retailerdesk.model.LicenceEvent;
import org.retailerdesk.model.LicenceEventKind;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.retailers.ChangeRefusedException;
import org.retailerdesk.retailers.Licences;
import org.retailerdesk.retailers.internal.Messages;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;

/**
 * Each licence event on a demo centre: what it changes on the retailer, the dated event it keeps,
 * its audit rows; and each rule that refuses one, after which nothing at all was written.
 */
public class LicencesTest {

    private static final LocalDate TODAY = FixedClock.TODAY;

    private TempStore temp;
    private Store store;
    private Licences licences;
    private List<Retailer> retailers;

    @BeforeEach
    void demoCentre() {
        temp = TempStore.withDemoCentre(60, 4);
        store = temp.store();
        licences = new Licences(store, FixedClock.CLOCK);
        retailers = store.retailers().findRetailers(RetailerQuery.all().page(0, 60)).rows().stream()
                .filter(r -> r.getStatus() == RetailerStatus.ACTIVE).toList();
    }

    @AfterEach
    void close() {
        temp.close();
    }

    private List<LicenceEvent> events(Retailer r) {
        return store.findBy(LicenceEvent.class, r.getId()).stream().sorted(Comparator.comparing(LicenceEvent::getDate)
                .thenComparingLong(LicenceEvent::getId)).toList();
    }

    private List<AuditEntry> audit(Retailer r) {
        return store.audit().auditTrail(r.getId(), 0, 1000).rows();
    }

    @Test
    public void suspendResumeAndCancelChangeTheStatusAndKeepADatedHistory() {
        Retailer r = retailers.get(0);
        assertEquals(RetailerStatus.SUSPENDED,
                licences.suspend(r.getId(), TODAY.minusDays(30), "店面装修").getStatus()); //$NON-NLS-1$
        assertEquals(RetailerStatus.SUSPENDED, store.get(Retailer.class, r.getId()).getStatus());
        assertEquals(RetailerStatus.ACTIVE, licences.resume(r.getId(), TODAY.minusDays(10), " ").getStatus());
        assertEquals(RetailerStatus.CLOSED, licences.cancel(r.getId(), TODAY, "歇业").getStatus()); //$NON-NLS-1$
        Retailer stored = store.get(Retailer.class, r.getId());
        assertEquals(RetailerStatus.CLOSED, stored.getStatus());
        assertEquals(r.getVersion() + 3, stored.getVersion());

        List<LicenceEvent> events = events(r);
        assertEquals(List.of(LicenceEventKind.SUSPENDED, LicenceEventKind.RESUMED, LicenceEventKind.CANCELLED),
                events.stream().map(LicenceEvent::getKind).toList());
        assertEquals(List.of(TODAY.minusDays(30), TODAY.minusDays(10), TODAY),
                events.stream().map(LicenceEvent::getDate).toList());
        assertEquals(List.of("ACTIVE", "SUSPENDED", "ACTIVE"), events.stream().map(LicenceEvent::getOldValue).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("SUSPENDED", "ACTIVE", "CLOSED"), events.stream().map(LicenceEvent::getNewValue).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("店面装修", events.get(0).getNote()); //$NON-NLS-1$
        assertNull(events.get(1).getNote(), "a blank note is no note"); //$NON-NLS-1$

        List<AuditEntry> statusChanges = audit(r).stream()
                .filter(a -> a.action() == AuditAction.UPDATE && "status".equals(a.field())).toList(); //$NON-NLS-1$
        assertEquals(List.of("ACTIVE>CLOSED", "SUSPENDED>ACTIVE", "ACTIVE>SUSPENDED"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                statusChanges.stream().map(a -> a.oldValue() + ">" + a.newValue()).toList(), "newest first"); //$NON-NLS-1$
        assertEquals(3, audit(r).stream().filter(a -> a.action() == AuditAction.INSERT
                && "LicenceEvent".equals(a.entityType()) && "kind".equals(a.field())).count()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    public void aNewLicenceNumberOrHolderKeepsTheOldOne() {
        Retailer r = retailers.get(1);
        String number = "370199000001"; //$NON-NLS-1$
        assertTrue(store.retailers().findRetailersByKeys(List.of(), List.of(number)).isEmpty());
        Retailer changed = licences.changeLicenceNumber(r.getId(), TODAY.minusDays(3), " " + number + " ", "换发新证"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(number, changed.getLicenceNumber());
        assertEquals(number, store.get(Retailer.class, r.getId()).getLicenceNumber());
        licences.changeHolder(r.getId(), TODAY, "赵新", null); //$NON-NLS-1$
        Retailer stored = store.get(Retailer.class, r.getId());
        assertEquals("赵新", stored.getOwner()); //$NON-NLS-1$
        assertEquals(RetailerStatus.ACTIVE, stored.getStatus(), "still in business"); //$NON-NLS-1$

        List<LicenceEvent> events = events(r);
        assertEquals(2, events.size());
        assertEquals(LicenceEventKind.LICENCE_NUMBER_CHANGED, events.get(0).getKind());
        assertEquals(r.getLicenceNumber(), events.get(0).getOldValue());
        assertEquals(number, events.get(0).getNewValue());
        assertEquals(LicenceEventKind.HOLDER_CHANGED, events.get(1).getKind());
        assertEquals(r.getOwner(), events.get(1).getOldValue());
        assertEquals("赵新", events.get(1).getNewValue()); //$NON-NLS-1$
        assertTrue(audit(r).stream().anyMatch(a -> "licenceNumber".equals(a.field()) //$NON-NLS-1$
                && r.getLicenceNumber().equals(a.oldValue()) && number.equals(a.newValue())));
    }

    /** What a refused event could have written: the retailer's version, its events and its audit rows. */
    private record Written(int version, int events, long auditRows) {
    }

    private Written written(Retailer r) {
        return new Written(store.get(Retailer.class, r.getId()).getVersion(), events(r).size(),
                store.audit().auditTrail(r.getId(), 0, 1).total());
    }

    /** The event is refused with a message containing {@code says}, and nothing was written. */
    private void refused(Retailer r, String says, Executable event) {
        Written before = written(r);
        ChangeRefusedException e = assertThrows(ChangeRefusedException.class, event);
        assertTrue(e.getMessage().contains(says), e.getMessage() + " should name " + says); //$NON-NLS-1$
        assertEquals(before, written(r), "nothing written by the refused event: " + e.getMessage()); //$NON-NLS-1$
    }

    @Test
    public void refusedEventsWriteNothing() {
        Retailer r = retailers.get(2);
        long id = r.getId();
        refused(r, r.getCustomerCode(), () -> licences.resume(id, TODAY, null));
        refused(r, TODAY.plusDays(1).toString(), () -> licences.suspend(id, TODAY.plusDays(1), null));
        refused(r, "12AB", () -> licences.changeLicenceNumber(id, TODAY, "12AB", null)); //$NON-NLS-1$ //$NON-NLS-2$
        Retailer other = retailers.get(3);
        refused(r, other.getCustomerCode(), () -> licences.changeLicenceNumber(id, TODAY, other.getLicenceNumber(), null));
        refused(r, r.getLicenceNumber(), () -> licences.changeLicenceNumber(id, TODAY, r.getLicenceNumber(), null));
        refused(r, ModelLabels.label(RetailerdeskPackage.Literals.RETAILER__OWNER), () -> licences.changeHolder(id, TODAY, "  ", null)); //$NON-NLS-1$
        refused(r, "50", () -> licences.changeHolder(id, TODAY, "王".repeat(51), null)); //$NON-NLS-1$ //$NON-NLS-2$
        refused(r, Messages.Licence_dateMissing, () -> licences.suspend(id, null, null));

        licences.suspend(id, TODAY.minusDays(5), null);
        refused(r, r.getCustomerCode(), () -> licences.suspend(id, TODAY, null));
        refused(r, TODAY.minusDays(5).toString(), () -> licences.resume(id, TODAY.minusDays(6), null));

        licences.cancel(id, TODAY.minusDays(1), null);
        for (LicenceEventKind kind : LicenceEventKind.VALUES) {
            refused(r, r.getCustomerCode(), () -> licences.record(id, kind, TODAY, "370199000002", null)); //$NON-NLS-1$
        }
        assertEquals(RetailerStatus.CLOSED, store.get(Retailer.class, id).getStatus(), "cancelling is final"); //$NON-NLS-1$
        assertEquals(2, events(r).size());
    }

    @Test
    public void theRefusalIsKnownBeforeTheEvent() {
        Retailer r = retailers.get(4);
        assertNull(Licences.refusal(r, LicenceEventKind.SUSPENDED));
        assertNotNull(Licences.refusal(r, LicenceEventKind.RESUMED));
        assertNull(Licences.refusal(r, LicenceEventKind.CANCELLED));
        assertNull(Licences.refusal(r, LicenceEventKind.HOLDER_CHANGED));
        r.setStatus(RetailerStatus.SUSPENDED);
        assertNotNull(Licences.refusal(r, LicenceEventKind.SUSPENDED));
        assertNull(Licences.refusal(r, LicenceEventKind.RESUMED));
        assertNull(Licences.refusal(r, LicenceEventKind.LICENCE_NUMBER_CHANGED));
        r.setStatus(RetailerStatus.CLOSED);
        for (LicenceEventKind kind : LicenceEventKind.VALUES) {
            assertNotNull(Licences.refusal(r, kind), kind.getName());
        }
        assertFalse(Licences.takesValue(LicenceEventKind.CANCELLED));
        assertTrue(Licences.takesValue(LicenceEventKind.HOLDER_CHANGED));
    }
}
