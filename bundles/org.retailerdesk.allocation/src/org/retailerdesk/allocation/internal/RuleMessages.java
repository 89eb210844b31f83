package org.retailerdesk.allocation.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of contributed allocation rules ({@link org.retailerdesk.allocation.AllocationRules}). */
public final class RuleMessages extends NLS {
    private static final String BUNDLE_NAME = RuleMessages.class.getPackageName() + ".rules"; //$NON-NLS-1$

    public static String Rules_cannotCreate;
    public static String Rules_incomplete;
    public static String Rules_duplicate;
    public static String Rules_unknown;
    public static String Rules_failed;
    public static String Rules_noneEligible;
    public static String Line_excludedByRule;

    static {
        NLS.initializeMessages(BUNDLE_NAME, RuleMessages.class);
    }

    private RuleMessages() {
    }
}
