package org.retailerdesk.store;

import java.util.List;

import org.retailerdesk.security.Operation;
import org.retailerdesk.security.Principal;

/**
 * The centre's users and who is signed in to this store. Passwords are checked by the database
 * (Derby's NATIVE authentication: salted, iterated hashes, never stored by RetailerDesk); roles,
 * the link to a staff member, deactivation and the lockout are RetailerDesk's.
 * <p>
 * One store object has at most one signed-in user at a time; every read and write made through it
 * is made as that user, and nothing but a sign-in changes who that is. Until someone signs in,
 * reads and writes are refused.
 */
public interface Users {

    /** Wrong passwords in a row after which a user is locked. */
    int MAX_FAILED_SIGN_INS = 5;

    /** The shortest password accepted, in characters (dialogs say so before the store refuses). */
    int MIN_PASSWORD_LENGTH = 8;

    /** How long a lock lasts, in minutes (an administrator's password reset ends it earlier). */
    int LOCK_MINUTES = 15;

    /**
     * @return true when the database has no user yet: a new database, or one made before sign-in
     *         existed. The first start then creates the administrator with {@link #createAdministrator}.
     */
    boolean needsAdministrator();

    /**
     * Creates the first user, an administrator, and signs in as him.
     *
     * @throws StoreException when the database has users already, or the name or password is not acceptable
     */
    Principal createAdministrator(String user, String displayName, char[] password);

    /**
     * Signs in (replacing whoever was signed in). Every attempt, right or wrong, is audited;
     * {@value #MAX_FAILED_SIGN_INS} wrong passwords in a row lock the user for {@value #LOCK_MINUTES}
     * minutes.
     *
     * @throws SignInException when the password is wrong, the user unknown, locked or deactivated
     */
    Principal signIn(String user, char[] password);

    /** @return who is signed in, or null before a sign-in */
    Principal current();

    /**
     * @return who is signed in
     * @throws StoreException when nobody is
     */
    default Principal signedIn() {
        Principal p = current();
        if (p == null) {
            throw new StoreException(org.retailerdesk.store.internal.Messages.Users_notSignedIn);
        }
        return p;
    }

    /** Ends the sign-in: later reads and writes are refused until the next one. */
    void signOut();

    /** @return every user of the centre, by name; needs {@link Operation#MANAGE_USERS} */
    List<UserAccount> accounts();

    /**
     * Creates a user with a first password (which he should change); needs {@link Operation#MANAGE_USERS}.
     *
     * @throws StoreException when the name is taken or not acceptable, or the password too short
     */
    UserAccount create(UserAccount account, char[] password);

    /**
     * Changes a user's display name, roles, staff member and whether he is active (a deactivated
     * user cannot sign in); needs {@link Operation#MANAGE_USERS}. An administrator cannot take the
     * last active administrator's role or activity away.
     *
     * @return the account as stored
     */
    UserAccount update(UserAccount account);

    /** Sets a user's password and ends a lock; needs {@link Operation#MANAGE_USERS}. */
    void resetPassword(String user, char[] password);

    /**
     * Changes the signed-in user's own password.
     *
     * @throws SignInException when {@code oldPassword} is wrong
     */
    void changePassword(char[] oldPassword, char[] newPassword);
}
