package org.retailerdesk.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.internal.RoundMessages;
import org.retailerdesk.allocation.internal.RoundSaver;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationMethod;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AllocationRule;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.Transaction;

/**
 * The life of a stored round after the engine computed it: read it back, save it again after a
 * new computation or manual overrides, override one line, publish it (公示). Every write goes
 * through {@link Store#write}, so the audit trail records who changed what. A published round is
 * locked: saving, overriding or publishing it again is refused with a {@link RoundLockedException}
 * and stores nothing. Headless; call it from Jobs, never from the UI thread.
 */
public final class AllocationRounds {

    /** The model feature that ties rules and lines to their round. */
    private static final String ROUND = "round"; //$NON-NLS-1$

    private AllocationRounds() {
    }

    /** @return every stored round, newest first */
    public static List<AllocationRound> list(Store store) {
        List<AllocationRound> all = new ArrayList<>(store.findAll(AllocationRound.class));
        all.sort(Comparator.comparingLong(AllocationRound::getId).reversed());
        return all;
    }

    /**
     * Reads a round with its rules and lines, and the specification its rules describe.
     *
     * @throws AllocationException when there is no such round
     */
    public static StoredRound load(Store store, long roundId) {
        AllocationRound round = store.get(AllocationRound.class, roundId);
        if (round == null) {
            throw new AllocationException(NLS.bind(RoundMessages.Round_notFound, roundId));
        }
        List<AllocationRule> rules = new ArrayList<>(store.findByReference(AllocationRule.class, ROUND, roundId));
        rules.sort(Comparator.comparingInt(AllocationRule::getPosition));
        List<AllocationLine> lines = store.findByReference(AllocationLine.class, ROUND, roundId);
        return new StoredRound(round, spec(round, rules, lines), rules, lines);
    }

    /**
     * The specification a stored round was computed from. The model keeps no flag for "may exceed
     * the supply": it is read as set when the lines that were not overridden hand out more than
     * the supply, which the engine only does when allowed.
     */
    static RoundSpec spec(AllocationRound round, List<AllocationRule> rules, List<AllocationLine> lines) {
        RoundSpec.Builder b = RoundSpec.builder(round.getBrand() == null ? null : round.getBrand().getCode(),
                round.getTotalQuantity());
        b.period(YearMonth.from(round.getPeriodStart()));
        List<Dimension> dimensions = new ArrayList<>();
        for (AllocationRule r : rules) {
            double v = r.getValue();
            switch (r.getKind()) {
            case GRADE_CUTOFF -> b.cutoffGrade((int) v);
            case PER_RETAILER_CAP -> b.cap((int) v);
            case FORTNIGHTLY_DOUBLE -> b.biweeklyMultiplier(BigDecimal.valueOf(v));
            case PRIORITY_UPLIFT -> b.priority(PriorityRule.uplift(BigDecimal.valueOf(v)));
            case PRIORITY_MINIMUM -> b.priority(PriorityRule.minimum((int) v));
            case DIMENSION_WEIGHT -> {
                Dimension d = Dimension.ofOption(r.getDimension());
                if (d == null) {
                    throw new AllocationException(NLS.bind(RoundMessages.Round_badRule, round.getCode(), r.getDimension()));
                }
                if (!dimensions.contains(d)) {
                    dimensions.add(d);
                }
                if (r.getKey() != null) {
                    b.weight(d, r.getKey(), BigDecimal.valueOf(v));
                }
            }
            }
        }
        if (round.getMethod() == AllocationMethod.BY_GRADE_AND_DIMENSION) {
            b.groups(dimensions.toArray(Dimension[]::new));
        }
        long computed = lines.stream().filter(l -> !l.isOverridden()).mapToLong(AllocationLine::getQuantity).sum();
        b.allowExceed(computed > round.getTotalQuantity());
        return b.build();
    }

    /**
     * Saves a computed plan with its manual overrides (by retailer id), in one transaction: as a new
     * round when {@code base} is null, else in place of the round's specification, rules and lines
     * (only lines that changed are written, each change audited). In place is against the round as
     * {@code base} holds it: when the round or any of its lines was saved since {@code base} was
     * loaded (by another workstation), nothing is stored and a {@link ConflictException} says so;
     * {@link StoredRound#overridesOver} then puts the caller's changes on the newest round.
     *
     * @param base the round as loaded before the changes, or null for a new round
     * @return the round as stored
     * @throws RoundLockedException when the round is published; nothing is stored
     * @throws ConflictException    when the round or one of its lines changed since {@code base} was loaded
     * @throws AllocationException  when the brand is unknown or an override names a retailer not in the plan
     */
    public static AllocationRound save(Store store, StoredRound base, AllocationPlan plan,
            Map<Long, LineOverride> overrides) {
        return new RoundSaver(store).save(base, plan, overrides);
    }

    /**
     * Overrides one stored line: its quantity, the reason and who decided, audited as an update of
     * the line (so {@link Store#auditTrail} of the retailer lists it).
     *
     * @throws RoundLockedException when the round is published; nothing is stored
     * @throws AllocationException  when there is no such line
     */
    public static AllocationLine override(Store store, long lineId, LineOverride override) {
        return store.write(tx -> {
            AllocationLine line = tx.get(AllocationLine.class, lineId);
            if (line == null) {
                throw new AllocationException(NLS.bind(RoundMessages.Line_notFound, lineId));
            }
            editable(tx, line.getRound().getId());
            line.setQuantity(override.quantity());
            line.setOverridden(true);
            line.setOverrideReason(override.reason());
            line.setOverriddenBy(override.by());
            return tx.update(line);
        });
    }

    /**
     * Publishes a round (公示): status {@link RoundStatus#PUBLISHED} and the day, audited. From
     * then on the round is locked.
     *
     * @throws RoundLockedException when it is published already
     */
    public static AllocationRound publish(Store store, long roundId, LocalDate day) {
        return store.write(tx -> {
            AllocationRound round = editable(tx, roundId);
            round.setStatus(RoundStatus.PUBLISHED);
            round.setPublishedOn(day);
            return tx.update(round);
        });
    }

    /**
     * The round as the transaction sees it, if it may still change.
     *
     * @throws AllocationException  when there is no such round
     * @throws RoundLockedException when it is published
     */
    public static AllocationRound editable(Transaction tx, long roundId) {
        AllocationRound round = tx.get(AllocationRound.class, roundId);
        if (round == null) {
            throw new AllocationException(NLS.bind(RoundMessages.Round_notFound, roundId));
        }
        if (round.getStatus() == RoundStatus.PUBLISHED) {
            throw new RoundLockedException(round.getCode(), round.getPublishedOn());
        }
        return round;
    }
}
