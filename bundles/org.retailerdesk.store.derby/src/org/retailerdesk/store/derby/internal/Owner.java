package org.retailerdesk.store.derby.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.StoreException;

/**
 * What only the database's owner may do, done by the process that holds the database files and
 * its {@link Keys}: create the database encrypted and with NATIVE authentication (or bring an
 * older database there), migrate it, grant the tables, and give each user the Derby role his
 * account needs.
 * <p>
 * Derby's SQL authorization lets only the owner grant, so access is given through two roles the
 * owner creates: {@value #MEMBER} (every table, to every active user) and {@value #ADMIN} (that,
 * plus the procedures that create users and reset passwords, to administrators). A deactivated
 * user holds neither, so not even a program of his own reaches the tables. The sign-in gate
 * ({@value #GATE}) may only read the accounts' public columns and record sign-in attempts.
 */
final class Owner {

    /** The owner of every RetailerDesk database (the default owner of older, unauthenticated ones). */
    static final String USER = "APP"; //$NON-NLS-1$
    static final String MEMBER = "RD_MEMBER"; //$NON-NLS-1$
    static final String ADMIN = "RD_ADMIN"; //$NON-NLS-1$
    /**
     * The account that checks and records sign-in attempts before anyone is signed in. Its password
     * is no secret (every workstation has it): it can do nothing else.
     */
    static final String GATE = "RDGATE"; //$NON-NLS-1$
    static final char[] GATE_PASSWORD = "RetailerDesk-sign-in-gate".toCharArray(); //$NON-NLS-1$
    /** Iterations of Derby's salted SHA-256 password hash: slow for a guesser, ~20 ms for a sign-in. */
    static final String HASH_ITERATIONS = "50000"; //$NON-NLS-1$
    private static final String ENCRYPTION = "dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=256"; //$NON-NLS-1$

    private final Path folder;
    private final Keys keys;
    private final EmbeddedTarget target;

    Owner(Path folder, Keys keys) {
        this.folder = folder;
        this.keys = keys;
        this.target = new EmbeddedTarget(folder);
    }

    EmbeddedTarget target() {
        return target;
    }

    /**
     * Boots the database (creating it when the folder does not exist), encrypted and authenticated,
     * migrated to the newest schema and granted; the database stays booted.
     *
     * @return the schema version; {@code created[0]} tells whether it was created
     */
    int boot(boolean[] created) throws SQLException {
        created[0] = !Files.exists(folder);
        if (created[0]) {
            String boot = keys.has(Keys.BOOT) ? keys.read(Keys.BOOT) : keys.create(Keys.BOOT);
            char[] owner = ownerPassword(true);
            try (Connection c = target.connect(USER, owner, "create=true;" + ENCRYPTION + ";bootPassword=" + boot)) { //$NON-NLS-1$ //$NON-NLS-2$
                authenticate(c, owner);
            }
            DerbyStore.shutdownDatabase(folder, USER, owner);
        } else if (!encrypted()) {
            // an older database: encrypted in place on this boot (Derby rewrites every page once)
            String boot = keys.has(Keys.BOOT) ? keys.read(Keys.BOOT) : keys.create(Keys.BOOT);
            char[] owner = ownerPassword(true);
            try (Connection c = target.connect(USER, owner, ENCRYPTION + ";bootPassword=" + boot)) { //$NON-NLS-1$
                if (!authenticated(c)) {
                    authenticate(c, owner);
                }
            }
            DerbyStore.shutdownDatabase(folder, USER, owner);
        }
        char[] owner = ownerPassword(false);
        try (Connection c = target.connect(USER, owner, "bootPassword=" + keys.read(Keys.BOOT))) { //$NON-NLS-1$
            int version = new Migrator(Migrator.MIGRATIONS).migrate(c);
            c.setAutoCommit(false);
            grant(c);
            syncRoles(c);
            c.commit();
            return version;
        }
    }

    /** A connection as the owner to the booted database; the caller closes it. */
    Connection connect() throws SQLException {
        Connection c = target.connect(USER, ownerPassword(false));
        c.setAutoCommit(false);
        return c;
    }

    private char[] ownerPassword(boolean createIfMissing) {
        if (!keys.has(Keys.OWNER)) {
            if (!createIfMissing) {
                throw new StoreException(NLS.bind(Messages.Keys_missing, keys.folder().resolve(Keys.OWNER), "")); //$NON-NLS-1$
            }
            return keys.create(Keys.OWNER).toCharArray();
        }
        return keys.read(Keys.OWNER).toCharArray();
    }

    /** True when Derby's service.properties says the database files are encrypted. */
    private boolean encrypted() {
        Path service = folder.resolve("service.properties"); //$NON-NLS-1$
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(service, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        } catch (java.io.IOException e) {
            throw new StoreException(NLS.bind(Messages.DerbyStore_cannotOpen, folder, e.getMessage()), e);
        }
        return Boolean.parseBoolean(p.getProperty("dataEncryption")); //$NON-NLS-1$
    }

