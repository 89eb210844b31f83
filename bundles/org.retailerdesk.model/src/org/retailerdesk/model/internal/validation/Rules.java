package org.retailerdesk.model.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.OperatingRecord;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.StockCount;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.model.util.RetailerdeskValidator;
import org.retailerdesk.model.validation.Rule;

/**
 * The hand-written constraints behind the generated {@link RetailerdeskValidator}: one method per
 * constraint named in retailerdesk.ecore. Each returns {@code false} when the rule is broken and
 * then adds a diagnostic whose data is {@code [object, feature, Rule]} and whose message, in the
 * product's language, names the field and the offending value.
 */
public final class Rules {

    /** Context key of the {@link LocalDate} that counts as today; the system clock's date when absent. */
    public static final String TODAY = "org.retailerdesk.model.today";

    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
    private static final Pattern CLASSIFICATION = Pattern.compile("[CX][A-G][1-3]");
    /** Mobile 1[3-9] plus 9 digits, or a landline: area code 0 plus 2-3 digits, an optional dash, 7-8 digits. */
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");
    private static final int MIN_GRADE = 1;
    private static final int MAX_GRADE = 30;
    private static final int MIN_MANAGER_GRADE = 1;
    private static final int MAX_MANAGER_GRADE = 5;

    private Rules() {
    }

