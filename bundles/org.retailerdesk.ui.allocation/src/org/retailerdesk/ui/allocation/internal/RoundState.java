package org.retailerdesk.ui.allocation.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.allocation.StoredRound;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.RoundStatus;

/**
 * What the round editor holds, without widgets: the stored round it is based on, the set-up
 * requested and the plan shown for it, the overrides with their undo history, and whether
 * anything is unsaved. Used on the UI thread only.
 */
final class RoundState {

    /** An override made since the last save, with the one it replaced (null: none), for undo. */
    private record Undo(long retailerId, LineOverride previous) {
    }

    private final RetailerSet retailers;
    /** The round as last read or saved (null: not stored yet); a save must not overwrite a newer one. */
    private StoredRound base;
    private Long roundId;
    private String roundCode;
    private boolean published;
    private LocalDate publishedOn;
    private RoundSpec requested;
    private RoundSpec shown;
    private AllocationPlan plan;
    private final Map<Long, LineOverride> overrides = new HashMap<>();
    private final Deque<Undo> undo = new ArrayDeque<>();
    /** The stored quantity per retailer id: what a published round's lines show. */
    private final Map<Long, Integer> storedQuantities = new HashMap<>();
    private final Map<Long, String> storedExplanations = new HashMap<>();
    private boolean dirty;

    RoundState(RetailerSet retailers) {
        this.retailers = retailers;
    }

    /**
     * Makes a stored round what the editor is based on: its overrides, and the versions a later
     * save is checked against.
     */
    void adopt(StoredRound stored) {
        AllocationRound round = stored.round();
        base = stored;
        overrides.clear();
        overrides.putAll(stored.overrides());
        storedQuantities.clear();
        storedExplanations.clear();
        for (AllocationLine line : stored.lines()) {
            storedQuantities.put(line.getRetailer().getId(), line.getQuantity());
            storedExplanations.put(line.getRetailer().getId(), line.getExplanation());
        }
        roundId = round.getId();
        roundCode = round.getCode();
        published = round.getStatus() == RoundStatus.PUBLISHED;
        publishedOn = round.getPublishedOn();
    }

    /** The round is stored as the editor shows it (saved, or reloaded in place of the changes). */
    void stored(StoredRound stored) {
        adopt(stored);
        undo.clear();
        dirty = false;
    }

    /** The round was published on that day: its lines are what the editor shows now. */
    void published(LocalDate day) {
        published = true;
        publishedOn = day;
        for (int i = 0; i < retailers.size(); i++) {
            storedQuantities.put(retailers.id(i), quantity(i));
        }
        undo.clear();
    }

    /** A new set-up to preview (null: the fields cannot be read, so there is no plan). */
    void request(RoundSpec spec) {
        requested = spec;
        if (spec == null) {
            shown = null;
            plan = null;
        }
    }

    /**
     * A computation finished.
     *
     * @return whether it answers the latest request, and is shown
     */
    boolean computed(RoundSpec spec, Object result) {
        if (spec != requested) {
            return false;
        }
        shown = spec;
        plan = result instanceof AllocationException ? null : (AllocationPlan) result;
        return true;
    }

    /** @return whether the plan shown is the one of the set-up requested */
    boolean current() {
        return plan != null && shown == requested && requested != null;
    }

    /** @return whether the set-up can be saved: it is read and, if computed already, not refused by the engine */
    boolean saveable() {
        return requested != null && !(shown == requested && plan == null);
    }

    /** @return whether the plan shown answers the set-up requested (valid or refused) */
    boolean settled() {
        return shown == requested;
    }

    void override(long retailerId, LineOverride o) {
        undo.push(new Undo(retailerId, overrides.get(retailerId)));
        overrides.put(retailerId, o);
        dirty = true;
    }

    /** @return whether there was an override to take back */
    boolean undoOverride() {
        if (undo.isEmpty()) {
            return false;
        }
        Undo u = undo.pop();
        if (u.previous() == null) {
            overrides.remove(u.retailerId());
        } else {
            overrides.put(u.retailerId(), u.previous());
        }
        dirty = true;
        return true;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Something changed that is not stored yet (a published round has nothing to store). */
    void changed() {
        if (!published) {
            dirty = true;
        }
    }

    /** A new round is not stored yet: it needs saving like any change. */
    void opened() {
        dirty = roundId == null;
    }

    /** @return the cartons of all lines as the table shows them */
    long total() {
        long total = 0;
        for (int i = 0; i < retailers.size(); i++) {
            total += quantity(i);
        }
        return total;
    }

    /** @return retailer i's cartons as the table shows them: stored when published, else computed or overridden */
    int quantity(int i) {
        long id = retailers.id(i);
        if (published && storedQuantities.containsKey(id)) {
            return storedQuantities.get(id);
        }
        LineOverride o = overrides.get(id);
        return o != null ? o.quantity() : plan == null ? 0 : plan.quantity(i);
    }

    /** @return the explanation of retailer i's line: as stored when published, else as computed */
    String explanation(int i, AllocationPlan.Line line) {
        long id = line.retailerId();
        return published && storedExplanations.containsKey(id) ? storedExplanations.get(id) : line.explanation();
    }

    LineOverride overrideOf(long retailerId) {
        return overrides.get(retailerId);
    }

    /** @return a copy of the overrides, by retailer id */
    Map<Long, LineOverride> overrides() {
        return Map.copyOf(overrides);
    }

    StoredRound base() {
        return base;
    }

    Long roundId() {
        return roundId;
    }

    String roundCode() {
        return roundCode;
    }

    boolean isPublished() {
        return published;
    }

    LocalDate publishedOn() {
        return publishedOn;
    }

    RoundSpec requested() {
        return requested;
    }

    AllocationPlan plan() {
        return plan;
    }

    boolean isDirty() {
        return dirty;
    }

    RetailerSet retailers() {
        return retailers;
    }
}
