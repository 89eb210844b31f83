package org.retailerdesk.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The retailers a round may serve, as compact arrays (an id, a grade, two flags and one dictionary
 * index per {@link Dimension} each): 500 000 retailers take about 30 MB and no EMF object. Made with
 * {@link #builder()}, or read from the store with {@link RetailerSets#fromStore}. Immutable.
 */
public final class RetailerSet {

    public static final int MIN_GRADE = 1;
    public static final int MAX_GRADE = 30;
    private static final byte BIWEEKLY = 1;
    private static final byte PRIORITY = 2;
    private static final int DIMENSIONS = Dimension.values().length;

    private final long[] ids;
    private final byte[] grades;
    private final byte[] flags;
    private final int[][] keys;
    private final List<List<String>> dictionaries;
    private final List<Map<String, String>> labels;

    private RetailerSet(Builder b) {
        ids = Arrays.copyOf(b.ids, b.size);
        grades = Arrays.copyOf(b.grades, b.size);
        flags = Arrays.copyOf(b.flags, b.size);
        keys = new int[DIMENSIONS][];
        for (int d = 0; d < DIMENSIONS; d++) {
            keys[d] = Arrays.copyOf(b.keys[d], b.size);
        }
        dictionaries = b.dictionaries.stream().map(List::copyOf).toList();
        labels = b.labels.stream().map(Map::copyOf).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return ids.length;
    }

    /** @return the store id of retailer i (0 for retailers not from a store) */
    public long id(int i) {
        return ids[i];
    }

    public int grade(int i) {
        return grades[i];
    }

    /** @return whether retailer i is visited every two weeks */
    public boolean biweekly(int i) {
        return (flags[i] & BIWEEKLY) != 0;
    }

    /** @return whether retailer i is an active priority-assistance household */
    public boolean priority(int i) {
        return (flags[i] & PRIORITY) != 0;
    }

    /** @return retailer i's key in the dimension, e.g. URBAN, or a district's code */
    public String key(Dimension d, int i) {
        return dictionaries.get(d.ordinal()).get(keys[d.ordinal()][i]);
    }

    /** @return retailer i's key as an index into {@link #keys(Dimension)} */
    public int keyIndex(Dimension d, int i) {
        return keys[d.ordinal()][i];
    }

    /** @return the distinct keys of the dimension, in the order first seen */
    public List<String> keys(Dimension d) {
        return dictionaries.get(d.ordinal());
    }

    /** @return what to show for a key (a district's name, ...), the key itself when none was given */
    public String label(Dimension d, String key) {
        return labels.get(d.ordinal()).getOrDefault(key, key);
    }

    /** Collects retailers into arrays that grow as needed. */
    public static final class Builder {
        private long[] ids = new long[1024];
        private byte[] grades = new byte[1024];
        private byte[] flags = new byte[1024];
        private final int[][] keys = new int[DIMENSIONS][1024];
        private final List<List<String>> dictionaries = new ArrayList<>();
        private final List<Map<String, Integer>> indexes = new ArrayList<>();
        private final List<Map<String, String>> labels = new ArrayList<>();
        private int size;

        private Builder() {
            for (int d = 0; d < DIMENSIONS; d++) {
                dictionaries.add(new ArrayList<>());
                indexes.add(new HashMap<>());
                labels.add(new HashMap<>());
            }
        }

        /**
         * Adds a retailer.
         *
         * @param keys its key in every dimension, in {@link Dimension} order (null counts as "")
         * @throws IllegalArgumentException when the grade is not 1-30 or a key is missing
         */
        public Builder add(long id, int grade, boolean biweekly, boolean priority, String... keys) {
            if (grade < MIN_GRADE || grade > MAX_GRADE) {
                throw new IllegalArgumentException("grade " + grade + " of retailer " + id); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (keys.length != DIMENSIONS) {
                throw new IllegalArgumentException("expected " + DIMENSIONS + " keys"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (size == ids.length) {
                int n = size * 2;
                ids = Arrays.copyOf(ids, n);
                grades = Arrays.copyOf(grades, n);
                flags = Arrays.copyOf(flags, n);
                for (int d = 0; d < DIMENSIONS; d++) {
                    this.keys[d] = Arrays.copyOf(this.keys[d], n);
                }
            }
            ids[size] = id;
            grades[size] = (byte) grade;
            flags[size] = (byte) ((biweekly ? BIWEEKLY : 0) | (priority ? PRIORITY : 0));
            for (int d = 0; d < DIMENSIONS; d++) {
                String k = keys[d] == null ? "" : keys[d]; //$NON-NLS-1$
                List<String> dictionary = dictionaries.get(d);
                this.keys[d][size] = indexes.get(d).computeIfAbsent(k, x -> {
                    dictionary.add(x);
                    return dictionary.size() - 1;
                });
            }
            size++;
            return this;
        }

        /** Names a key for explanations and reports, e.g. a district code with the district's name. */
        public Builder label(Dimension d, String key, String label) {
            labels.get(d.ordinal()).put(key, label);
            return this;
        }

        public RetailerSet build() {
            return new RetailerSet(this);
        }
    }
}
