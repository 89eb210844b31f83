package org.retailerdesk.allocation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.RoundSpec;

/**
 * Splits the supply over the groups by their weights, in exact integer arithmetic.
 * <p>
 * A group's weight is the product of its keys' weights in the dimensions that have weights, times
 * its share of the eligible retailers among the groups with the same keys in those dimensions
 * (so urban:rural 4:6 by district gives urban 40 %, split over the urban districts by their
 * retailers; with no weights at all every group weighs by its retailers). Quotas T·w_G/Σw are
 * exact fractions over one common denominator; each group gets the floor of its quota and the
 * cartons left (fewer than the groups) go one each to the largest remainders, ties to the group
 * first in key order (Hamilton's largest-remainder method). The shares therefore sum to T exactly
 * and do not depend on the order of the retailers.
 */
final class Apportionment {

    private Apportionment() {
    }

    static long[] shares(RoundSpec spec, Grouping grouping) {
        List<Grouping.Group> groups = grouping.groups;
        List<Dimension> dims = grouping.dimensions;
        checkWeights(spec, grouping);
        List<Integer> weighted = new ArrayList<>();
        for (int d = 0; d < dims.size(); d++) {
            if (spec.weights().containsKey(dims.get(d))) {
                weighted.add(d);
            }
        }
        // retailers per combination of weighted keys: the "parent" a group's retailers are a share of
        Map<List<String>, Long> parents = new HashMap<>();
        for (Grouping.Group g : groups) {
            parents.merge(parentKey(g, weighted), g.retailers(), Long::sum);
        }
        BigInteger lcm = BigInteger.ONE;
        for (long p : new HashSet<>(parents.values())) {
            BigInteger b = BigInteger.valueOf(p);
            lcm = lcm.divide(lcm.gcd(b)).multiply(b);
        }
        int scale = 0;
        for (Map<String, BigDecimal> m : spec.weights().values()) {
            for (BigDecimal w : m.values()) {
                scale = Math.max(scale, w.stripTrailingZeros().scale());
            }
        }
        BigInteger[] numerators = new BigInteger[groups.size()];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < groups.size(); i++) {
            Grouping.Group g = groups.get(i);
            BigDecimal product = BigDecimal.ONE;
            for (int d : weighted) {
                product = product.multiply(spec.weights().get(dims.get(d)).get(g.keys().get(d)));
            }
            BigInteger integral = product.movePointRight(scale * weighted.size()).toBigIntegerExact();
            BigInteger share = lcm.divide(BigInteger.valueOf(parents.get(parentKey(g, weighted))));
            numerators[i] = integral.multiply(BigInteger.valueOf(g.retailers())).multiply(share);
            sum = sum.add(numerators[i]);
        }
        if (sum.signum() == 0) {
            throw new AllocationException(Messages.Error_weightsZero);
        }
        BigInteger supply = BigInteger.valueOf(spec.supply());
        long[] shares = new long[groups.size()];
        BigInteger[] remainders = new BigInteger[groups.size()];
        long given = 0;
        for (int i = 0; i < groups.size(); i++) {
            BigInteger[] qr = supply.multiply(numerators[i]).divideAndRemainder(sum);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; given < spec.supply(); k++, given++) {
            shares[order.get(k)]++;
        }
        return shares;
    }

    private static List<String> parentKey(Grouping.Group g, List<Integer> weighted) {
        List<String> key = new ArrayList<>();
        for (int d : weighted) {
            key.add(g.keys().get(d));
        }
        return key;
    }

    /** Every weight for a group dimension, not negative, for a key some eligible retailer has; every such key weighed. */
    private static void checkWeights(RoundSpec spec, Grouping grouping) {
        for (Map.Entry<Dimension, Map<String, BigDecimal>> e : spec.weights().entrySet()) {
            Dimension d = e.getKey();
            int index = grouping.dimensions.indexOf(d);
            if (index < 0) {
                throw new AllocationException(NLS.bind(Messages.Error_weightsNotGrouped, d.option()));
            }
            Set<String> present = new java.util.TreeSet<>();
            grouping.groups.forEach(g -> present.add(g.keys().get(index)));
            for (Map.Entry<String, BigDecimal> w : e.getValue().entrySet()) {
                if (w.getValue() == null || w.getValue().signum() < 0) {
                    throw new AllocationException(NLS.bind(Messages.Error_weightNegative,
                            new Object[] { d.option(), w.getKey(), w.getValue() }));
                }
                if (!present.contains(w.getKey())) {
                    throw new AllocationException(NLS.bind(Messages.Error_weightUnknownKey,
                            new Object[] { d.option(), w.getKey(), String.join(", ", present) }));
                }
            }
            for (String key : present) {
                if (!e.getValue().containsKey(key)) {
                    throw new AllocationException(NLS.bind(Messages.Error_weightMissing, d.option(), key));
                }
            }
        }
    }
}
