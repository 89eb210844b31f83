package org.retailerdesk.allocation;

import java.util.List;

/**
 * A computed round: per group its share and per-grade quantities, per retailer its cartons and
 * why, and the totals. Immutable. Retailers are addressed by their index in the
 * {@link #retailers()} the plan was computed for.
 */
public interface AllocationPlan {

    /**
     * One group of the round (the whole round for {@link RoundSpec.Method#BY_GRADE}).
     *
     * @param keys              its key per group dimension, in the specification's order (empty by grade)
     * @param label             its keys as shown to users, e.g. 城网 · 城东区 (empty by grade)
     * @param share             the cartons the weights gave it (T for by grade)
     * @param perGrade          x_g per grade, index = grade (1..30; 0 unused); grades below the cut-off get 0
     * @param retailersPerGrade eligible retailers per grade, index = grade
     * @param cartonsPerGrade   cartons handed to each grade, index = grade
     * @param total             the cartons handed to the group
     * @param spill             cartons of the total beyond the share: leftover of other groups it took
     */
    record Group(List<String> keys, String label, long share, int[] perGrade, long[] retailersPerGrade,
            long[] cartonsPerGrade, long total, long spill) {
    }

    /**
     * One retailer's allocation.
     *
     * @param retailerId    the store id
     * @param grade         its grade
     * @param group         index into {@link #groups()}, or -1 when its grade is below the cut-off
     * @param gradeQuantity x_g of its group and grade (0 below the cut-off)
     * @param quantity      the cartons it gets
     * @param explanation   why (grade, group, two-week multiplier, priority rule, cap), in the default locale
     */
    record Line(long retailerId, int grade, int group, int gradeQuantity, int quantity, String explanation) {
    }

    RoundSpec spec();

    RetailerSet retailers();

    List<Group> groups();

    /** @return the line of retailer i; its explanation is made on demand */
    Line line(int i);

    /** @return the cartons of retailer i (faster than {@link #line}) */
    int quantity(int i);

    /** @return the cartons handed out in all */
    long total();

    /** @return supply − total: cartons left over (negative: handed out beyond the supply, when allowed) */
    default long gap() {
        return spec().supply() - total();
    }

    /** @return whether the total is exactly the supply */
    default boolean hitsSupply() {
        return gap() == 0;
    }

    /** @return cartons per grade over all groups, index = grade */
    long[] cartonsPerGrade();

    /** @return the cartons that reached priority-assistance households */
    long priorityTotal();

    /** @return how many priority-assistance households are eligible (grade at or above the cut-off) */
    long priorityRetailers();
}
