package org.retailerdesk.network;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.validation.Severity;

/**
 * One thing wrong with an entry of the service network, at the field a form shows it.
 *
 * @param feature  the field; null for what concerns the whole entry ({@link Check#IN_USE})
 * @param check    which check found it
 * @param severity errors block saving, warnings are shown only
 * @param message  for the user, in the product's language (Simplified Chinese or English)
 */
public record EntryProblem(EStructuralFeature feature, Check check, Severity severity, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
