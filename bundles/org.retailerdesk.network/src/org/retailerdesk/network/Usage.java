package org.retailerdesk.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.network.internal.Messages;

/**
 * What points at an entry of the service network: how many entities of each class (retailers,
 * routes, visits, allocation rounds ...) refer to it by any of their references.
 *
 * @param counts entities per class, only classes with at least one, in the model's order
 */
public record Usage(Map<EClass, Long> counts) {

    public Usage {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** @return true when nothing points at the entry: it may be deleted */
    public boolean isUnused() {
        return counts.isEmpty();
    }

    /** @return how many entities point at it, of every class */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return how many retailers point at it (by any reference: district, manager, route, group ...) */
    public long retailers() {
        return count(Literals.RETAILER);
    }

    /** @return how many entities of that class point at it */
    public long count(EClass type) {
        return counts.getOrDefault(type, 0L);
    }

    /** For the user: "Retailer: 1230, Delivery route: 12", in the product's language; "" when unused. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> parts.add(NLS.bind(Messages.Usage_item, ModelLabels.label(type), n)));
        return String.join(Messages.Usage_separator, parts);
    }
}
