package org.retailerdesk.ui.allocation.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A stored round (by id) or a new one (no id: every "New Round…" opens its own editor). */
public final class RoundEditorInput implements IEditorInput {

    private final Long roundId;
    private final String name;

    private RoundEditorInput(Long roundId, String name) {
        this.roundId = roundId;
        this.name = name;
    }

    public static RoundEditorInput stored(long roundId, String code) {
        return new RoundEditorInput(roundId, code);
    }

    public static RoundEditorInput newRound() {
        return new RoundEditorInput(null, Messages.Editor_newRound);
    }

    /** @return the round's id, or null for a round not saved yet */
    public Long roundId() {
        return roundId;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        // two inputs of the same stored round open one editor; new rounds are each their own
        return o == this || o instanceof RoundEditorInput other && roundId != null && roundId.equals(other.roundId);
    }

    @Override
    public int hashCode() {
        return roundId == null ? System.identityHashCode(this) : Objects.hashCode(roundId);
    }
}
