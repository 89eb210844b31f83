package org.retailerdesk.ui.publicity.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;

/** How the publicity UI writes and reads values. */
final class Texts {

    private Texts() {
    }

    static String of(Object value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Enumerator e) {
            return ModelLabels.valueLabel(e);
        }
        if (value instanceof Entity e) {
            return EntityLabels.label(e);
        }
        return value.toString();
    }

    /** The date typed (yyyy-mm-dd), null when empty. @throws IllegalArgumentException naming the field */
    static LocalDate date(String label, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Policy_badDate, label, t));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
