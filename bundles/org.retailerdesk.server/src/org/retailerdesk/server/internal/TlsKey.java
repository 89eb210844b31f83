package org.retailerdesk.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.store.StoreException;

/**
 * The server's TLS key: a self-signed certificate in {@value #STORE} with its password in
 * {@value #PASSWORD}, both in the database's keys folder, made by the JDK's keytool the first time
 * TLS is asked for. Derby's {@code basic} mode encrypts the link but workstations do not check the
 * certificate, so the server prints its fingerprint for whoever wants to compare it.
 */
final class TlsKey {

    static final String STORE = "server-tls.p12"; //$NON-NLS-1$
    static final String PASSWORD = "server-tls.key"; //$NON-NLS-1$
    private static final String ALIAS = "retailerdesk"; //$NON-NLS-1$

    private final Path store;
    private final String password;

    private TlsKey(Path store, String password) {
        this.store = store;
        this.password = password;
    }

    /** The key store in that folder, made when missing. */
    static TlsKey ensure(Path keys) {
        Path store = keys.resolve(STORE);
        Path passwordFile = keys.resolve(PASSWORD);
        try {
            if (!Files.isRegularFile(store) || !Files.isRegularFile(passwordFile)) {
                Files.createDirectories(keys);
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                Files.deleteIfExists(store);
                keytool(store, password);
                Files.writeString(passwordFile, password + "\n", StandardCharsets.US_ASCII); //$NON-NLS-1$
                restrict(passwordFile);
                restrict(store);
            }
            return new TlsKey(store, Files.readString(passwordFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Server_tlsFailed, store, e.getMessage()), e);
        }
    }

    private static void keytool(Path store, String password) throws IOException {
        Path tool = Path.of(System.getProperty("java.home"), "bin", "keytool"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Process p = new ProcessBuilder(List.of(tool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "-groupname", "secp384r1", "-sigalg", "SHA384withECDSA", "-validity", "3650", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-dname", "CN=RetailerDesk centre server", "-storetype", "PKCS12", "-keystore", store.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "-storepass", password, "-keypass", password)).redirectErrorStream(true).start(); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(store)) {
                throw new IOException("keytool: " + out.strip()); //$NON-NLS-1$
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void restrict(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access control applies
        }
    }

    /**
     * Makes the key store the one this JVM's TLS server sockets present (read when the JVM's default
     * TLS context is first made, by the network server's first TLS socket).
     */
    void install() {
        System.setProperty("javax.net.ssl.keyStore", store.toString()); //$NON-NLS-1$
        System.setProperty("javax.net.ssl.keyStoreType", "PKCS12"); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty("javax.net.ssl.keyStorePassword", password); //$NON-NLS-1$
    }

    /** SHA-256 of the certificate, as keytool -list prints it (hex pairs joined by colons). */
    String fingerprint() {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore ks = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
            ks.load(in, password.toCharArray());
            Certificate cert = ks.getCertificate(ALIAS);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()); //$NON-NLS-1$
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest); //$NON-NLS-1$
        } catch (IOException | GeneralSecurityException e) {
            throw new StoreException(NLS.bind(Messages.Server_tlsFailed, store, e.getMessage()), e);
        }
    }
}
