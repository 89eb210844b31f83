package org.retailerdesk.store;

import java.util.Optional;

import org.retailerdesk.security.Principal;

/**
 * A user name and password given to a program rather than typed into the sign-in dialog: the
 * command-line tools, and a workbench started for tests or demonstrations, read them from
 * {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}.
 */
public record Credentials(String user, char[] password) {

    public static final String USER_VARIABLE = "RETAILERDESK_USER"; //$NON-NLS-1$
    public static final String PASSWORD_VARIABLE = "RETAILERDESK_PASSWORD"; //$NON-NLS-1$

    /** @return the credentials in the environment, when both variables are set */
    public static Optional<Credentials> fromEnvironment() {
        String user = System.getenv(USER_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(user.strip(), password.toCharArray()));
    }

    /**
     * Signs the open store in with these credentials; a database without any user yet gets them as
     * its administrator (the first start of a new database).
     *
     * @throws SignInException when they are refused
     */
    public Principal signIn(Store store) {
        Users users = store.users();
        return users.needsAdministrator() ? users.createAdministrator(user, user, password) : users.signIn(user, password);
    }
}
