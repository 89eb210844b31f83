package org.retailerdesk.allocation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.RetailerSet;

/**
 * The groups of a round: one per combination of keys, in the group dimensions, that some eligible
 * retailer has (one group of everyone when there is no dimension). Groups are ordered by their keys
 * as text, so the order never depends on the order of the retailers.
 */
final class Grouping {

    /** One group: its keys and, per grade and retailer kind, its eligible retailers. */
    record Group(List<String> keys, long[][] counts, long retailers) {
    }

    final List<Dimension> dimensions;
    final List<Group> groups;
    /** Per retailer its group's index, -1 for retailers below the cut-off or excluded by a rule. */
    final int[] groupOf;
    final Eligibility eligibility;

    Grouping(List<Dimension> dimensions, RetailerSet retailers, int cutoff) {
        this(dimensions, retailers, cutoff, Eligibility.ALL);
    }

    Grouping(List<Dimension> dimensions, RetailerSet retailers, int cutoff, Eligibility eligibility) {
        this.dimensions = dimensions;
        this.eligibility = eligibility;
        int n = retailers.size();
        int[] sizes = dimensions.stream().mapToInt(d -> retailers.keys(d).size()).toArray();
        int cells = 1;
        for (int s : sizes) {
            cells = Math.multiplyExact(cells, s);
        }
        // a retailer's cell numbers its key combination; cells found get group numbers in order of keys
        int[] cellOf = new int[n];
        boolean[] used = new boolean[cells];
        for (int i = 0; i < n; i++) {
            if (retailers.grade(i) < cutoff || eligibility.excluded(i)) {
                cellOf[i] = -1;
                continue;
            }
            int cell = 0;
            for (int d = 0; d < sizes.length; d++) {
                cell = cell * sizes[d] + retailers.keyIndex(dimensions.get(d), i);
            }
            cellOf[i] = cell;
            used[cell] = true;
        }
        List<int[]> found = new ArrayList<>();
        for (int cell = 0; cell < cells; cell++) {
            if (used[cell]) {
                found.add(new int[] { cell });
            }
        }
        Comparator<int[]> byKeys = (a, b) -> {
            for (int d = 0; d < sizes.length; d++) {
                int c = keyOf(retailers, sizes, a[0], d).compareTo(keyOf(retailers, sizes, b[0], d));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        found.sort(byKeys);
        int[] groupOfCell = new int[cells];
        List<long[][]> counts = new ArrayList<>();
        for (int g = 0; g < found.size(); g++) {
            groupOfCell[found.get(g)[0]] = g;
            counts.add(new long[RetailerSet.MAX_GRADE + 1][QuantityRule.CLASSES]);
        }
        groupOf = new int[n];
        long[] members = new long[found.size()];
        for (int i = 0; i < n; i++) {
            if (cellOf[i] < 0) {
                groupOf[i] = -1;
                continue;
            }
            int g = groupOfCell[cellOf[i]];
            groupOf[i] = g;
            counts.get(g)[retailers.grade(i)][QuantityRule.classOf(retailers.biweekly(i), retailers.priority(i))]++;
            members[g]++;
        }
        List<Group> out = new ArrayList<>();
        for (int g = 0; g < found.size(); g++) {
            List<String> keys = new ArrayList<>();
            for (int d = 0; d < sizes.length; d++) {
                keys.add(keyOf(retailers, sizes, found.get(g)[0], d));
            }
            out.add(new Group(List.copyOf(keys), counts.get(g), members[g]));
        }
        groups = List.copyOf(out);
    }

    private String keyOf(RetailerSet retailers, int[] sizes, int cell, int d) {
        int rest = cell;
        for (int e = sizes.length - 1; e > d; e--) {
            rest /= sizes[e];
        }
        return retailers.keys(dimensions.get(d)).get(rest % sizes[d]);
    }
}