    private static boolean authenticated(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) { //$NON-NLS-1$
            ps.setString(1, "derby.authentication.provider"); //$NON-NLS-1$
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null;
            }
        }
    }

    /** Turns on NATIVE authentication (and with it SQL authorization), the owner first. */
    private static void authenticate(Connection c, char[] owner) throws SQLException {
        setProperty(c, "derby.authentication.builtin.iterations", HASH_ITERATIONS); //$NON-NLS-1$
        setProperty(c, "derby.authentication.native.passwordLifetimeMillis", "0"); //$NON-NLS-1$ //$NON-NLS-2$
        createUser(c, USER, owner);
        createUser(c, GATE, GATE_PASSWORD);
        // storing the owner's credentials turns NATIVE::LOCAL on already; older Derby releases did not
        if (!authenticated(c)) {
            setProperty(c, "derby.authentication.provider", "NATIVE::LOCAL"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    static void createUser(Connection c, String user, char[] password) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) { //$NON-NLS-1$
            ps.setString(1, user);
            ps.setString(2, new String(password));
            ps.execute();
        }
    }

    private static void setProperty(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) { //$NON-NLS-1$
            ps.setString(1, key);
            ps.setString(2, value);
            ps.execute();
        }
    }

    /** Creates the roles and grants every table (also those of later migrations) to them. */
    private static void grant(Connection c) throws SQLException {
        Set<String> roles = new HashSet<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT ROLEID FROM SYS.SYSROLES WHERE ISDEF = 'Y'")) { //$NON-NLS-1$
            while (rs.next()) {
                roles.add(rs.getString(1));
            }
        }
        try (Statement st = c.createStatement()) {
            if (!roles.contains(MEMBER)) {
                st.execute("CREATE ROLE " + MEMBER); //$NON-NLS-1$
            }
            if (!roles.contains(ADMIN)) {
                st.execute("CREATE ROLE " + ADMIN); //$NON-NLS-1$
                st.execute("GRANT " + MEMBER + " TO " + ADMIN); //$NON-NLS-1$ //$NON-NLS-2$
                st.execute("GRANT EXECUTE ON PROCEDURE SYSCS_UTIL.SYSCS_CREATE_USER TO " + ADMIN); //$NON-NLS-1$
                st.execute("GRANT EXECUTE ON PROCEDURE SYSCS_UTIL.SYSCS_RESET_PASSWORD TO " + ADMIN); //$NON-NLS-1$
            }
            for (String table : tables(c)) {
                st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + table + " TO " + MEMBER); //$NON-NLS-1$ //$NON-NLS-2$
            }
            st.execute("GRANT SELECT, INSERT ON RD_SIGN_IN TO " + GATE); //$NON-NLS-1$
            st.execute("GRANT INSERT ON RD_AUDIT TO " + GATE); //$NON-NLS-1$
            st.execute("GRANT SELECT (USER_NAME, DISPLAY_NAME, ROLES, STAFF_ID, ACTIVE) ON RD_USER TO " + GATE); //$NON-NLS-1$
            st.execute("GRANT SELECT ON " + Migrator.HISTORY_TABLE + " TO " + GATE); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT t.TABLENAME FROM SYS.SYSTABLES t" //$NON-NLS-1$
                + " JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID WHERE s.SCHEMANAME = 'APP' AND t.TABLETYPE = 'T'")) { //$NON-NLS-1$
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * Gives every account the Derby role it needs and takes away what it must not have: an active
     * administrator {@value #ADMIN}, another active user {@value #MEMBER}, a deactivated one none.
     *
     * @return how many grants or revokes were made
     */
    static int syncRoles(Connection c) throws SQLException {
        Map<String, String> wanted = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT USER_NAME, ROLES, ACTIVE FROM RD_USER")) { //$NON-NLS-1$
            while (rs.next()) {
                String derbyUser = rs.getString(1).toUpperCase(java.util.Locale.ROOT);
                boolean admin = UserRows.roles(rs.getString(2)).contains(Role.ADMINISTRATOR);
                wanted.put(derbyUser, !rs.getBoolean(3) ? null : admin ? ADMIN : MEMBER);
            }
        }
        Map<String, Set<String>> held = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT GRANTEE, ROLEID FROM SYS.SYSROLES WHERE ISDEF = 'N' AND GRANTEE <> '" + ADMIN + "'")) { //$NON-NLS-1$ //$NON-NLS-2$
            while (rs.next()) {
                held.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        int changes = 0;
        try (Statement st = c.createStatement()) {
            for (Map.Entry<String, String> e : wanted.entrySet()) {
                Set<String> has = held.getOrDefault(e.getKey(), Set.of());
                for (String role : List.of(MEMBER, ADMIN)) {
                    boolean want = role.equals(e.getValue());
                    if (want && !has.contains(role)) {
                        st.execute("GRANT " + role + " TO " + e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
                        changes++;
                    } else if (!want && has.contains(role)) {
                        st.execute("REVOKE " + role + " FROM " + e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
                        changes++;
                    }
                }
            }
        }
        return changes;
    }
}
