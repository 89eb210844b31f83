package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.security.Principal;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.store.Users;

/** The SQL of {@code RD_USER} and {@code RD_SIGN_IN}, and the rules of names and passwords. */
final class UserRows {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,29}"); //$NON-NLS-1$
    static final int MIN_PASSWORD = Users.MIN_PASSWORD_LENGTH;
    private static final String COLUMNS = "USER_NAME, DISPLAY_NAME, ROLES, STAFF_ID, ACTIVE"; //$NON-NLS-1$

    private UserRows() {
    }

    /** The sign-in name as stored (lower case), after checking its form. */
    static String name(String user) {
        String n = user == null ? "" : user.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!NAME.matcher(n).matches() || n.equalsIgnoreCase(Owner.USER) || n.equalsIgnoreCase(Owner.GATE)) {
            throw new StoreException(NLS.bind(Messages.Users_badName, user));
        }
        return n;
    }

    static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new StoreException(NLS.bind(Messages.Users_shortPassword, MIN_PASSWORD));
        }
    }

    static Set<Role> roles(String text) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (String s : text.split(",")) { //$NON-NLS-1$
            if (!s.isBlank()) {
                out.add(Role.valueOf(s.strip()));
            }
        }
        return out;
    }

    static String rolesText(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(",")); //$NON-NLS-1$
    }

    /** The account's row without its lock, or null. */
    static UserAccount read(Connection c, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM RD_USER WHERE USER_NAME = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? account(rs, null) : null;
            }
        }
    }

    static List<UserAccount> all(Connection c, Instant now) throws SQLException {
        List<UserAccount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM RD_USER ORDER BY USER_NAME"); //$NON-NLS-1$ //$NON-NLS-2$
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(account(rs, null));
            }
        }
        List<UserAccount> withLocks = new ArrayList<>(out.size());
        for (UserAccount a : out) {
            withLocks.add(new UserAccount(a.user(), a.displayName(), a.roles(), a.staffId(), a.active(),
                    lockedUntil(c, a.user(), now)));
        }
        return withLocks;
    }

    private static UserAccount account(ResultSet rs, Instant lockedUntil) throws SQLException {
        long staff = rs.getLong(4);
        Long staffId = rs.wasNull() ? null : staff;
        return new UserAccount(rs.getString(1), rs.getString(2), roles(rs.getString(3)), staffId, rs.getBoolean(5),
                lockedUntil);
    }

    static Principal principal(UserAccount a) {
        return new Principal(a.user(), a.displayName(), a.roles(), a.staffId());
    }

    static int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(USER_NAME) FROM RD_USER"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void insert(Connection c, UserAccount a, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO RD_USER (" + COLUMNS //$NON-NLS-1$
                + ", CREATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, 1)")) { //$NON-NLS-1$
            bind(ps, a);
            ps.setTimestamp(6, java.sql.Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    /** @return false when there is no such account */
    static boolean update(Connection c, UserAccount a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE RD_USER SET DISPLAY_NAME = ?, ROLES = ?, STAFF_ID = ?," //$NON-NLS-1$
                + " ACTIVE = ?, VERSION = VERSION + 1 WHERE USER_NAME = ?")) { //$NON-NLS-1$
            ps.setString(1, a.displayName());
            ps.setString(2, rolesText(a.roles()));
            setStaff(ps, 3, a.staffId());
            ps.setBoolean(4, a.active());
            ps.setString(5, a.user());
            return ps.executeUpdate() == 1;
        }
    }

    private static void bind(PreparedStatement ps, UserAccount a) throws SQLException {
        ps.setString(1, a.user());
        ps.setString(2, a.displayName());
        ps.setString(3, rolesText(a.roles()));
        setStaff(ps, 4, a.staffId());
        ps.setBoolean(5, a.active());
    }

    private static void setStaff(PreparedStatement ps, int index, Long staffId) throws SQLException {
        if (staffId == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, staffId);
        }
    }

    /** Records a sign-in attempt; {@code reset} marks an administrator's password reset, which ends a lock. */
    static void attempt(Connection c, String user, Instant at, boolean ok, boolean reset) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO RD_SIGN_IN (USER_NAME, ATTEMPTED_AT, OK, RESET) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
            ps.setString(1, user);
            ps.setTimestamp(2, java.sql.Timestamp.from(at));
            ps.setBoolean(3, ok);
            ps.setBoolean(4, reset);
            ps.executeUpdate();
        }
    }

    /**
     * When the user's lock ends, or null when he is not locked: locked when his last
     * {@value Users#MAX_FAILED_SIGN_INS} attempts all failed and the last one is less than
     * {@value Users#LOCK_MINUTES} minutes old.
     */
    static Instant lockedUntil(Connection c, String user, Instant now) throws SQLException {
        int failed = 0;
        Instant last = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT OK, ATTEMPTED_AT FROM RD_SIGN_IN WHERE USER_NAME = ?" //$NON-NLS-1$
                + " ORDER BY ID DESC FETCH FIRST " + Users.MAX_FAILED_SIGN_INS + " ROWS ONLY")) { //$NON-NLS-1$ //$NON-NLS-2$
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && !rs.getBoolean(1)) {
                    if (last == null) {
                        last = rs.getTimestamp(2).toInstant();
                    }
                    failed++;
                }
            }
        }
        if (failed < Users.MAX_FAILED_SIGN_INS) {
            return null;
        }
        Instant until = last.plusSeconds(Users.LOCK_MINUTES * 60L);
        return until.isAfter(now) ? until : null;
    }
}
