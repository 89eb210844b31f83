package org.retailerdesk.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.derby.internal.DerbyStore;

/**
 * Two workstations saving the same retailer, allocation round and policy at once, {@value #RACES}
 * times each: every race has one winner and one loser told by a {@link org.retailerdesk.store.ConflictException},
 * none a silent overwrite ({@code ./bench centre} runs 1 000).
 */
public class SaveRaceTest {

    private static final int RACES = 100;
    private static Centre centre;
    private static DerbyStore alice;
    private static DerbyStore bob;

    @BeforeAll
    public static void start() {
        centre = Centre.withDemoCentre(20);
        alice = centre.workstation("alice", null, Role.CENTRE_STAFF); //$NON-NLS-1$
        bob = centre.workstation("bob", null, Role.CENTRE_STAFF); //$NON-NLS-1$
    }

    @AfterAll
    public static void stop() {
        centre.close();
    }

    private static void assertNoSilentOverwrite(SaveRaces.Outcome o) {
        assertEquals(new SaveRaces.Outcome(RACES, RACES, RACES, 0, 0), o,
                "every race: one save, one conflict, the winner's value stored");
    }

    @Test
    public void retailerSaves() throws Exception {
        long id = alice.findAll(Retailer.class).get(3).getId();
        assertNoSilentOverwrite(SaveRaces.run(alice, bob, Retailer.class, id, RACES, Retailer::setShopName,
                Retailer::getShopName));
    }

    @Test
    public void roundSaves() throws Exception {
        long id = SaveRaces.newRound(alice).getId();
        assertNoSilentOverwrite(SaveRaces.run(alice, bob, AllocationRound.class, id, RACES, AllocationRound::setTitle,
                AllocationRound::getTitle));
    }

    @Test
    public void policySaves() throws Exception {
        long id = alice.findAll(Policy.class).get(0).getId();
        assertNoSilentOverwrite(SaveRaces.run(alice, bob, Policy.class, id, RACES, Policy::setTitle, Policy::getTitle));
    }
}
