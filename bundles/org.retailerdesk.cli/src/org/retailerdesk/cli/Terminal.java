package org.retailerdesk.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Where a command-line tool asks for what its environment does not give: the user's terminal, or
 * a test's answers.
 */
public interface Terminal {

    /** @return the line typed after the prompt, or null at the end of the input */
    String readLine(String prompt);

    /** @return the password typed after the prompt, not echoed, or null at the end of the input */
    char[] readPassword(String prompt);

    /** Shows a line to the person at the terminal. */
    void println(String line);

    /**
     * @return the process's terminal, or null when it has none (no console, or input and output
     *         redirected: a script or a test, which must not wait for someone to type)
     */
    static Terminal system() {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return null;
        }
        return new Terminal() {
            @Override
            public String readLine(String prompt) {
                return console.readLine("%s", prompt); //$NON-NLS-1$
            }

            @Override
            public char[] readPassword(String prompt) {
                return console.readPassword("%s", prompt); //$NON-NLS-1$
            }

            @Override
            public void println(String line) {
                console.writer().println(line);
                console.flush();
            }
        };
    }

    /**
     * From Java 22 on {@link System#console()} answers also when the streams are redirected, and
     * {@code Console.isTerminal()} (not in Java 21's API) tells the difference; before, a console is a terminal.
     */
    private static boolean isTerminal(Console console) {
        try {
            Method m = Console.class.getMethod("isTerminal"); //$NON-NLS-1$
            return (Boolean) m.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
