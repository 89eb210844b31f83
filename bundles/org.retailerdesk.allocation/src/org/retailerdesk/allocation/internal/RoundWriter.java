package org.retailerdesk.allocation.internal;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationMethod;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AllocationRule;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.model.RuleKind;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.Transaction;

/**
 * Stores a plan in one unit of work: the round, its rules, and a line per retailer through
 * {@link Transaction#insertAll} (batched, one audit row per chunk of {@value Store#BULK_CHUNK}),
 * so that a failure anywhere leaves nothing behind.
 */
final class RoundWriter {

    private static final int CODE_LENGTH = 30;
    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;

    private final Store store;

    RoundWriter(Store store) {
        this.store = store;
    }

    AllocationRound write(AllocationPlan plan) {
        return write(plan, Map.of());
    }

    /** Stores the plan as a new round, with the manual overrides (by retailer id) in its lines. */
    AllocationRound write(AllocationPlan plan, Map<Long, LineOverride> overrides) {
        RoundSpec spec = plan.spec();
        Brand brand = brand(store, plan);
        return store.write(tx -> {
            AllocationRound round = F.createAllocationRound();
            round.setCode(code(spec, store.findAll(AllocationRound.class)));
            describe(round, spec, brand);
            round.setStatus(RoundStatus.CALCULATED);
            tx.insert(round);
            int position = 0;
            for (AllocationRule r : rules(spec)) {
                r.setRound(round);
                r.setPosition(position++);
                tx.insert(r);
            }
            // lines are made chunk by chunk, so only the transaction keeps them until the commit
            Iterator<AllocationLine> lines = lines(plan, round, overrides);
            List<AllocationLine> chunk = new java.util.ArrayList<>(BulkLoad.BULK_CHUNK);
            while (lines.hasNext()) {
                AllocationLine line = lines.next();
                if (line.isOverridden()) {
                    // a manual override is audited field by field (quantity, reason, who), not in a chunk summary
                    tx.insert(line);
                } else {
                    chunk.add(line);
                }
                if ((chunk.size() == BulkLoad.BULK_CHUNK || !lines.hasNext()) && !chunk.isEmpty()) {
                    tx.insertAll(chunk);
                    chunk.clear();
                }
            }
            return round;
        });
    }

    /**
     * The plan's brand, checking that every retailer of the plan has a store id.
     *
     * @throws AllocationException when the brand is unknown or a retailer has no id
     */
    static Brand brand(Store store, AllocationPlan plan) {
        RoundSpec spec = plan.spec();
        Brand brand = store.findAll(Brand.class).stream().filter(b -> spec.brandCode().equals(b.getCode())).findFirst()
                .orElseThrow(() -> new AllocationException(NLS.bind(Messages.Error_unknownBrand, spec.brandCode())));
        RetailerSet retailers = plan.retailers();
        for (int i = 0; i < retailers.size(); i++) {
            if (retailers.id(i) <= 0) {
                throw new AllocationException(NLS.bind(Messages.Error_retailerWithoutId, i + 1));
            }
        }
        return brand;
    }

    /** Sets what the specification says about the round itself: title, brand, period, supply, method. */
    static void describe(AllocationRound round, RoundSpec spec, Brand brand) {
        round.setTitle(NLS.bind(Messages.Round_title, new Object[] { brand.getName(), spec.period(),
                spec.method() == RoundSpec.Method.BY_GRADE ? Messages.Round_byGrade : Messages.Round_inGroups }));
        round.setBrand(brand);
        round.setPeriodStart(spec.period().atDay(1));
        round.setPeriodEnd(spec.period().atEndOfMonth());
        round.setTotalQuantity(spec.supply());
        round.setMethod(spec.method() == RoundSpec.Method.BY_GRADE ? AllocationMethod.BY_GRADE
                : AllocationMethod.BY_GRADE_AND_DIMENSION);
    }

    /** The period and brand, numbered after the rounds of that period and brand stored before. */
    private static String code(RoundSpec spec, List<AllocationRound> existing) {
        String prefix = spec.period().toString().replace("-", "") + "-"; //$NON-NLS-1$ //$NON-NLS-2$
        String brand = spec.brandCode();
        int room = CODE_LENGTH - prefix.length() - 5;
        String stem = prefix + (brand.length() > room ? brand.substring(0, room) : brand) + "-"; //$NON-NLS-1$
        long n = existing.stream().filter(r -> r.getCode().startsWith(stem)).count() + 1;
        return stem + String.format("%03d", n); //$NON-NLS-1$
    }

    /** One rule per setting that shapes the plan, in the order they apply. */
    static List<AllocationRule> rules(RoundSpec spec) {
        List<AllocationRule> out = new java.util.ArrayList<>();
        if (spec.cutoffGrade() > RetailerSet.MIN_GRADE) {
            out.add(rule(RuleKind.GRADE_CUTOFF, null, null, spec.cutoffGrade()));
        }
        for (Dimension d : spec.dimensions()) {
            Map<String, BigDecimal> weights = spec.weights().get(d);
            if (weights == null) {
                // the dimension splits the round; its groups weigh by their retailers
                out.add(rule(RuleKind.DIMENSION_WEIGHT, d.option(), null, null));
            } else {
                weights.forEach((key, w) -> out.add(rule(RuleKind.DIMENSION_WEIGHT, d.option(), key, w.doubleValue())));
            }
        }
        if (spec.biweeklyMultiplier().compareTo(BigDecimal.ONE) != 0) {
            out.add(rule(RuleKind.FORTNIGHTLY_DOUBLE, null, null, spec.biweeklyMultiplier().doubleValue()));
        }
        PriorityRule p = spec.priority();
        if (p.kind() == PriorityRule.Kind.UPLIFT) {
            out.add(rule(RuleKind.PRIORITY_UPLIFT, null, null, p.value().doubleValue()));
        } else if (p.kind() == PriorityRule.Kind.GUARANTEED_MINIMUM) {
            out.add(rule(RuleKind.PRIORITY_MINIMUM, null, null, p.value().doubleValue()));
        }
        if (spec.cap() > 0) {
            out.add(rule(RuleKind.PER_RETAILER_CAP, null, null, spec.cap()));
        }
        return out;
    }

    /** Sets a line's grade, quantity and explanation from the plan, and its override if it has one. */
    static void fill(AllocationLine line, AllocationPlan.Line l, LineOverride override) {
        line.setGrade(l.grade());
        line.setExplanation(l.explanation());
        line.setQuantity(override == null ? l.quantity() : override.quantity());
        line.setOverridden(override != null);
        line.setOverrideReason(override == null ? null : override.reason());
        line.setOverriddenBy(override == null ? null : override.by());
    }

    private static AllocationRule rule(RuleKind kind, String dimension, String key, Number value) {
        AllocationRule r = F.createAllocationRule();
        r.setKind(kind);
        r.setDimension(dimension);
        r.setKey(key);
        if (value != null) {
            r.setValue(value.doubleValue());
        }
        return r;
    }

    /** The lines, made one at a time as the store asks for them. */
    private static Iterator<AllocationLine> lines(AllocationPlan plan, AllocationRound round,
            Map<Long, LineOverride> overrides) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < plan.retailers().size();
            }

            @Override
            public AllocationLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                AllocationPlan.Line l = plan.line(next++);
                Retailer retailer = F.createRetailer();
                retailer.setId(l.retailerId());
                AllocationLine line = F.createAllocationLine();
                line.setRound(round);
                line.setRetailer(retailer);
                fill(line, l, overrides.get(l.retailerId()));
                return line;
            }
        };
    }
}
