package org.retailerdesk.allocation.internal;

import java.math.BigDecimal;

import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RoundSpec;

/**
 * What one retailer gets when its grade gets {@code v} cartons. Four kinds of retailer differ: on a
 * two-week visit cycle or not, priority household or not ({@link #classOf}). For each kind the
 * quantity is {@code min(cap, max(minimum, roundHalfUp(v * factor)))}, where the factor is the
 * two-week multiplier and/or the priority uplift, the minimum applies to priority households under
 * {@link PriorityRule.Kind#GUARANTEED_MINIMUM} only, and cap 0 means none. Every part is
 * non-decreasing in {@code v}, so the quantity is a non-decreasing step function of {@code v} — the
 * property the optimiser relies on. Factors are exact decimals (at most {@value #MAX_SCALE} places),
 * computed in integers, so no floating-point rounding can differ between runs.
 */
final class QuantityRule {

    static final int CLASSES = 4;
    static final int BIWEEKLY = 1;
    static final int PRIORITY = 2;
    static final int MAX_SCALE = 3;

    private final long[] numerator = new long[CLASSES];
    private final long[] denominator = new long[CLASSES];
    private final int minimum;
    private final int cap;
    private final BigDecimal biweekly;
    private final BigDecimal uplift;

    QuantityRule(RoundSpec spec) {
        biweekly = spec.biweeklyMultiplier();
        uplift = spec.priority().kind() == PriorityRule.Kind.UPLIFT ? spec.priority().value() : BigDecimal.ONE;
        minimum = spec.priority().kind() == PriorityRule.Kind.GUARANTEED_MINIMUM ? spec.priority().value().intValue() : 0;
        cap = spec.cap();
        for (int c = 0; c < CLASSES; c++) {
            BigDecimal f = BigDecimal.ONE;
            if ((c & BIWEEKLY) != 0) {
                f = f.multiply(biweekly);
            }
            if ((c & PRIORITY) != 0) {
                f = f.multiply(uplift);
            }
            f = f.stripTrailingZeros();
            if (f.scale() <= 0) {
                numerator[c] = f.longValueExact();
                denominator[c] = 1;
            } else {
                numerator[c] = f.unscaledValue().longValueExact();
                denominator[c] = BigDecimal.TEN.pow(f.scale()).longValueExact();
            }
        }
    }

    static int classOf(boolean biweekly, boolean priority) {
        return (biweekly ? BIWEEKLY : 0) | (priority ? PRIORITY : 0);
    }

    /** @return the grade quantity times the kind's factor, rounded half up, before minimum and cap */
    long scaled(int kind, long v) {
        return denominator[kind] == 1 ? v * numerator[kind]
                : (v * numerator[kind] + denominator[kind] / 2) / denominator[kind];
    }

    /** @return the cartons of a retailer of that kind whose grade gets v */
    long quantity(int kind, long v) {
        long q = scaled(kind, v);
        if ((kind & PRIORITY) != 0 && q < minimum) {
            q = minimum;
        }
        return cap > 0 && q > cap ? cap : q;
    }

    /** @return the cartons a retailer of that kind gets at least, whatever its grade gets */
    long floor(int kind) {
        return quantity(kind, 0);
    }

    int cap() {
        return cap;
    }

    int minimum() {
        return minimum;
    }

    BigDecimal biweeklyFactor() {
        return biweekly;
    }

    BigDecimal upliftFactor() {
        return uplift;
    }
}
