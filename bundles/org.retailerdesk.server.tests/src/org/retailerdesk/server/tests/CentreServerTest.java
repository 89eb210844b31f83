package org.retailerdesk.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.security.Role;
import org.retailerdesk.server.internal.CentreServer;
import org.retailerdesk.store.Connectivity;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.SignInException;
import org.retailerdesk.store.StoreChange;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/** Workstations on a real network server on 127.0.0.1: shared data, accounts, refusals, a lost server. */
public class CentreServerTest {

    /** How long a workstation waits between reconnection attempts (ServerLink's period). */
    private static final long RETRY_SECONDS = 3;

    /** One centre for the class: making its demo database is most of a test's time. */
    private static Centre centre;

    @BeforeAll
    public static void start() {
        centre = Centre.withDemoCentre(60);
    }

    @AfterAll
    public static void stop() {
        centre.close();
    }

    @Test
    public void aWorkstationOpensTheServersDatabaseAndSaysWhereItIs() {
        DerbyStore ws = centre.workstation("gus", null, Role.CENTRE_STAFF); //$NON-NLS-1$
        StoreInfo info = ws.open();
        assertNull(info.location(), "a workstation has no database folder");
        assertEquals(centre.server().address(), info.server());
        assertEquals(info.server(), info.where());
        assertTrue(info.where().startsWith("//127.0.0.1:"), info.where()); //$NON-NLS-1$
        assertEquals(60, ws.retailers().count(RetailerQuery.all()), "the server's retailers");
        assertThrows(StoreException.class, () -> new DerbyStore(Path.of("/tmp"), "not-an-address")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    public void workstationsSeeEachOthersWritesAndHearOfThemWithinFiveSeconds() throws Exception {
        DerbyStore alice = centre.workstation("alice", null, Role.CENTRE_STAFF); //$NON-NLS-1$
        DerbyStore bob = centre.workstation("bob", null, Role.CENTRE_STAFF); //$NON-NLS-1$
        BlockingQueue<StoreChange> heardByAlice = new LinkedBlockingQueue<>();
        BlockingQueue<StoreChange> heardByBob = new LinkedBlockingQueue<>();
        alice.changes().addListener(heardByAlice::add);
        bob.changes().addListener(heardByBob::add);
        // the pollers take their first look (the newest audit id) before the writes
        Thread.sleep(2500);

        Retailer r = alice.findAll(Retailer.class).get(0);
        r.setShopName("爱丽丝的新店名"); //$NON-NLS-1$
        alice.update(r);
        assertEquals("爱丽丝的新店名", bob.get(Retailer.class, r.getId()).getShopName()); //$NON-NLS-1$
        long sent = System.nanoTime();
        StoreChange heard = heardByBob.poll(5, TimeUnit.SECONDS);
        assertNotNull(heard, "bob hears of alice's write within 5 s");
        assertTrue(heard.touches(Retailer.class), heard.toString());
        assertTrue(System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(5));

        Policy p = bob.findAll(Policy.class).get(0);
        p.setTitle("鲍勃改的标题"); //$NON-NLS-1$
        bob.update(p);
        assertEquals("鲍勃改的标题", alice.get(Policy.class, p.getId()).getTitle()); //$NON-NLS-1$
        StoreChange first = heardByAlice.poll(5, TimeUnit.SECONDS);
        assertTrue(first != null && first.touches(Retailer.class) && !first.touches(Policy.class),
                "alice heard her own write first, once: " + first);
        StoreChange second = heardByAlice.poll(5, TimeUnit.SECONDS);
        assertTrue(second != null && second.touches(Policy.class), "then bob's: " + second);

        // two more polls: neither hears its own write again, nor the other's twice
        Thread.sleep(2 * 2500);
        List<StoreChange> moreForBob = List.copyOf(heardByBob);
        assertEquals(1, moreForBob.size(), "bob heard his own write once and alice's nothing more: " + moreForBob);
        assertTrue(moreForBob.get(0).touches(Policy.class));
        assertTrue(heardByAlice.isEmpty(), heardByAlice.toString());
    }

    @Test
    public void anAccountCreatedOnAWorkstationSignsInOnceTheServersAgentGaveItsRole() throws Exception {
        DerbyStore chief = centre.workstation("chief", null, Role.ADMINISTRATOR); //$NON-NLS-1$
        chief.users().create(UserAccount.of("dora", "Dora", Set.of(Role.CENTRE_STAFF), null), //$NON-NLS-1$ //$NON-NLS-2$
                TempStore.passwordOf("dora")); //$NON-NLS-1$
        DerbyStore ws = centre.workstation();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                ws.users().signIn("dora", TempStore.passwordOf("dora")); //$NON-NLS-1$ //$NON-NLS-2$
                break;
            } catch (SignInException e) {
                throw e;
            } catch (StoreException notReadyYet) {
                assertTrue(System.nanoTime() < deadline, "the agent gives the role within a few seconds: " + notReadyYet);
                Thread.sleep(200);
            }
        }
        assertEquals("dora", ws.users().current().user()); //$NON-NLS-1$
        assertEquals(60, ws.retailers().count(RetailerQuery.all()), "she reads the tables through her Derby role");
    }