    /**
     * A required single value is missing: {@code null}, or blank text. Primitive and enum values
     * always hold something (their default), so only their range rules can judge them.
     */
    public static boolean required(EObject object, EStructuralFeature feature, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!feature.isRequired() || !canBeMissing(feature) || !isBlank(object.eGet(feature))) {
            return true;
        }
        return report(diagnostics, Rule.REQUIRED, object, feature, Messages.required, label(feature));
    }

    public static boolean customerCodeFormat(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return twelveDigits(retailer, Literals.RETAILER__CUSTOMER_CODE, Rule.CUSTOMER_CODE_FORMAT, diagnostics);
    }

    public static boolean licenceNumberFormat(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return twelveDigits(retailer, Literals.RETAILER__LICENCE_NUMBER, Rule.LICENCE_NUMBER_FORMAT, diagnostics);
    }

    public static boolean gradeRange(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return between(retailer, Literals.RETAILER__GRADE, MIN_GRADE, MAX_GRADE, Rule.GRADE_RANGE, diagnostics);
    }

    public static boolean gradeRange(AllocationLine line, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return between(line, Literals.ALLOCATION_LINE__GRADE, MIN_GRADE, MAX_GRADE, Rule.GRADE_RANGE, diagnostics);
    }

    public static boolean classificationCodeFormat(Retailer retailer, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        String code = retailer.getClassificationCode();
        if (isBlank(code) || CLASSIFICATION.matcher(code).matches()) {
            return true;
        }
        EAttribute feature = Literals.RETAILER__CLASSIFICATION_CODE;
        return report(diagnostics, Rule.CLASSIFICATION_CODE_FORMAT, retailer, feature, Messages.classificationFormat,
                label(feature), code);
    }

    /**
     * Each character of a well-formed classification code must agree with its field. The scale is
     * compared only when set: an enum without "unset" cannot tell a missing scale from LARGE.
     */
    public static boolean classificationConsistent(Retailer retailer, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        String code = retailer.getClassificationCode();
        if (code == null || !CLASSIFICATION.matcher(code).matches()) {
            return true;
        }
        char market = switch (retailer.getMarketType()) {
            case URBAN -> 'C';
            case RURAL -> 'X';
        };
        char format = switch (retailer.getBusinessFormat()) {
            case GROCERY -> 'A';
            case CONVENIENCE -> 'B';
            case SUPERMARKET -> 'C';
            case MALL -> 'D';
            case TOBACCO_LIQUOR -> 'E';
            case ENTERTAINMENT -> 'F';
            case OTHER -> 'G';
        };
        char scale = switch (retailer.getScale()) {
            case LARGE -> '1';
            case MEDIUM -> '2';
            case SMALL -> '3';
        };
        boolean ok = classificationPart(retailer, Literals.RETAILER__MARKET_TYPE, 0, market, diagnostics);
        ok &= classificationPart(retailer, Literals.RETAILER__BUSINESS_FORMAT, 1, format, diagnostics);
        if (retailer.eIsSet(Literals.RETAILER__SCALE)) {
            ok &= classificationPart(retailer, Literals.RETAILER__SCALE, 2, scale, diagnostics);
        }
        return ok;
    }

    public static boolean datesInOrder(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = notBefore(retailer, Literals.RETAILER__LICENCE_EXPIRY, Literals.RETAILER__LICENCE_ISSUED, diagnostics);
        return notBefore(retailer, Literals.RETAILER__ANNUAL_REVIEW_DATE, Literals.RETAILER__LICENCE_ISSUED, diagnostics) && ok;
    }

    public static boolean datesInOrder(PriorityHousehold household, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean ok = notBefore(household, Literals.PRIORITY_HOUSEHOLD__VERIFIED_ON,
                Literals.PRIORITY_HOUSEHOLD__EVIDENCE_DATE, diagnostics);
        ok &= notBefore(household, Literals.PRIORITY_HOUSEHOLD__REVIEW_DATE, Literals.PRIORITY_HOUSEHOLD__VERIFIED_ON,
                diagnostics);
        ok &= notBefore(household, Literals.PRIORITY_HOUSEHOLD__EXPIRY_DATE, Literals.PRIORITY_HOUSEHOLD__REVIEW_DATE,
                diagnostics);
        return notBefore(household, Literals.PRIORITY_HOUSEHOLD__EXPIRY_DATE, Literals.PRIORITY_HOUSEHOLD__VERIFIED_ON,
                diagnostics) && ok;
    }

    public static boolean datesInOrder(AllocationRound round, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return notBefore(round, Literals.ALLOCATION_ROUND__PERIOD_END, Literals.ALLOCATION_ROUND__PERIOD_START,
                diagnostics);
    }

    public static boolean datesInOrder(Policy policy, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return notBefore(policy, Literals.POLICY__EFFECTIVE_TO, Literals.POLICY__EFFECTIVE_FROM, diagnostics);
    }

    public static boolean dateNotInFuture(OperatingRecord record, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return notInFuture(record, Literals.OPERATING_RECORD__DATE, diagnostics, context);
    }

    public static boolean dateNotInFuture(PublicityRecord record, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return notInFuture(record, Literals.PUBLICITY_RECORD__DATE, diagnostics, context);
    }

    public static boolean dateNotInFuture(Visit visit, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return notInFuture(visit, Literals.VISIT__DATE, diagnostics, context);
    }

    public static boolean notNegative(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return notNegative(retailer, List.of(Literals.RETAILER__FLOOR_AREA, Literals.RETAILER__ORDERS_PER_MONTH,
                Literals.RETAILER__MONTHLY_QUANTITY, Literals.RETAILER__MONTHLY_AMOUNT, Literals.RETAILER__AVERAGE_PRICE,
                Literals.RETAILER__BRAND_COUNT, Literals.RETAILER__STOCK), diagnostics);
    }

    public static boolean notNegative(StockCount count, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return notNegative(count, List.of(Literals.STOCK_COUNT__CARTONS, Literals.STOCK_COUNT__BRANDS_IN_STOCK),
                diagnostics);
    }

    public static boolean notNegative(AllocationLine line, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return notNegative(line, List.of(Literals.ALLOCATION_LINE__QUANTITY), diagnostics);
    }

    public static boolean totalQuantityPositive(AllocationRound round, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (round.getTotalQuantity() > 0) {
            return true;
        }
        EAttribute feature = Literals.ALLOCATION_ROUND__TOTAL_QUANTITY;
        return report(diagnostics, Rule.TOTAL_QUANTITY_POSITIVE, round, feature, Messages.positive, label(feature),
                text(round.getTotalQuantity()));
    }

    public static boolean preferenceValuePositive(PriorityHousehold household, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (household.getPreferenceRule() == PreferenceRule.NONE
                || (household.isSetPreferenceValue() && household.getPreferenceValue() > 0)) {
            return true;
        }
        EAttribute feature = Literals.PRIORITY_HOUSEHOLD__PREFERENCE_VALUE;
        Object value = household.isSetPreferenceValue() ? household.getPreferenceValue() : null;
        return report(diagnostics, Rule.PREFERENCE_VALUE_POSITIVE, household, feature, Messages.preferenceValue,
                label(feature), text(value), label(Literals.PRIORITY_HOUSEHOLD__PREFERENCE_RULE),
                text(household.getPreferenceRule()));
    }

    public static boolean overrideTraceable(AllocationLine line, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!line.isOverridden()) {
            return true;
        }
        boolean ok = true;
        for (EStructuralFeature feature : List.of(Literals.ALLOCATION_LINE__OVERRIDE_REASON,
                Literals.ALLOCATION_LINE__OVERRIDDEN_BY)) {
            if (isBlank(line.eGet(feature))) {
                ok = report(diagnostics, Rule.OVERRIDE_TRACEABLE, line, feature, Messages.overrideTraceable,
                        label(feature));
            }
        }
        return ok;
    }

    public static boolean managerGradeRole(Staff staff, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!staff.isSetManagerGrade() || staff.getRole() == StaffRole.CUSTOMER_MANAGER) {
            return true;
        }
        EAttribute feature = Literals.STAFF__MANAGER_GRADE;
        return report(diagnostics, Rule.MANAGER_GRADE_ROLE, staff, feature, Messages.managerGradeRole, label(feature),
                text(staff.getManagerGrade()), label(Literals.STAFF__ROLE), text(staff.getRole()),
                text(StaffRole.CUSTOMER_MANAGER));
    }

    public static boolean managerGradeRange(Staff staff, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return !staff.isSetManagerGrade() || between(staff, Literals.STAFF__MANAGER_GRADE, MIN_MANAGER_GRADE,
                MAX_MANAGER_GRADE, Rule.MANAGER_GRADE_RANGE, diagnostics);
    }

    public static boolean phoneFormat(ServiceCentre centre, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return phone(centre, Literals.SERVICE_CENTRE__PHONE, diagnostics);
    }

    public static boolean phoneFormat(Staff staff, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return phone(staff, Literals.STAFF__PHONE, diagnostics);
    }

    public static boolean phoneFormat(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return phone(retailer, Literals.RETAILER__CONTACT_PHONE, diagnostics);
    }

    /** The three lines that check one another (and the phone-order clerk) must hold staff of that role. */
    public static boolean staffRoles(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = role(retailer, Literals.RETAILER__CUSTOMER_MANAGER, StaffRole.CUSTOMER_MANAGER, diagnostics);
        ok &= role(retailer, Literals.RETAILER__LICENCE_OFFICER, StaffRole.LICENCE_OFFICER, diagnostics);
        ok &= role(retailer, Literals.RETAILER__DELIVERY_STAFF, StaffRole.DELIVERY_STAFF, diagnostics);
        return role(retailer, Literals.RETAILER__PHONE_ORDER_CLERK, StaffRole.PHONE_ORDER_CLERK, diagnostics) && ok;
    }

    private static boolean twelveDigits(EObject object, EAttribute feature, Rule rule, DiagnosticChain diagnostics) {
        String value = (String) object.eGet(feature);
        if (isBlank(value) || TWELVE_DIGITS.matcher(value).matches()) {
            return true;
        }
        return report(diagnostics, rule, object, feature, Messages.digits, label(feature), value, "12");
    }

    private static boolean between(EObject object, EAttribute feature, int min, int max, Rule rule,
            DiagnosticChain diagnostics) {
        int value = (Integer) object.eGet(feature);
        if (value >= min && value <= max) {
            return true;
        }
        return report(diagnostics, rule, object, feature, Messages.between, label(feature), text(value), text(min),
                text(max));
    }

    private static boolean classificationPart(Retailer retailer, EAttribute feature, int index, char expected,
            DiagnosticChain diagnostics) {
        String code = retailer.getClassificationCode();
        if (code.charAt(index) == expected) {
            return true;
        }
        return report(diagnostics, Rule.CLASSIFICATION_MISMATCH, retailer, feature, Messages.classificationMismatch,
                label(feature), text(retailer.eGet(feature)), label(Literals.RETAILER__CLASSIFICATION_CODE), code,
                text(index + 1), String.valueOf(expected));
    }

    /** {@code later} must not be before {@code earlier}; unknown dates are not compared. */
    private static boolean notBefore(EObject object, EAttribute later, EAttribute earlier, DiagnosticChain diagnostics) {
        LocalDate laterDate = (LocalDate) object.eGet(later);
        LocalDate earlierDate = (LocalDate) object.eGet(earlier);
        if (laterDate == null || earlierDate == null || !laterDate.isBefore(earlierDate)) {
            return true;
        }
        return report(diagnostics, Rule.DATE_ORDER, object, later, Messages.dateOrder, label(later), text(laterDate),
                label(earlier), text(earlierDate));
    }

    private static boolean notInFuture(EObject object, EAttribute feature, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        LocalDate date = (LocalDate) object.eGet(feature);
        LocalDate today = context != null && context.get(TODAY) instanceof LocalDate d ? d : LocalDate.now();
        if (date == null || !date.isAfter(today)) {
            return true;
        }
        return report(diagnostics, Rule.DATE_IN_FUTURE, object, feature, Messages.dateInFuture, label(feature),
                text(date), text(today));
    }

    private static boolean notNegative(EObject object, List<EAttribute> features, DiagnosticChain diagnostics) {
        boolean ok = true;
        for (EAttribute feature : features) {
            Object value = object.eGet(feature);
            if (object.eIsSet(feature) && value instanceof Number number && number.doubleValue() < 0) {
                ok = report(diagnostics, Rule.NOT_NEGATIVE, object, feature, Messages.notNegative, label(feature),
                        text(value));
            }
        }
        return ok;
    }

    private static boolean phone(EObject object, EAttribute feature, DiagnosticChain diagnostics) {
        String value = (String) object.eGet(feature);
        if (isBlank(value) || PHONE.matcher(value).matches()) {
            return true;
        }
        return report(diagnostics, Rule.PHONE_FORMAT, object, feature, Messages.phoneFormat, label(feature), value);
    }

    private static boolean role(Retailer retailer, EReference feature, StaffRole expected, DiagnosticChain diagnostics) {
        Staff staff = (Staff) retailer.eGet(feature);
        if (staff == null || staff.getRole() == expected) {
            return true;
        }
        return report(diagnostics, Rule.STAFF_ROLE, retailer, feature, Messages.staffRole, label(feature),
                text(staff.getName()), text(expected), label(Literals.STAFF__ROLE), text(staff.getRole()));
    }

    private static boolean canBeMissing(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        return !(feature.getEType() instanceof EEnum) && (type == null || !type.isPrimitive());
    }

    private static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    private static String label(EStructuralFeature feature) {
        return ModelLabels.label(feature);
    }

    /** A value as the user reads it: enum labels localised, numbers without a trailing ".0". */
    private static String text(Object value) {
        if (value == null) {
            return Messages.notSet;
        }
        if (value instanceof Enumerator enumerator) {
            return ModelLabels.valueLabel(enumerator);
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static boolean report(DiagnosticChain diagnostics, Rule rule, EObject object, EStructuralFeature feature,
            String message, Object... arguments) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(rule.severity().diagnosticSeverity(), RetailerdeskValidator.DIAGNOSTIC_SOURCE,
                    rule.ordinal(), NLS.bind(message, arguments), new Object[] { object, feature, rule }));
        }
        return false;
    }
}
