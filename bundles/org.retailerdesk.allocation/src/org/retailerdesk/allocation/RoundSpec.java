package org.retailerdesk.allocation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a round of scarce supply asks for. Immutable; made with {@link #builder(String, int)}. The
 * record accepts anything: {@link AllocationEngine#compute} checks it and says what is wrong.
 *
 * @param brandCode          the brand's code (卷烟编码)
 * @param supply             T, the cartons to hand out
 * @param period             the month of the round
 * @param method             by grade, or by grade within groups
 * @param dimensions         the group dimensions (one or two) of {@link Method#BY_GRADE_IN_GROUPS}
 * @param weights            per dimension, the weight of each key (e.g. URBAN 4, RURAL 6); a group
 *                           dimension without weights splits its parent's share by eligible retailers
 * @param cutoffGrade        the lowest grade that gets anything (1: no cut-off)
 * @param cap                the most cartons one retailer gets (0: no cap)
 * @param biweeklyMultiplier the factor for retailers on a two-week visit cycle (1: none)
 * @param priority           the priority-household rule
 * @param allowExceed        whether the total may go above the supply when that comes closer to it
 * @param rules              ids of contributed {@link EligibilityRule}s that apply ({@link AllocationRules}), in order
 */
public record RoundSpec(String brandCode, int supply, YearMonth period, Method method, List<Dimension> dimensions,
        Map<Dimension, Map<String, BigDecimal>> weights, int cutoffGrade, int cap, BigDecimal biweeklyMultiplier,
        PriorityRule priority, boolean allowExceed, List<String> rules) {

    public enum Method {
        /** 按档位投放: every retailer of grade g gets x_g. */
        BY_GRADE,
        /** 按档位+维度投放: the supply is split into groups by weights, then by grade within each group. */
        BY_GRADE_IN_GROUPS
    }

    public RoundSpec {
        dimensions = List.copyOf(dimensions);
        Map<Dimension, Map<String, BigDecimal>> w = new EnumMap<>(Dimension.class);
        weights.forEach((d, m) -> w.put(d, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        weights = Collections.unmodifiableMap(w);
        priority = priority == null ? PriorityRule.NONE : priority;
        biweeklyMultiplier = biweeklyMultiplier == null ? BigDecimal.ONE : biweeklyMultiplier;
        method = method == null ? Method.BY_GRADE : method;
        period = period == null ? YearMonth.now() : period;
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public static Builder builder(String brandCode, int supply) {
        return new Builder(brandCode, supply);
    }

    /** A builder with the same values, to derive a changed specification. */
    public Builder toBuilder() {
        Builder b = new Builder(brandCode, supply).period(period).method(method).cutoffGrade(cutoffGrade).cap(cap)
                .biweeklyMultiplier(biweeklyMultiplier).priority(priority).allowExceed(allowExceed);
        b.dimensions.addAll(dimensions);
        b.rules.addAll(rules);
        weights.forEach((d, m) -> m.forEach((k, v) -> b.weight(d, k, v)));
        return b;
    }

    public static final class Builder {
        private String brandCode;
        private int supply;
        private YearMonth period = YearMonth.now();
        private Method method = Method.BY_GRADE;
        private final List<Dimension> dimensions = new ArrayList<>();
        private final Map<Dimension, Map<String, BigDecimal>> weights = new EnumMap<>(Dimension.class);
        private int cutoffGrade = 1;
        private int cap;
        private BigDecimal biweeklyMultiplier = BigDecimal.ONE;
        private PriorityRule priority = PriorityRule.NONE;
        private boolean allowExceed;
        private final List<String> rules = new ArrayList<>();

        private Builder(String brandCode, int supply) {
            this.brandCode = brandCode;
            this.supply = supply;
        }

        public Builder brand(String code) {
            brandCode = code;
            return this;
        }

        public Builder supply(int cartons) {
            supply = cartons;
            return this;
        }

        public Builder period(YearMonth month) {
            period = month;
            return this;
        }

        public Builder method(Method m) {
            method = m;
            return this;
        }

        /** Sets {@link Method#BY_GRADE_IN_GROUPS} with these dimensions. */
        public Builder groups(Dimension... dims) {
            method = Method.BY_GRADE_IN_GROUPS;
            dimensions.clear();
            dimensions.addAll(List.of(dims));
            return this;
        }

        public Builder weight(Dimension d, String key, BigDecimal weight) {
            weights.computeIfAbsent(d, x -> new LinkedHashMap<>()).put(key, weight);
            return this;
        }

        public Builder weight(Dimension d, String key, double weight) {
            return weight(d, key, BigDecimal.valueOf(weight));
        }

        public Builder cutoffGrade(int grade) {
            cutoffGrade = grade;
            return this;
        }

        public Builder cap(int cartons) {
            cap = cartons;
            return this;
        }

        public Builder biweeklyMultiplier(BigDecimal factor) {
            biweeklyMultiplier = factor;
            return this;
        }

        public Builder priority(PriorityRule rule) {
            priority = rule;
            return this;
        }

        public Builder allowExceed(boolean allow) {
            allowExceed = allow;
            return this;
        }

        /** Applies the contributed {@link EligibilityRule} with this id (see {@link AllocationRules#all()}). */
        public Builder rule(String id) {
            rules.add(id);
            return this;
        }

        public RoundSpec build() {
            return new RoundSpec(brandCode, supply, period, method, dimensions, weights, cutoffGrade, cap,
                    biweeklyMultiplier, priority, allowExceed, rules);
        }
    }
}
