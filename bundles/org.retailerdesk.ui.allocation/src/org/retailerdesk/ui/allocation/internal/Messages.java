package org.retailerdesk.ui.allocation.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

    public static String Chart_allRetailers;
    public static String Chart_grade;
    public static String Chart_quantity;
    public static String Chart_title;
    public static String Editor_calculated;
    public static String Editor_failedTitle;
    public static String Editor_newRound;
    public static String Editor_noEngine;
    public static String Editor_notSaved;
    public static String Editor_notice;
    public static String Editor_publish;
    public static String Editor_published;
    public static String Editor_readFailed;
    public static String Editor_reading;
    public static String Editor_save;
    public static String Groups_allocated;
    public static String Groups_group;
    public static String Groups_retailers;
    public static String Groups_share;
    public static String Groups_spill;
    public static String Input_badPeriod;
    public static String Input_noBrand;
    public static String Input_notNumber;
    public static String Input_notWhole;
    public static String Lines_code;
    public static String Lines_computed;
    public static String Lines_explanation;
    public static String Lines_grade;
    public static String Lines_group;
    public static String Lines_override;
    public static String Lines_overrideReason;
    public static String Lines_quantity;
    public static String Lines_shop;
    public static String Lines_title;
    public static String Lines_undo;
    public static String Notice_dialogTitle;
    public static String Notice_failed;
    public static String Notice_job;
    public static String Notice_pdf;
    public static String Notice_written;
    public static String Notice_xlsx;
    public static String Override_by;
    public static String Override_message;
    public static String Override_quantity;
    public static String Override_reason;
    public static String Override_title;
    public static String Preview_closest;
    public static String Preview_computed;
    public static String Preview_exact;
    public static String Preview_job;
    public static String Preview_overrides;
    public static String Preview_totals;
    public static String Publish_confirm;
    public static String Publish_failed;
    public static String Publish_job;
    public static String Publish_title;
    public static String Rounds_code;
    public static String Rounds_method;
    public static String Rounds_new;
    public static String Rounds_none;
    public static String Rounds_open;
    public static String Rounds_period;
    public static String Rounds_publishedOn;
    public static String Rounds_reading;
    public static String Rounds_status;
    public static String Rounds_supply;
    public static String Rounds_title;
    public static String Save_failed;
    public static String Conflict_changed;
    public static String Conflict_deleted;
    public static String Save_invalid;
    public static String Save_notRead;
    public static String Save_job;
    public static String Setup_brand;
    public static String Setup_cap;
    public static String Setup_chooseDimension;
    public static String Setup_capHint;
    public static String Setup_cutoff;
    public static String Setup_dimension1;
    public static String Setup_dimension2;
    public static String Setup_method;
    public static String Setup_multiplier;
    public static String Setup_noDimension;
    public static String Setup_noKey;
    public static String Setup_noWeights;
    public static String Setup_period;
    public static String Setup_periodHint;
    public static String Setup_priority;
    public static String Setup_priorityMinimum;
    public static String Setup_priorityNone;
    public static String Setup_priorityUplift;
    public static String Setup_priorityValue;
    public static String Setup_supply;
    public static String Setup_weightHint;
    public static String Setup_weights;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
