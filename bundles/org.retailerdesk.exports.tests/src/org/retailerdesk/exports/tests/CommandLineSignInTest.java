package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retailerdesk.cli.CommandLineException;
import org.retailerdesk.cli.CommandLineSession;
import org.retailerdesk.cli.CommandLineSignIn;
import org.retailerdesk.cli.Terminal;
import org.retailerdesk.security.Principal;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.Credentials;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.testsupport.TempStore;

/** Who a command-line tool acts as: the environment's credentials, else the terminal's, else a clear refusal. */
class CommandLineSignInTest {

    private TempStore temp;

    /** A terminal that answers from a list and keeps what it was asked and shown. */
    private static final class Answers implements Terminal {
        final Deque<String> answers;
        final List<String> asked = new ArrayList<>();

        Answers(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public String readLine(String prompt) {
            asked.add(prompt);
            return answers.poll();
        }

        @Override
        public char[] readPassword(String prompt) {
            asked.add(prompt);
            String a = answers.poll();
            return a == null ? null : a.toCharArray();
        }

        @Override
        public void println(String line) {
            asked.add(line);
        }
    }

    @BeforeEach
    void newDatabase() {
        temp = TempStore.unopened();
        temp.store().open();
    }

    @AfterEach
    void close() {
        temp.close();
    }

    @Test
    void theEnvironmentsCredentialsMakeTheFirstUserTheAdministratorThenSignHimIn() throws Exception {
        Credentials given = new Credentials("chief", "first-password".toCharArray()); //$NON-NLS-1$ //$NON-NLS-2$
        Principal first = CommandLineSignIn.signIn(temp.store(), Optional.of(given), null);
        assertEquals("chief", first.user()); //$NON-NLS-1$
        assertEquals(Set.of(Role.ADMINISTRATOR), first.roles());
        temp.store().users().signOut();
        Principal again = CommandLineSignIn.signIn(temp.store(), Optional.of(new Credentials("chief", //$NON-NLS-1$
                "first-password".toCharArray())), new Answers()); //$NON-NLS-1$
        assertEquals("chief", again.user()); //$NON-NLS-1$
        assertEquals(again, temp.store().users().current());
    }

    @Test
    void withoutCredentialsOrTerminalItExitsWithTwoNamingTheVariables() {
        CommandLineException e = assertThrows(CommandLineException.class,
                () -> CommandLineSignIn.signIn(temp.store(), Optional.empty(), null));
        assertEquals(CommandLineSession.EXIT_USAGE, e.exitCode());
        assertTrue(e.getMessage().contains(Credentials.USER_VARIABLE) && e.getMessage().contains(Credentials.PASSWORD_VARIABLE),
                e.getMessage());
        assertTrue(temp.store().users().needsAdministrator());
    }

    @Test
    void onANewDatabaseTheTerminalAsksThePasswordTwiceAndAMismatchCreatesNobody() throws Exception {
        Answers typo = new Answers("chief", "first-password", "first-passwort"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CommandLineException e = assertThrows(CommandLineException.class,
                () -> CommandLineSignIn.signIn(temp.store(), Optional.empty(), typo));
        assertEquals(CommandLineSession.EXIT_USAGE, e.exitCode());
        assertEquals(4, typo.asked.size(), typo.asked.toString()); // the note that he becomes administrator, user, password twice
        assertTrue(temp.store().users().needsAdministrator());

        Principal p = CommandLineSignIn.signIn(temp.store(), Optional.empty(),
                new Answers("chief", "first-password", "first-password")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Set.of(Role.ADMINISTRATOR), p.roles());
    }

    @Test
    void aUserSignsInOnTheTerminalAndActsWithHisRolesOnly() throws Exception {
        TempStore.signInAdministrator(temp.store());
        temp.store().users().create(UserAccount.of("lina", "李娜", Set.of(Role.CENTRE_STAFF), null), //$NON-NLS-1$ //$NON-NLS-2$
                "lina-password".toCharArray()); //$NON-NLS-1$
        temp.store().users().signOut();
        Answers terminal = new Answers("lina", "lina-password"); //$NON-NLS-1$ //$NON-NLS-2$
        Principal p = CommandLineSignIn.signIn(temp.store(), Optional.empty(), terminal);
        assertEquals(2, terminal.asked.size(), terminal.asked.toString()); // no second password: he exists
        assertEquals("lina", temp.store().users().current().user()); //$NON-NLS-1$
        assertFalse(p.may(org.retailerdesk.security.Operation.MANAGE_USERS));
        assertFalse(temp.store().access().allows(org.retailerdesk.security.Operation.MANAGE_USERS));

        CommandLineException wrong = assertThrows(CommandLineException.class, () -> CommandLineSignIn.signIn(temp.store(),
                Optional.empty(), new Answers("lina", "not-her-password"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(CommandLineSession.EXIT_FAILED, wrong.exitCode());
        assertTrue(wrong.getMessage().contains("lina"), wrong.getMessage()); //$NON-NLS-1$
    }
}
