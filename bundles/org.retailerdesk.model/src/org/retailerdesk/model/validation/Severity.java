package org.retailerdesk.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How serious a {@link Problem} is: errors block saving, warnings are shown only. */
public enum Severity {
    ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING), INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** The matching {@link Diagnostic#getSeverity()}. */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }

    /** The severity of an EMF diagnostic; {@code CANCEL} counts as an error. */
    public static Severity of(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            return ERROR;
        }
        return diagnostic.getSeverity() == Diagnostic.WARNING ? WARNING : INFO;
    }
}
