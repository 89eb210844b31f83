package org.retailerdesk.store;

import java.time.Instant;

/** A sign-in was refused; the message says why in the user's language (never whether the user exists). */
public class SignInException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** Why a sign-in was refused. */
    public enum Reason {
        /** unknown user or wrong password: the message does not say which */
        WRONG_PASSWORD,
        /** too many wrong passwords: {@link SignInException#lockedUntil()} says until when */
        LOCKED,
        /** an administrator deactivated the user */
        INACTIVE
    }

    private final Reason reason;
    private final Instant lockedUntil;

    public SignInException(Reason reason, String message, Instant lockedUntil) {
        super(message);
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    public Reason reason() {
        return reason;
    }

    /** When the lock ends, for {@link Reason#LOCKED}; else null. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}
