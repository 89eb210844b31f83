package org.retailerdesk.store.derby.internal;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.security.Operation;
import org.retailerdesk.security.Principal;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.SignInException;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.store.Users;

/**
 * {@link Users} on Derby. Derby checks the password of every connection; the sign-in gate reads
 * the lock and records attempts before anyone is signed in; account changes are made as the
 * signed-in administrator, and the {@link Owner} gives the changed accounts their Derby role
 * (at once where this process holds the database, else the server's {@link OwnerAgent} does).
 */
final class DerbyUsers implements Users {

    /** SQLState of a refused connection: unknown user or wrong password. */
    private static final String AUTHENTICATION_FAILED = "08004"; //$NON-NLS-1$

    private static final java.time.format.DateTimeFormatter LOCK_TIME = java.time.format.DateTimeFormatter
            .ofPattern("HH:mm").withZone(java.time.ZoneId.systemDefault()); //$NON-NLS-1$

    private final Target target;
    private final Database db;
    private final AccessSql access;
    /** The owner where this process holds the database files, else null. */
    private final OwnerAccess owner;

    /** How this store reaches owner rights, when it has them. */
    interface OwnerAccess {
        Connection connect() throws SQLException;
    }

    DerbyUsers(Target target, Database db, AccessSql access, OwnerAccess owner) {
        this.target = target;
        this.db = db;
        this.access = access;
        this.owner = owner;
    }

