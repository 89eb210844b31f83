package org.retailerdesk.allocation;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How a round favours priority-assistance households (重点帮扶对象).
 *
 * @param kind  the rule
 * @param value UPLIFT: the factor (at least 1, e.g. 1.2); GUARANTEED_MINIMUM: cartons (a whole
 *              number, at least 1); NONE: ignored
 */
public record PriorityRule(Kind kind, BigDecimal value) {

    public enum Kind {
        /** Priority households are treated like every other retailer. */
        NONE,
        /** 按比例上浮: their quantity is multiplied by the factor (rounded half up). */
        UPLIFT,
        /** 保底数量: they get at least this many cartons, even where their grade gets none. */
        GUARANTEED_MINIMUM
    }

    public static final PriorityRule NONE = new PriorityRule(Kind.NONE, BigDecimal.ZERO);

    public PriorityRule {
        if (kind == null) {
            throw new IllegalArgumentException("kind"); //$NON-NLS-1$
        }
        value = value == null ? BigDecimal.ZERO : value;
    }

    public static PriorityRule uplift(BigDecimal factor) {
        return new PriorityRule(Kind.UPLIFT, factor);
    }

    public static PriorityRule minimum(int cartons) {
        return new PriorityRule(Kind.GUARANTEED_MINIMUM, BigDecimal.valueOf(cartons));
    }

    /**
     * Reads the command-line form {@code uplift:1.2}, {@code minimum:2} or {@code none}.
     *
     * @return the rule, or null when the text is not of that form
     */
    public static PriorityRule parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("none")) { //$NON-NLS-1$
            return NONE;
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            return null;
        }
        return switch (t.substring(0, colon).strip()) {
        case "uplift" -> uplift(v); //$NON-NLS-1$
        case "minimum" -> new PriorityRule(Kind.GUARANTEED_MINIMUM, v); //$NON-NLS-1$
        default -> null;
        };
    }
}
