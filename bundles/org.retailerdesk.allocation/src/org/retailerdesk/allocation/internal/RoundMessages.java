package org.retailerdesk.allocation.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of stored rounds: loading, saving, overriding, publishing. */
public final class RoundMessages extends NLS {
    private static final String BUNDLE_NAME = RoundMessages.class.getPackageName() + ".rounds"; //$NON-NLS-1$

    public static String Line_notFound;
    public static String Override_negative;
    public static String Override_noReason;
    public static String Override_noStaff;
    public static String Override_notInPlan;
    public static String Override_reasonTooLong;
    public static String Round_badRule;
    public static String Round_locked;
    public static String Round_notFound;

    static {
        NLS.initializeMessages(BUNDLE_NAME, RoundMessages.class);
    }

    private RoundMessages() {
    }
}
