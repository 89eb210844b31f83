package org.retailerdesk.model.validation;

/**
 * The rules the model is checked against. The constant names are the stable rule codes: callers
 * may store or compare them, so they are never renamed.
 */
public enum Rule {
    /** A required value (reference, text, date or amount) is missing or blank. */
    REQUIRED,
    /** Retailer customer code: exactly 12 ASCII digits. */
    CUSTOMER_CODE_FORMAT,
    /** Retailer licence number: exactly 12 ASCII digits. */
    LICENCE_NUMBER_FORMAT,
    /** Grade of a retailer or an allocation line: 1 to 30. */
    GRADE_RANGE,
    /** Classification code: market type C/X, business format A-G, scale 1-3, e.g. XB1. */
    CLASSIFICATION_CODE_FORMAT,
    /** Market type, business format or (when set) scale disagrees with the classification code. */
    CLASSIFICATION_MISMATCH,
    /** Two dates of one object are in the wrong order, e.g. licence expiry before issue. */
    DATE_ORDER,
    /** An operating record, visit or publicity record is dated after today. */
    DATE_IN_FUTURE,
    /** A count, amount or area is negative. */
    NOT_NEGATIVE,
    /** The total quantity of an allocation round is not greater than zero. */
    TOTAL_QUANTITY_POSITIVE,
    /** A priority household with a preference rule has no positive preference value. */
    PREFERENCE_VALUE_POSITIVE,
    /** A manually overridden allocation line lacks the reason or who overrode it. */
    OVERRIDE_TRACEABLE,
    /** A manager grade is set on staff who is not a customer manager. */
    MANAGER_GRADE_ROLE,
    /** Manager grade outside 1 to 5. */
    MANAGER_GRADE_RANGE,
    /** A phone number looks like neither a Chinese mobile nor a landline with area code (a warning). */
    PHONE_FORMAT(Severity.WARNING),
    /** A customer manager, licence officer, delivery staff or phone-order clerk of a retailer has another role. */
    STAFF_ROLE,
    /** One of EMF's structural checks, e.g. an unresolved reference; its message is EMF's own (English). */
    EMF_STRUCTURE;

    private final Severity severity;

    Rule() {
        this(Severity.ERROR);
    }

    Rule(Severity severity) {
        this.severity = severity;
    }

    /** The severity of the problems this rule reports. */
    public Severity severity() {
        return severity;
    }
}
