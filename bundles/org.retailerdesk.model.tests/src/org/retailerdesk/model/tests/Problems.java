package org.retailerdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.model.validation.Rule;

/** Assertions on the problems of one object, validated with {@link Fixtures#TODAY} as today. */
final class Problems {

    private Problems() {
    }

    static List<Problem> of(EObject object) {
        return ModelValidation.validate(object, Fixtures.TODAY);
    }

    static void assertValid(EObject object) {
        assertEquals(List.of(), of(object), () -> object.eClass().getName() + " should be valid");
    }

    /**
     * Exactly one problem, of {@code rule} at {@code feature}, whose message names the field (in the
     * language of the run) and, unless {@code null}, shows {@code offending}.
     */
    static Problem assertOnly(EObject object, Rule rule, EStructuralFeature feature, String offending) {
        List<Problem> problems = of(object);
        assertEquals(1, problems.size(), () -> "expected only " + rule + " at " + feature.getName() + ": " + problems);
        Problem problem = problems.get(0);
        assertEquals(rule, problem.rule(), problem::message);
        assertSame(feature, problem.feature(), problem::message);
        assertSame(object, problem.object());
        assertEquals(rule.severity(), problem.severity());
        assertNames(problem, feature, offending);
        return problem;
    }

    static void assertNames(Problem problem, EStructuralFeature feature, String offending) {
        String label = ModelLabels.label(feature);
        assertTrue(problem.message().contains(label), () -> "message should name " + label + ": " + problem.message());
        if (offending != null) {
            assertTrue(problem.message().contains(offending),
                    () -> "message should show " + offending + ": " + problem.message());
        }
    }
}
