package org.retailerdesk.server.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.retailerdesk.security.Role;
import org.retailerdesk.server.internal.CentreServer;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * A centre on one machine, as the tests need it: the server's database in a temporary folder (a
 * {@link TempStore}, its store signed in as the administrator), a network server on 127.0.0.1 at
 * a free port, and workstations (client stores) signed in as users of their own. {@link #close}
 * stops everything and deletes the folders.
 */
public final class Centre implements AutoCloseable {

    private final TempStore database;
    private final Path workstationHome;
    private final int port;
    private CentreServer server;
    private final List<DerbyStore> workstations = new ArrayList<>();

    private Centre(TempStore database) {
        this.database = database;
        this.port = freePort();
        try {
            this.workstationHome = Files.createTempDirectory("retailerdesk-workstation-"); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.server = CentreServer.start(database.store(), "127.0.0.1", port, false); //$NON-NLS-1$
    }

    /** A centre on an empty database. */
    public static Centre start() {
        return new Centre(TempStore.open());
    }

    /** A centre holding the demo centre of that many retailers. */
    public static Centre withDemoCentre(int retailers) {
        return new Centre(TempStore.withDemoCentre(retailers, 7));
    }

    /** The server's own store (embedded, the owner's), signed in as the administrator. */
    public DerbyStore serverStore() {
        return database.store();
    }

    public CentreServer server() {
        return server;
    }

    /** Stops the network server (workstations lose it); the database stays open. */
    public void stopServer() {
        server.close();
    }

    /** Starts the network server again on the same port. */
    public void restartServer() {
        server = CentreServer.start(database.store(), "127.0.0.1", port, false); //$NON-NLS-1$
    }

    /** Creates the account on the server (roles given at once: the server's store is the owner). */
    public void account(String user, Long staffId, Role... roles) {
        serverStore().users().create(UserAccount.of(user, user, Set.of(roles), staffId), TempStore.passwordOf(user));
    }

    /** A workstation's store, open, not signed in. */
    public DerbyStore workstation() {
        DerbyStore ws = new DerbyStore(workstationHome, server.address());
        workstations.add(ws);
        ws.open();
        return ws;
    }

    /** A workstation signed in as that user, whose account is made first. */
    public DerbyStore workstation(String user, Long staffId, Role... roles) {
        account(user, staffId, roles);
        DerbyStore ws = workstation();
        ws.users().signIn(user, TempStore.passwordOf(user));
        return ws;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workstations.forEach(DerbyStore::close);
        server.close();
        database.close();
        try (Stream<Path> files = Files.walk(workstationHome)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
