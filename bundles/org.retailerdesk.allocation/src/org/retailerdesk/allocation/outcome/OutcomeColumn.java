package org.retailerdesk.allocation.outcome;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;

import org.retailerdesk.allocation.outcome.internal.Messages;

/** The columns of a report table, shared by the view's tables and the CSV and XLSX export. */
public enum OutcomeColumn {
    GROUP(Kind.TEXT, null),
    RETAILERS(Kind.COUNT, Messages.Column_retailers),
    HOUSEHOLDS(Kind.COUNT, Messages.Column_households),
    SHARE_OF_RETAILERS(Kind.SHARE, Messages.Column_shareOfRetailers),
    HOUSEHOLD_CARTONS(Kind.COUNT, Messages.Column_householdCartons),
    CARTONS(Kind.COUNT, Messages.Column_cartons),
    SHARE_OF_SUPPLY(Kind.SHARE, Messages.Column_shareOfSupply),
    RATIO(Kind.RATIO, Messages.Column_ratio);

    public enum Kind {
        TEXT, COUNT, SHARE, RATIO
    }

    /** What an undefined share or ratio (no retailers, no cartons, no households) shows. */
    public static final String UNDEFINED = "\u2014"; //$NON-NLS-1$

    private final Kind kind;
    private final String header;

    OutcomeColumn(Kind kind, String header) {
        this.kind = kind;
        this.header = header;
    }

    public Kind kind() {
        return kind;
    }

    public String header(Breakdown breakdown) {
        return this == GROUP ? breakdown.groupHeader() : header;
    }

    /**
     * @return the label (TEXT), a Long (COUNT), a Double fraction (SHARE) or ratio (RATIO), or null
     *         for an undefined share or ratio
     */
    public Object value(OutcomeRow row) {
        return switch (this) {
        case GROUP -> row.label();
        case RETAILERS -> row.retailers();
        case HOUSEHOLDS -> row.households();
        case SHARE_OF_RETAILERS -> boxed(row.shareOfRetailers());
        case HOUSEHOLD_CARTONS -> row.householdCartons();
        case CARTONS -> row.cartons();
        case SHARE_OF_SUPPLY -> boxed(row.shareOfSupply());
        case RATIO -> boxed(row.ratio());
        };
    }

    /** The value as the table shows it: counts grouped, shares in per cent (two decimals), the ratio with two decimals. */
    public String text(OutcomeRow row, Locale locale) {
        Object v = value(row);
        if (v == null) {
            return UNDEFINED;
        }
        return switch (kind) {
        case TEXT -> (String) v;
        case COUNT -> NumberFormat.getIntegerInstance(locale).format(v);
        case SHARE -> {
            NumberFormat f = NumberFormat.getPercentInstance(locale);
            // households are a few per cent of retailers: two decimals tell small categories apart
            f.setMinimumFractionDigits(2);
            f.setMaximumFractionDigits(2);
            yield f.format(v);
        }
        case RATIO -> String.format(locale, "%.2f", v); //$NON-NLS-1$
        };
    }

    private static Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
