package org.retailerdesk.ui.retailers.internal.life;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.retailerdesk.model.Entity;

/**
 * A read-only drop-down of values, its first item standing for none of them ("unchanged", "none",
 * "choose ..."); entities are the same value when they have the same id, whichever copy is offered.
 */
final class Choice<T> {

    private final Combo combo;
    private String none;
    private final Function<? super T, String> label;
    private List<T> values = List.of();

    Choice(Composite parent, String none, Function<? super T, String> label) {
        this.combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        this.none = none;
        this.label = label;
        combo.setVisibleItemCount(20);
        offer(List.of());
    }

    /** Offers new values under a new first item; keeps the chosen one when it is still offered. */
    void offer(String newNone, List<? extends T> newValues) {
        none = newNone;
        offer(newValues);
    }

    /** Offers new values, keeping the chosen one when it is still offered. */
    void offer(List<? extends T> newValues) {
        T kept = selected();
        values = List.copyOf(newValues);
        List<String> items = new ArrayList<>(List.of(none));
        values.forEach(v -> items.add(label.apply(v)));
        combo.setItems(items.toArray(String[]::new));
        select(kept);
    }

    /** Chooses the value (an entity by id); none for null or a value not offered. */
    void select(Object value) {
        int index = 0;
        for (int i = 0; value != null && i < values.size(); i++) {
            T v = values.get(i);
            if (v instanceof Entity e && value instanceof Entity other ? e.getId() == other.getId() : v.equals(value)) {
                index = i + 1;
            }
        }
        combo.select(index);
    }

    /** The chosen value, or null for the first item. */
    T selected() {
        int i = combo.getSelectionIndex();
        return i <= 0 || i > values.size() ? null : values.get(i - 1);
    }

    List<T> values() {
        return values;
    }

    Combo combo() {
        return combo;
    }

    void onChange(Runnable change) {
        combo.addListener(SWT.Selection, e -> change.run());
    }
}
