package org.retailerdesk.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One broken rule.
 *
 * @param object   the object that breaks it
 * @param feature  the field to show the problem at; {@code null} only for {@link Rule#EMF_STRUCTURE}
 * @param rule     which rule; its name is a stable code
 * @param severity how serious
 * @param message  for the user, in the language of the running product (Simplified Chinese or English)
 */
public record Problem(EObject object, EStructuralFeature feature, Rule rule, Severity severity, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
