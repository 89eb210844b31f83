package org.retailerdesk.network;

import org.retailerdesk.model.validation.Rule;
import org.retailerdesk.model.validation.Severity;

/**
 * What {@link MasterData} checks an entry for. The constant names are stable codes: callers (an
 * import's report, say) may store or compare them.
 */
public enum Check {
    /** A code, a name or a required reference (a department's district, a route's or group's department) is missing. */
    REQUIRED,
    /** A text is longer than its column. */
    TOO_LONG,
    /** A code is not in its kind's format (letters and digits; a brand's: a barcode of 8 to 14 digits). */
    CODE_FORMAT,
    /** Another entry of the kind has the code, ignoring case (retired ones included). */
    CODE_TAKEN,
    /** A price is negative. */
    NOT_NEGATIVE,
    /** A price has more than two decimals or too many digits for the column. */
    AMOUNT_FORMAT,
    /** A brand's retail price per carton is below its wholesale price. */
    RETAIL_BELOW_WHOLESALE,
    /** A manager grade on staff who is not a customer manager (the model's rule). */
    MANAGER_GRADE_ROLE,
    /** A manager grade outside 1 to 5 (the model's rule). */
    MANAGER_GRADE_RANGE,
    /** A phone number that looks like none (the model's rule; a warning). */
    PHONE_FORMAT(Severity.WARNING),
    /** The entry points at a retired entry (a warning: it is kept, but new work should not go there). */
    REFERENCE_RETIRED(Severity.WARNING),
    /** A delete refused: records still point at the entry. */
    IN_USE,
    /** Another of the model's rules. */
    MODEL;

    private final Severity severity;

    Check() {
        this(Severity.ERROR);
    }

    Check(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The check that a problem found by the model's validation stands for. */
    static Check of(Rule rule) {
        return switch (rule) {
            case REQUIRED -> REQUIRED;
            case NOT_NEGATIVE -> NOT_NEGATIVE;
            case MANAGER_GRADE_ROLE -> MANAGER_GRADE_ROLE;
            case MANAGER_GRADE_RANGE -> MANAGER_GRADE_RANGE;
            case PHONE_FORMAT -> PHONE_FORMAT;
            default -> MODEL;
        };
    }
}
