package org.retailerdesk.ui.publicity.internal;

/** Who the audit trail names for writes made here (until one headless place says who is acting). */
final class UiJobs {

    static final String ACTOR = System.getProperty("user.name", "retailerdesk"); //$NON-NLS-1$ //$NON-NLS-2$

    private UiJobs() {
    }
}