    @Test
    public void aWrongPasswordOverTheNetworkIsRefused() {
        centre.account("erin", null, Role.CENTRE_STAFF); //$NON-NLS-1$
        DerbyStore ws = centre.workstation();
        SignInException e = assertThrows(SignInException.class,
                () -> ws.users().signIn("erin", "not-her-password".toCharArray())); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(SignInException.Reason.WRONG_PASSWORD, e.reason());
        assertNull(ws.users().current());
        assertThrows(StoreException.class, () -> ws.findAll(Retailer.class), "nothing is read before a sign-in");
        assertTrue(ws.role(Connectivity.class).online(), "a refusal is not a lost server");
    }

    @Test
    public void theServerRefusesToListenOnAnythingButTheLoopbackAddressInTests() throws Exception {
        assertTrue(Boolean.getBoolean(CentreServer.LOOPBACK_ONLY), "set for every test JVM by the build");
        StoreException e = assertThrows(StoreException.class,
                () -> CentreServer.start(centre.serverStore(), "0.0.0.0", 1, false)); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("0.0.0.0"), e.getMessage()); //$NON-NLS-1$
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var a : java.util.Collections.list(nic.getInetAddresses())) {
                if (!a.isLoopbackAddress()) {
                    assertThrows(StoreException.class,
                            () -> CentreServer.start(centre.serverStore(), a.getHostAddress(), 1, false), a.toString());
                }
            }
        }
    }

    @Test
    public void aLostServerTakesTheWorkstationOfflineAndItReconnectsByItself() throws Exception {
        DerbyStore fay = centre.workstation("fay", null, Role.CENTRE_STAFF); //$NON-NLS-1$
        Connectivity link = fay.role(Connectivity.class);
        BlockingQueue<Boolean> told = new LinkedBlockingQueue<>();
        link.addListener(told::add);
        Retailer r = fay.findAll(Retailer.class).get(0);
        String before = r.getShopName();

        centre.stopServer();
        r.setShopName("断线时改的"); //$NON-NLS-1$
        assertThrows(StoreException.class, () -> fay.update(r), "a save without the server fails");
        assertFalse(link.online());
        assertEquals(Boolean.FALSE, told.poll(1, TimeUnit.SECONDS));
        assertFalse(link.retry(), "no server yet");

        centre.restartServer();
        assertEquals(Boolean.TRUE, told.poll(RETRY_SECONDS + 10, TimeUnit.SECONDS), "reconnected by itself");
        assertTrue(link.online());
        Retailer stored = fay.get(Retailer.class, r.getId());
        assertEquals(before, stored.getShopName(), "the failed save wrote nothing");
        r.setShopName("重连后保存"); //$NON-NLS-1$
        fay.update(r);
        assertEquals("重连后保存", centre.serverStore().get(Retailer.class, r.getId()).getShopName()); //$NON-NLS-1$
    }

    @Test
    public void anEncryptedLinkCarriesTheSameWork() throws Exception {
        centre.account("tls", null, Role.CENTRE_STAFF); //$NON-NLS-1$
        int port;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (CentreServer tls = CentreServer.start(centre.serverStore(), "127.0.0.1", port, true)) { //$NON-NLS-1$
            assertTrue(tls.address().endsWith(";ssl=basic"), tls.address()); //$NON-NLS-1$
            assertTrue(tls.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), tls.fingerprint()); //$NON-NLS-1$
            assertTrue(Files.isRegularFile(centre.serverStore().keysFolder().resolve("server-tls.p12"))); //$NON-NLS-1$
            DerbyStore ws = new DerbyStore(centre.serverStore().keysFolder().getParent(), tls.address());
            try {
                ws.open();
                ws.users().signIn("tls", TempStore.passwordOf("tls")); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals(60, ws.retailers().count(RetailerQuery.all()));
            } finally {
                ws.close();
            }
        }
    }

}
