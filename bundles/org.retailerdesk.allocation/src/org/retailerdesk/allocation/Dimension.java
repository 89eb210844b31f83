package org.retailerdesk.allocation;

import java.util.Locale;

/** A retailer attribute that splits a round into groups, each with its own share of the supply. */
public enum Dimension {
    /** 市场类型: URBAN / RURAL. */
    MARKET_TYPE("marketType"),
    /** 零售业态: the business format's literal, e.g. GROCERY. */
    BUSINESS_FORMAT("businessFormat"),
    /** 行政区域: the district's code. */
    DISTRICT("district"),
    /** 市场部: the market department's code. */
    MARKET_DEPARTMENT("marketDepartment"),
    /** 诚信等级: AAA, AA, A, B (empty when not rated). */
    CREDIT_LEVEL("creditLevel");

    private final String option;

    Dimension(String option) {
        this.option = option;
    }

    /** @return the name used on the command line, e.g. {@code marketType} */
    public String option() {
        return option;
    }

    /** @return the dimension with that command-line name (case ignored), or null */
    public static Dimension ofOption(String name) {
        for (Dimension d : values()) {
            if (d.option.toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        return null;
    }
}
