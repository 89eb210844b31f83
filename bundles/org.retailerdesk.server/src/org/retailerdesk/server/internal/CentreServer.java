package org.retailerdesk.server.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Path;

import org.apache.derby.impl.drda.NetworkServerControlImpl;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.store.derby.internal.OwnerAgent;

/**
 * The centre's database served to its workstations: Derby's network server, in this process, on
 * the database an open {@link DerbyStore} holds as its owner, with the {@link OwnerAgent} that
 * gives accounts made on workstations their Derby roles. Derby checks every connection's user and
 * password (NATIVE authentication); with TLS ({@code derby.drda.sslMode=basic}) the link is
 * encrypted too, else passwords and data cross the network in clear.
 * <p>
 * The server runs on a thread of its own and is stopped directly, not by Derby's command
 * protocol ({@code NetworkServerControl.ping/shutdown}): that protocol fails over TLS (its reply
 * is unreadable with {@code sslMode=basic}), while workstations' connections work.
 */
public final class CentreServer implements AutoCloseable {

    /** Set by the test bundles: the server refuses every address but the loopback one. */
    public static final String LOOPBACK_ONLY = "retailerdesk.server.loopbackOnly"; //$NON-NLS-1$
    private static final long START_TIMEOUT_MILLIS = 20_000;

    private final NetworkServerControlImpl control;
    private final Thread serving;
    private final OwnerAgent agent;
    private final String address;
    private final TlsKey tls;

    private CentreServer(NetworkServerControlImpl control, Thread serving, OwnerAgent agent, String address,
            TlsKey tls) {
        this.control = control;
        this.serving = serving;
        this.agent = agent;
        this.address = address;
        this.tls = tls;
    }

    /**
     * Starts serving the store's database.
     *
     * @param store an open store on its embedded database
     * @param host  the address to listen on, null for the loopback address (this machine only)
     * @param port  the TCP port
     * @param ssl   true for TLS, with the key store in the keys folder (made on first use)
     * @throws StoreException when the address is refused or the server does not start
     */
    public static CentreServer start(DerbyStore store, String host, int port, boolean ssl) {
        InetAddress listen;
        try {
            listen = host == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new StoreException(NLS.bind(Messages.Server_unknownHost, host), e);
        }
        if (Boolean.getBoolean(LOOPBACK_ONLY) && !listen.isLoopbackAddress()) {
            throw new StoreException(NLS.bind(Messages.Server_loopbackOnly, listen.getHostAddress()));
        }
        TlsKey tls = ssl ? TlsKey.ensure(store.keysFolder()) : null;
        // read by the network server when it is made
        System.setProperty("derby.drda.sslMode", ssl ? "basic" : "off"); //$NON-NLS-1$ //$NON-NLS-2$
        if (tls != null) {
            tls.install();
        }
        NetworkServerControlImpl control;
        Exception[] failed = new Exception[1];
        Thread serving;
        try {
            control = new NetworkServerControlImpl(listen, port);
            serving = new Thread(() -> {
                try {
                    control.blockingStart(null);
                } catch (Exception e) {
                    failed[0] = e;
                }
            }, "RetailerDesk network server " + port); //$NON-NLS-1$
            serving.setDaemon(true);
            serving.start();
            awaitListening(listen, port, serving, failed);
        } catch (Exception e) {
            throw new StoreException(NLS.bind(Messages.Server_cannotStart, listen.getHostAddress() + ":" + port, //$NON-NLS-1$
                    e.getMessage()), e);
        }
        String shown = listen.isAnyLocalAddress() ? localName() : listen.isLoopbackAddress() ? listen.getHostAddress()
                : host;
        String address = "//" + shown + ":" + port + "/" + databaseName(store) + (ssl ? ";ssl=basic" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        return new CentreServer(control, serving, OwnerAgent.start(store), address, tls);
    }

    /** Until the port accepts connections; the server's own failure (port taken) ends the wait. */
    private static void awaitListening(InetAddress listen, int port, Thread serving, Exception[] failed)
            throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            try (Socket probe = new Socket(listen, port)) {
                return;
            } catch (IOException e) {
                if (!serving.isAlive() && failed[0] != null) {
                    throw failed[0];
                }
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    /**
     * The name a workstation asks the server for: relative to Derby's system home when the
     * database is in it (the server application sets it to the data folder), else its full path.
     */
    private static String databaseName(DerbyStore store) {
        Path db = store.databaseFolder().toAbsolutePath().normalize();
        String system = System.getProperty("derby.system.home"); //$NON-NLS-1$
        if (system != null && Path.of(system).toAbsolutePath().normalize().equals(db.getParent())) {
            return db.getFileName().toString();
        }
        return db.toString();
    }

    private static String localName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }

    /** {@code //host:port/name}, with {@code ;ssl=basic} when encrypted: what workstations set as {@code RETAILERDESK_DB}. */
    public String address() {
        return address;
    }

    /** @return the SHA-256 fingerprint of the TLS certificate, or null without TLS */
    public String fingerprint() {
        return tls == null ? null : tls.fingerprint();
    }

    /** Stops listening (workstations lose their link) and the owner agent; the store stays open. */
    @Override
    public void close() {
        agent.close();
        try {
            control.directShutdown();
            serving.join(START_TIMEOUT_MILLIS);
        } catch (java.sql.SQLException e) {
            // not allowed only with system-wide authentication, which this server does not use
            throw new StoreException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
