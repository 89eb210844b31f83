package org.retailerdesk.ui.network.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.network.NetworkKind;
import org.retailerdesk.store.Store;

/**
 * The service network as read at one moment: every entry of each kind, by code, and the service
 * centres a district may belong to. What the tables show and what a form checks codes against and
 * offers for its references. Read off the UI thread with {@link #read(Store)}.
 */
public record Snapshot(Map<NetworkKind, List<Entity>> entries, List<ServiceCentre> centres) {

    public static final Snapshot EMPTY = new Snapshot(new EnumMap<>(NetworkKind.class), List.of());

    public static Snapshot read(Store store) {
        Map<NetworkKind, List<Entity>> entries = new EnumMap<>(NetworkKind.class);
        for (NetworkKind kind : NetworkKind.values()) {
            List<Entity> found = new ArrayList<>(store.findAll(kind.type()));
            found.sort(Comparator.comparing(e -> String.valueOf(e.eGet(kind.codeFeature()))));
            entries.put(kind, List.copyOf(found));
        }
        return new Snapshot(entries, store.findAll(ServiceCentre.class));
    }

    public List<Entity> of(NetworkKind kind) {
        return entries.getOrDefault(kind, List.of());
    }

    /**
     * What a reference may point at: the active entries of its kind and, though retired, the one it
     * points at now (so that editing something else keeps it).
     */
    List<EObject> choices(EReference reference, EObject current) {
        if (reference.getEReferenceType() == Literals.SERVICE_CENTRE) {
            return List.copyOf(centres);
        }
        NetworkKind target = NetworkKind.of(reference.getEReferenceType());
        List<EObject> out = new ArrayList<>();
        for (Entity e : of(target)) {
            boolean isCurrent = current instanceof Entity c && c.getId() == e.getId();
            if (isCurrent || Boolean.TRUE.equals(e.eGet(target.activeFeature()))) {
                out.add(e);
            }
        }
        return out;
    }
}