    @Override
    public boolean needsAdministrator() {
        try (Connection c = gate()) {
            try {
                return UserRows.count(c) == 0;
            } finally {
                c.commit();
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    @Override
    public Principal createAdministrator(String user, String displayName, char[] password) {
        String name = UserRows.name(user);
        UserRows.checkPassword(password);
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (owner == null) {
            throw new StoreException(Messages.Users_administratorOnServer);
        }
        try (Connection c = owner.connect()) {
            try {
                if (UserRows.count(c) > 0) {
                    throw new StoreException(Messages.Users_hasAdministrator);
                }
                Instant now = Instant.now();
                Owner.createUser(c, name, password);
                UserAccount a = UserAccount.of(name, shown, java.util.Set.of(Role.ADMINISTRATOR), null);
                UserRows.insert(c, a, now);
                Audit audit = new Audit(c, now, name);
                audit.add(AuditAction.ACCOUNT, Audit.USER_TYPE, 0, null, Audit.accountField(name, "roles"), null, //$NON-NLS-1$
                        UserRows.rolesText(a.roles()));
                audit.flush();
                audit.close();
                Owner.syncRoles(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
        return signIn(name, password);
    }

    @Override
    public Principal signIn(String user, char[] password) {
        String given = user == null ? "" : user.strip().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
        Instant now = Instant.now();
        try (Connection gate = gate()) {
            try {
                Instant locked = UserRows.lockedUntil(gate, given, now);
                if (locked != null) {
                    refused(gate, given, now, "locked", false); //$NON-NLS-1$
                    throw new SignInException(SignInException.Reason.LOCKED, NLS.bind(Messages.Users_locked,
                            Users.LOCK_MINUTES, LOCK_TIME.format(locked)), locked);
                }
                UserAccount account = validName(given) ? UserRows.read(gate, given) : null;
                if (account == null || !passwordRight(given, password)) {
                    refused(gate, given, now, "wrong password", true); //$NON-NLS-1$
                    Instant nowLocked = UserRows.lockedUntil(gate, given, now);
                    throw new SignInException(nowLocked != null ? SignInException.Reason.LOCKED
                            : SignInException.Reason.WRONG_PASSWORD, nowLocked != null
                                    ? NLS.bind(Messages.Users_nowLocked, Users.MAX_FAILED_SIGN_INS, Users.LOCK_MINUTES)
                                    : Messages.Users_wrongPassword, nowLocked);
                }
                if (!account.active()) {
                    refused(gate, given, now, "inactive", false); //$NON-NLS-1$
                    throw new SignInException(SignInException.Reason.INACTIVE, Messages.Users_inactive, null);
                }
                ConnectionPool pool = new ConnectionPool(target, given, password, derbyRole(account));
                try {
                    pool.check();
                } catch (SQLException e) {
                    pool.close();
                    if (ConnectionPool.missingRole(e)) {
                        throw new StoreException(Messages.Users_notReady, e);
                    }
                    throw e;
                }
                Principal principal = UserRows.principal(account);
                try (Connection c = pool.connection()) {
                    UserRows.attempt(c, given, now, true, false);
                    Audit.commitOne(c, given, AuditAction.SIGN_IN, Audit.USER_TYPE, 0, null, null, null, workstation());
                }
                db.signIn(principal, pool);
                return principal;
            } finally {
                // what a refusal recorded is committed by it; this ends the gate's reads
                gate.commit();
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    /** Derby checks the password: a connection without a role, closed at once. */
    private boolean passwordRight(String user, char[] password) throws SQLException {
        try {
            target.connect(user, password).close();
            return true;
        } catch (SQLException e) {
            if (AUTHENTICATION_FAILED.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static boolean validName(String name) {
        try {
            UserRows.name(name);
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    /** A wrong attempt counts towards the lock; every refusal is audited under the name given. */
    private static void refused(Connection gate, String user, Instant now, String why, boolean counts)
            throws SQLException {
        if (counts) {
            UserRows.attempt(gate, user, now, false, false);
        }
        Audit.commitOne(gate, user.isEmpty() ? "?" : Audit.clip(user), AuditAction.SIGN_IN_FAILED, Audit.USER_TYPE, 0, //$NON-NLS-1$
                null, null, null, why);
    }

    static String derbyRole(UserAccount a) {
        return a.roles().contains(Role.ADMINISTRATOR) ? Owner.ADMIN : Owner.MEMBER;
    }

    private static String workstation() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    @Override
    public Principal current() {
        return db.principal();
    }

    @Override
    public void signOut() {
        db.signOut();
    }

    @Override
    public List<UserAccount> accounts() {
        access.require(Operation.MANAGE_USERS, null);
        return db.read(s -> UserRows.all(s.connection, Instant.now()));
    }

    @Override
    public UserAccount create(UserAccount account, char[] password) {
        Principal admin = db.signedIn();
        access.require(Operation.MANAGE_USERS, account.user());
        String name = UserRows.name(account.user());
        UserRows.checkPassword(password);
        UserAccount a = checked(new UserAccount(name, account.displayName(), account.roles(), account.staffId(),
                account.active(), null));
        adminWrite(admin, c -> {
            if (UserRows.read(c, name) != null) {
                throw new StoreException(NLS.bind(Messages.Users_nameTaken, name));
            }
            Owner.createUser(c, name, password);
            UserRows.insert(c, a, Instant.now());
            return List.of(new String[] { "roles", null, UserRows.rolesText(a.roles()) }, //$NON-NLS-1$
                    new String[] { "displayName", null, a.displayName() }); //$NON-NLS-1$
        }, name);
        return a;
    }

    @Override
    public UserAccount update(UserAccount account) {
        Principal admin = db.signedIn();
        access.require(Operation.MANAGE_USERS, account.user());
        UserAccount a = checked(account);
        adminWrite(admin, c -> {
            UserAccount before = UserRows.read(c, a.user());
            if (before == null) {
                throw new StoreException(NLS.bind(Messages.Users_unknown, a.user()));
            }
            boolean wasAdmin = before.active() && before.roles().contains(Role.ADMINISTRATOR);
            boolean isAdmin = a.active() && a.roles().contains(Role.ADMINISTRATOR);
            if (wasAdmin && !isAdmin && activeAdministrators(c) <= 1) {
                throw new StoreException(Messages.Users_lastAdministrator);
            }
            UserRows.update(c, a);
            List<String[]> changes = new java.util.ArrayList<>();
            diff(changes, "displayName", before.displayName(), a.displayName()); //$NON-NLS-1$
            diff(changes, "roles", UserRows.rolesText(before.roles()), UserRows.rolesText(a.roles())); //$NON-NLS-1$
            diff(changes, "staff", String.valueOf(before.staffId()), String.valueOf(a.staffId())); //$NON-NLS-1$
            diff(changes, "active", String.valueOf(before.active()), String.valueOf(a.active())); //$NON-NLS-1$
            return changes;
        }, a.user());
        return a;
    }

    @Override
    public void resetPassword(String user, char[] password) {
        Principal admin = db.signedIn();
        access.require(Operation.MANAGE_USERS, user);
        String name = UserRows.name(user);
        UserRows.checkPassword(password);
        adminWrite(admin, c -> {
            if (UserRows.read(c, name) == null) {
                throw new StoreException(NLS.bind(Messages.Users_unknown, name));
            }
            try (PreparedStatement ps = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD(?, ?)")) { //$NON-NLS-1$
                ps.setString(1, name);
                ps.setString(2, new String(password));
                ps.execute();
            }
            UserRows.attempt(c, name, Instant.now(), true, true);
            return List.<String[]> of(new String[] { "password", null, null }); //$NON-NLS-1$
        }, name);
    }

    @Override
    public void changePassword(char[] oldPassword, char[] newPassword) {
        Principal me = db.signedIn();
        UserRows.checkPassword(newPassword);
        try {
            if (!passwordRight(me.user(), oldPassword)) {
                throw new SignInException(SignInException.Reason.WRONG_PASSWORD, Messages.Users_wrongOldPassword, null);
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_MODIFY_PASSWORD(?)")) { //$NON-NLS-1$
                ps.setString(1, new String(newPassword));
                ps.execute();
            }
            Audit.commitOne(c, me.user(), AuditAction.ACCOUNT, Audit.USER_TYPE, 0, null,
                    Audit.accountField(me.user(), "password"), null, null); //$NON-NLS-1$
        } catch (SQLException e) {
            throw Failures.of(e);
        }
        // later connections need the new password
        UserAccount a = new UserAccount(me.user(), me.displayName(), me.roles(), me.staffId(), true, null);
        db.signIn(me, new ConnectionPool(target, me.user(), newPassword, derbyRole(a)));
    }

    private interface AccountWrite {
        /** @return the audit rows to write: field, old value, new value */
        List<String[]> run(Connection c) throws SQLException;
    }

    /** An account change in one transaction as the signed-in administrator, audited, then the Derby roles brought in line. */
    private void adminWrite(Principal admin, AccountWrite work, String user) {
        try (Connection c = db.connection()) {
            try {
                List<String[]> rows = work.run(c);
                Audit audit = new Audit(c, Instant.now(), admin.user());
                for (String[] r : rows) {
                    audit.add(AuditAction.ACCOUNT, Audit.USER_TYPE, 0, null, Audit.accountField(user, r[0]), r[1], r[2]);
                }
                audit.flush();
                audit.close();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw Failures.of(e);
        }
        syncRoles();
    }

    /** Gives changed accounts their Derby role now, where this process is the owner. */
    private void syncRoles() {
        if (owner == null) {
            return;
        }
        try (Connection c = owner.connect()) {
            Owner.syncRoles(c);
            c.commit();
        } catch (SQLException e) {
            throw Failures.of(e);
        }
    }

    private static void diff(List<String[]> out, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new String[] { field, before, after });
        }
    }

    private static int activeAdministrators(Connection c) throws SQLException {
        return (int) UserRows.all(c, Instant.now()).stream()
                .filter(u -> u.active() && u.roles().contains(Role.ADMINISTRATOR)).count();
    }

    private static UserAccount checked(UserAccount a) {
        if (a.roles().isEmpty()) {
            throw new StoreException(Messages.Users_noRole);
        }
        if (a.roles().contains(Role.CUSTOMER_MANAGER) && a.staffId() == null) {
            throw new StoreException(Messages.Users_managerNeedsStaff);
        }
        String shown = a.displayName() == null || a.displayName().isBlank() ? a.user() : a.displayName().strip();
        return new UserAccount(a.user(), shown, a.roles(), a.staffId(), a.active(), null);
    }

    private Connection gate() throws SQLException {
        Connection c = target.connect(Owner.GATE, Owner.GATE_PASSWORD);
        try (var st = c.createStatement()) {
            st.execute("SET SCHEMA " + ConnectionPool.SCHEMA); //$NON-NLS-1$
        }
        c.setAutoCommit(false);
        return c;
    }
}
