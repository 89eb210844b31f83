package org.retailerdesk.ui.retailers.internal.profile;

import java.util.List;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.RetailerdeskPackage;

/** The groups of the retailer file, as the model's {@value #SOURCE} annotations give them. */
final class Groups {

    static final String SOURCE = "http://retailerdesk.org/group";

    private Groups() {
    }

    /** The group of a retailer field, or null for the record's own fields (id, version). */
    static String of(EStructuralFeature feature) {
        EAnnotation annotation = feature.getEAnnotation(SOURCE);
        return annotation == null ? null : annotation.getDetails().get("group");
    }

    /** The retailer's fields of a group, in the model's order. */
    static List<EStructuralFeature> fields(String group) {
        return RetailerdeskPackage.eINSTANCE.getRetailer().getEAllStructuralFeatures().stream()
                .filter(f -> group.equals(of(f))).toList();
    }

    /** The group's name for the user; the name itself for a group this version does not know. */
    static String label(String group) {
        return switch (group == null ? "" : group) {
            case "basic" -> Messages.Group_basic;
            case "network" -> Messages.Group_network;
            case "licence" -> Messages.Group_licence;
            case "sales" -> Messages.Group_sales;
            case "contact" -> Messages.Group_contact;
            case "" -> Messages.Group_record;
            default -> group;
        };
    }
}
