package org.retailerdesk.store;

/**
 * Who is acting: the one name every write and every audit row carries. Callers never pass an
 * identity; the store asks here. Until there is a sign-in it is the operating-system user the
 * process started as (read once, so a later change of {@code user.name} changes nothing); the
 * sign-in sets the signed-in user.
 */
public final class Actor {

    private static volatile String current = System.getProperty("user.name", "retailerdesk"); //$NON-NLS-1$ //$NON-NLS-2$

    private Actor() {
    }

    /** @return the name of who is acting now */
    public static String current() {
        return current;
    }

    /**
     * Makes {@code name} the actor of every later write: for the sign-in, and for tests that check
     * what the audit trail records.
     *
     * @throws IllegalArgumentException when the name is blank
     */
    public static void set(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name"); //$NON-NLS-1$
        }
        current = name.strip();
    }
}
