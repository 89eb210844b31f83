package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.store.Store;

/**
 * Entities filled reflectively with random values that fit their columns, and a comparison of
 * two entities feature by feature (references by id). Referenced entities are created and saved
 * on demand, one per class.
 */
final class Fixtures {

    static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    private static final String PERSISTENCE = "http://retailerdesk.org/persistence"; //$NON-NLS-1$

    private final Store store;
    private final Random random;
    private final Map<EClass, Entity> saved = new HashMap<>();

    Fixtures(Store store, long seed) {
        this.store = store;
        this.random = new Random(seed);
    }

    /** A new, unsaved entity of the class with every feature set. */
    Entity create(EClass type) {
        Entity e = (Entity) EcoreUtil.create(type);
        fill(e);
        return e;
    }

    /** Sets every feature except id and version to a new random value. */
    void fill(Entity e) {
        for (EStructuralFeature f : e.eClass().getEAllStructuralFeatures()) {
            if (f == P.getEntity_Id() || f == P.getEntity_Version()) {
                continue;
            }
            if (f instanceof EReference r) {
                e.eSet(r, saved(r.getEReferenceType()));
            } else {
                e.eSet(f, value((EAttribute) f));
            }
        }
        if (e instanceof AllocationRound round && round.getStatus() == RoundStatus.PUBLISHED) {
            // the store locks a published round: fixtures are rounds that may still change
            round.setStatus(RoundStatus.CALCULATED);
        }
    }

    /** One saved entity of the class, made on first use. */
    Entity saved(EClass type) {
        Entity e = saved.get(type);
        if (e == null) {
            e = store.insert(create(type));
            saved.put(type, e);
        }
        return e;
    }

    private Object value(EAttribute a) {
        if (a.getEType() instanceof EEnum en) {
            return en.getELiterals().get(random.nextInt(en.getELiterals().size())).getInstance();
        }
        Class<?> c = a.getEType().getInstanceClass();
        if (c == String.class) {
            String len = a.getEAnnotation(PERSISTENCE).getDetails().get("length"); //$NON-NLS-1$
            int n = Math.min(Integer.parseInt(len), 1 + random.nextInt(12));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                // mixes CJK and ASCII, as real files do
                sb.append(random.nextBoolean() ? (char) ('\u4e00' + random.nextInt(2000)) : (char) ('a' + random.nextInt(26)));
            }
            return sb.toString();
        } else if (c == int.class || c == Integer.class) {
            return 1 + random.nextInt(30);
        } else if (c == long.class) {
            return random.nextLong(1_000_000);
        } else if (c == double.class) {
            return random.nextInt(100_000) / 8.0;
        } else if (c == boolean.class) {
            return random.nextBoolean();
        } else if (c == BigDecimal.class) {
            return BigDecimal.valueOf(random.nextInt(10_000_000), 2);
        } else if (c == LocalDate.class) {
            return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
        }
        throw new IllegalArgumentException(a.getName());
    }

    /** Asserts that two entities have the same value in every feature; references compare by id. */
    static void assertSameValues(EObject expected, EObject actual) {
        assertEquals(expected.eClass(), actual.eClass());
        for (EStructuralFeature f : expected.eClass().getEAllStructuralFeatures()) {
            String where = expected.eClass().getName() + "." + f.getName(); //$NON-NLS-1$
            Object x = expected.eGet(f, false);
            Object y = actual.eGet(f, false);
            if (f instanceof EReference) {
                assertEquals(x == null ? null : ((Entity) x).getId(), y == null ? null : ((Entity) y).getId(), where);
            } else if (x instanceof BigDecimal d) {
                assertEquals(0, d.compareTo((BigDecimal) y), where + ": " + x + " vs " + y); //$NON-NLS-1$
            } else {
                assertEquals(x, y, where);
                assertEquals(expected.eIsSet(f), actual.eIsSet(f), where + " set"); //$NON-NLS-1$
            }
        }
    }

    /** Every concrete entity class of the model. */
    static List<EClass> concreteClasses() {
        return P.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(c -> !c.isAbstract() && P.getEntity().isSuperTypeOf(c)).toList();
    }
}
