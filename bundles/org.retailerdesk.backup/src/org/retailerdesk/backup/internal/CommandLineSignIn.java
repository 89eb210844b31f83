package org.retailerdesk.backup.internal;

import java.io.Console;

import org.retailerdesk.security.Principal;
import org.retailerdesk.store.Credentials;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;

/**
 * The sign-in of the command-line tools: {@value Credentials#USER_VARIABLE} and
 * {@value Credentials#PASSWORD_VARIABLE}, else asked on the terminal. The one call the backup tools
 * make, to be replaced by the shared command-line start-up once it exists.
 */
final class CommandLineSignIn {

    private CommandLineSignIn() {
    }

    /**
     * Signs the open store in.
     *
     * @throws StoreException when there are no credentials and no terminal to ask, or they are refused
     */
    static Principal signIn(Store store) {
        return Credentials.fromEnvironment().orElseGet(CommandLineSignIn::ask).signIn(store);
    }

    private static Credentials ask() {
        Console console = System.console();
        if (console == null) {
            throw new StoreException(Messages.Cli_noCredentials);
        }
        String user = console.readLine(Messages.Cli_user);
        char[] password = console.readPassword(Messages.Cli_password);
        if (user == null || password == null) {
            throw new StoreException(Messages.Cli_noCredentials);
        }
        return new Credentials(user.strip(), password);
    }
}
