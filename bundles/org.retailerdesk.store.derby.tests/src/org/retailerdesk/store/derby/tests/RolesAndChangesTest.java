package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Visit;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.AllocationQueries;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.AuditTrail;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.Entities;
import org.retailerdesk.store.PublicityQueries;
import org.retailerdesk.store.RetailerQueries;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreChange;
import org.retailerdesk.store.StoreChanges;
import org.retailerdesk.store.VisitQueries;

/** The store's roles, the changes it announces, and the one actor it writes as. */
public class RolesAndChangesTest extends StoreTestBase {

    @Test
    public void everyRoleIsOfferedAndAnUnknownOneIsRefused() {
        for (Class<?> role : List.of(Store.class, Entities.class, RetailerQueries.class, BulkLoad.class,
                AuditTrail.class, StoreChanges.class, PublicityQueries.class, AllocationQueries.class,
                VisitQueries.class)) {
            assertTrue(role.isInstance(store.role(role)), role.getName());
        }
        assertSame(store.role(RetailerQueries.class), store.retailers());
        assertThrows(IllegalArgumentException.class, () -> store.role(Runnable.class));
    }

    @Test
    public void aCommittedWriteIsAnnouncedWithWhatItWroteAndAFailedOneIsNot() {
        List<StoreChange> heard = new ArrayList<>();
        Consumer<StoreChange> listener = heard::add;
        store.changes().addListener(listener);
        Retailer r = (Retailer) fixtures.saved(Fixtures.P.getRetailer());
        heard.clear();

        Visit v = (Visit) fixtures.create(Fixtures.P.getVisit());
        store.write(tx -> {
            tx.insert(v);
            Retailer edit = tx.get(Retailer.class, r.getId());
            edit.setShopName(edit.getShopName() + "·"); //$NON-NLS-1$
            return tx.update(edit);
        });
        assertEquals(1, heard.size());
        StoreChange change = heard.get(0);
        assertEquals(Set.of(Visit.class, Retailer.class), change.types());
        assertEquals(2, change.entities());
        assertTrue(change.touches(Entity.class), "a supertype is touched too");
        assertFalse(change.touches(District.class));

        heard.clear();
        Retailer stale = store.get(Retailer.class, r.getId());
        stale.setVersion(stale.getVersion() - 1);
        stale.setShopName("过期的副本"); //$NON-NLS-1$
        assertThrows(RuntimeException.class, () -> store.update(stale));
        assertTrue(heard.isEmpty(), "a rolled-back write announces nothing: " + heard);

        Retailer unchanged = store.get(Retailer.class, r.getId());
        store.update(unchanged);
        assertTrue(heard.isEmpty(), "a write that changed nothing announces nothing: " + heard);

        store.bulk().bulkInsert(Visit.class, List.of((Visit) fixtures.create(Fixtures.P.getVisit()),
                (Visit) fixtures.create(Fixtures.P.getVisit())));
        assertEquals(List.of(new StoreChange(Set.of(Visit.class), 2)), heard);

        store.changes().removeListener(listener);
        heard.clear();
        store.insert((Visit) fixtures.create(Fixtures.P.getVisit()));
        assertTrue(heard.isEmpty());
    }

    @Test
    public void aFailingListenerDoesNotUndoTheWriteNorSilenceTheOthers() {
        Visit v = (Visit) fixtures.create(Fixtures.P.getVisit());
        List<StoreChange> heard = new ArrayList<>();
        store.changes().addListener(c -> {
            throw new IllegalStateException("listener broken"); //$NON-NLS-1$
        });
        store.changes().addListener(heard::add);
        store.insert(v);
        assertEquals(1, heard.size());
        assertEquals(v.getNote(), store.get(Visit.class, v.getId()).getNote());
    }

    @Test
    public void writesAreAuditedAsTheSignedInUserWhateverUserNameSays() {
        String before = System.getProperty("user.name"); //$NON-NLS-1$
        try {
            temp.signInAs("zhaoliu", null, Role.SUPERVISOR); //$NON-NLS-1$
            System.setProperty("user.name", "someone-typed-this"); //$NON-NLS-1$ //$NON-NLS-2$
            Retailer r = (Retailer) fixtures.saved(Fixtures.P.getRetailer());
            List<AuditEntry> trail = store.audit().auditTrail(r.getId(), 0, 100).rows();
            assertFalse(trail.isEmpty());
            assertTrue(trail.stream().allMatch(a -> a.actor().equals("zhaoliu")), trail.toString()); //$NON-NLS-1$
            assertEquals("zhaoliu", store.users().signedIn().user()); //$NON-NLS-1$
            store.users().signOut();
            assertThrows(StoreException.class, () -> store.insert(fixtures.create(Fixtures.P.getRetailer())),
                    "nobody signed in: refused"); //$NON-NLS-1$
        } finally {
            System.setProperty("user.name", before); //$NON-NLS-1$
        }
    }
}
