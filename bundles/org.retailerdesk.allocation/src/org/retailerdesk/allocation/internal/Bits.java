package org.retailerdesk.allocation.internal;

/** Small helpers on bitsets as long arrays (bit s = the number s). */
final class Bits {

    private Bits() {
    }

    static boolean get(long[] set, long s) {
        return s >= 0 && (s >>> 6) < set.length && (set[(int) (s >>> 6)] & (1L << (s & 63))) != 0;
    }

    /** @return the largest member ≤ t, or -1 */
    static long highestAtMost(long[] set, long t) {
        for (long s = Math.min(t, ((long) set.length << 6) - 1); s >= 0; s--) {
            if (get(set, s)) {
                return s;
            }
        }
        return -1;
    }

    /**
     * @return {a + b : a ∈ x, b ∈ y, a + b ≤ max}, both sets within 0..max; costs the smaller set's
     *         members times max/64 word operations
     */
    static long[] sumset(long[] x, long[] y, long max) {
        int words = (int) (max >>> 6) + 1;
        long[] out = new long[words];
        boolean xSmaller = count(x) < count(y);
        long[] few = xSmaller ? x : y;
        long[] many = xSmaller ? y : x;
        for (long a = 0; a <= max; a++) {
            if (!get(few, a)) {
                continue;
            }
            int ws = (int) (a >>> 6);
            int bs = (int) (a & 63);
            for (int w = 0; w + ws < words && w < many.length; w++) {
                long bits = many[w];
                if (bits == 0) {
                    continue;
                }
                out[w + ws] |= bits << bs;
                if (bs != 0 && w + ws + 1 < words) {
                    out[w + ws + 1] |= bits >>> (64 - bs);
                }
            }
        }
        int extra = (int) (max & 63);
        if (extra != 63) {
            out[words - 1] &= (1L << (extra + 1)) - 1;
        }
        return out;
    }

    private static long count(long[] set) {
        long n = 0;
        for (long w : set) {
            n += Long.bitCount(w);
        }
        return n;
    }
}
