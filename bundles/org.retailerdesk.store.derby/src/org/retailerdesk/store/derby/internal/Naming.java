package org.retailerdesk.store.derby.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How model names become SQL names: {@code RD_} + class in upper snake case for tables, the
 * feature in upper snake case for columns, {@code _ID} appended for references. A feature named
 * like an SQL reserved word gets a trailing underscore ({@code key} becomes {@code KEY_}).
 */
public final class Naming {

    /** Reserved words of Derby or PostgreSQL that a feature name could plausibly collide with. */
    private static final Set<String> RESERVED = Set.of("KEY", "USER", "ORDER", "GROUP", "TABLE", "COLUMN", "FROM",
            "WHERE", "SELECT", "CHECK", "DEFAULT", "PRIMARY", "FOREIGN", "REFERENCES", "UNIQUE", "END", "CASE",
            "WHEN", "LIMIT", "OFFSET", "FETCH", "CURRENT", "TO", "AS", "ON", "IN", "IS", "BY", "OF");

    private Naming() {
    }

    public static String table(EClass eClass) {
        return "RD_" + snake(eClass.getName()); //$NON-NLS-1$
    }

    public static String column(EStructuralFeature feature) {
        String name = snake(feature.getName());
        if (feature instanceof EReference) {
            return name + "_ID"; //$NON-NLS-1$
        }
        return RESERVED.contains(name) ? name + "_" : name; //$NON-NLS-1$
    }

    static String snake(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append('_');
            }
            sb.append(c);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
