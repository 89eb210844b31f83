package org.retailerdesk.model.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.retailerdesk.model.internal.validation.Rules;

/**
 * Checks model objects against the {@link Rule}s. The rules are an EMF {@code EValidator}
 * registered for the package, so {@link Diagnostician#INSTANCE} applies them too; this class
 * turns the diagnostics into {@link Problem}s.
 */
public final class ModelValidation {

    private ModelValidation() {
    }

    /** The problems of {@code object}, dates in the future measured against the system clock. */
    public static List<Problem> validate(EObject object) {
        return validate(object, LocalDate.now());
    }

    /** The problems of {@code object}, with {@code today} as the last date that is not in the future. */
    public static List<Problem> validate(EObject object, LocalDate today) {
        Diagnostician diagnostician = Diagnostician.INSTANCE;
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(Rules.TODAY, today);
        BasicDiagnostic result = diagnostician.createDefaultDiagnostic(object);
        diagnostician.validate(object, result, context);
        return result.getChildren().stream().map(ModelValidation::toProblem).toList();
    }

    private static Problem toProblem(Diagnostic diagnostic) {
        List<?> data = diagnostic.getData();
        // EMF's convention, which our rules follow: data = [object, feature, ...]; ours add the Rule
        EObject object = data.get(0) instanceof EObject o ? o : null;
        EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
        Rule rule = data.size() > 2 && data.get(2) instanceof Rule r ? r : Rule.EMF_STRUCTURE;
        return new Problem(object, feature, rule, Severity.of(diagnostic), diagnostic.getMessage());
    }
}
