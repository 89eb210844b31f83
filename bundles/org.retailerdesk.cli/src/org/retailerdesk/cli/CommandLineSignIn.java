package org.retailerdesk.cli;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.cli.internal.Messages;
import org.retailerdesk.security.Principal;
import org.retailerdesk.store.Credentials;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.Store;

/**
 * Who a command-line tool acts as: the user {@link Credentials#fromEnvironment()} names, else the
 * one who types his name and password on the terminal. A database without users gets him as its
 * administrator (its first start), as {@link Credentials#signIn} does.
 */
public final class CommandLineSignIn {

    private CommandLineSignIn() {
    }

    /**
     * Signs the open store in.
     *
     * @param given    credentials from the environment, or empty
     * @param terminal where to ask when none are given, or null when there is no terminal
     * @throws CommandLineException {@link CommandLineSession#EXIT_USAGE} when there are neither
     *                              credentials nor a terminal; {@link CommandLineSession#EXIT_FAILED}
     *                              when the sign-in is refused
     */
    public static Principal signIn(Store store, Optional<Credentials> given, Terminal terminal)
            throws CommandLineException {
        Credentials credentials = given.isPresent() ? given.get() : ask(store, terminal);
        try {
            return credentials.signIn(store);
        } catch (StoreException e) {
            throw new CommandLineException(CommandLineSession.EXIT_FAILED,
                    NLS.bind(Messages.SignIn_refused, credentials.user(), e.getMessage()), e);
        } finally {
            Arrays.fill(credentials.password(), '\0');
        }
    }

    private static Credentials ask(Store store, Terminal terminal) throws CommandLineException {
        if (terminal == null) {
            throw new CommandLineException(CommandLineSession.EXIT_USAGE,
                    NLS.bind(Messages.SignIn_noCredentials, Credentials.USER_VARIABLE, Credentials.PASSWORD_VARIABLE));
        }
        boolean first = store.users().needsAdministrator();
        if (first) {
            terminal.println(Messages.SignIn_newDatabase);
        }
        String user = terminal.readLine(Messages.SignIn_user);
        char[] password = user == null || user.isBlank() ? null : terminal.readPassword(Messages.SignIn_password);
        if (password == null || password.length == 0) {
            throw new CommandLineException(CommandLineSession.EXIT_USAGE, Messages.SignIn_nothingTyped);
        }
        if (first) {
            // a typing mistake in the administrator's first password would lock the centre out
            char[] again = terminal.readPassword(Messages.SignIn_passwordAgain);
            boolean same = Arrays.equals(password, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(password, '\0');
                throw new CommandLineException(CommandLineSession.EXIT_USAGE, Messages.SignIn_passwordsDiffer);
            }
        }
        return new Credentials(user.strip(), password);
    }
}
