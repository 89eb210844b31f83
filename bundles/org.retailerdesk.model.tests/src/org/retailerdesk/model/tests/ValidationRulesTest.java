package org.retailerdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retailerdesk.model.tests.Problems.assertNames;
import static org.retailerdesk.model.tests.Problems.assertOnly;
import static org.retailerdesk.model.tests.Problems.assertValid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.BusinessScale;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.model.validation.Rule;
import org.retailerdesk.model.validation.Severity;

/** Every rule with cases that pass and cases that fail. */
public class ValidationRulesTest {

    static Stream<EClass> concreteClasses() {
        return RetailerdeskPackage.eINSTANCE.getEClassifiers().stream()
                .filter(c -> c instanceof EClass e && !e.isAbstract()).map(EClass.class::cast);
    }

    /** Required fields whose value can be absent: references, text, dates, amounts (not primitives or enums). */
    static Stream<Arguments> requiredFields() {
        return concreteClasses().flatMap(c -> c.getEAllStructuralFeatures().stream()
                .filter(f -> f.isRequired() && !(f.getEType() instanceof EEnum) && !f.getEType().getInstanceClass().isPrimitive())
                .map(f -> Arguments.of(c, f)));
    }

    @ParameterizedTest
    @MethodSource("concreteClasses")
    public void fixturesAreValid(EClass eClass) {
        assertValid(Fixtures.valid(eClass));
    }

    @Test
    public void requiredFieldsAreFound() {
        // guards the method source above against silently finding nothing
        assertEquals(58, requiredFields().count());
    }

    @ParameterizedTest
    @MethodSource("requiredFields")
    public void requiredFieldMissing(EClass eClass, EStructuralFeature feature) {
        EObject object = Fixtures.valid(eClass);
        object.eUnset(feature);
        assertOnly(object, Rule.REQUIRED, feature, null);
    }

    @Test
    public void blankTextCountsAsMissing() {
        Retailer retailer = Fixtures.retailer();
        retailer.setShopName("  ");
        assertOnly(retailer, Rule.REQUIRED, Literals.RETAILER__SHOP_NAME, null);
    }

    @ParameterizedTest
    @EnumSource(EvidenceField.class)
    public void priorityHouseholdNeedsEvidence(EvidenceField field) {
        PriorityHousehold household = Fixtures.household();
        household.eUnset(field.feature);
        assertOnly(household, Rule.REQUIRED, field.feature, null);
    }

    /** The certificate a priority household must be backed by. */
    enum EvidenceField {
        TYPE(Literals.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE),
        NUMBER(Literals.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER),
        ISSUER(Literals.PRIORITY_HOUSEHOLD__EVIDENCE_ISSUER),
        DATE(Literals.PRIORITY_HOUSEHOLD__EVIDENCE_DATE);

        final EAttribute feature;

        EvidenceField(EAttribute feature) {
            this.feature = feature;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "000000000001", "034010200123", "999999999999" })
    public void customerCodeOfTwelveDigitsPasses(String code) {
        Retailer retailer = Fixtures.retailer();
        retailer.setCustomerCode(code);
        assertValid(retailer);
    }

    @ParameterizedTest
    @ValueSource(strings = { "34010200123", "0340102001234", "03401020012A", "0340 1020012", "０３４０１０２００１２３" })
    public void customerCodeNotTwelveDigitsFails(String code) {
        Retailer retailer = Fixtures.retailer();
        retailer.setCustomerCode(code);
        assertOnly(retailer, Rule.CUSTOMER_CODE_FORMAT, Literals.RETAILER__CUSTOMER_CODE, code);
    }

    @Test
    public void licenceNumberWithLeadingZeroPasses() {
        Retailer retailer = Fixtures.retailer();
        retailer.setLicenceNumber("000102123456");
        assertValid(retailer);
    }

    @ParameterizedTest
    @ValueSource(strings = { "34010212345", "3401021234567", "烟草专卖340102" })
    public void licenceNumberNotTwelveDigitsFails(String number) {
        Retailer retailer = Fixtures.retailer();
        retailer.setLicenceNumber(number);
        assertOnly(retailer, Rule.LICENCE_NUMBER_FORMAT, Literals.RETAILER__LICENCE_NUMBER, number);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 30 })
    public void gradeWithinOneToThirtyPasses(int grade) {
        Retailer retailer = Fixtures.retailer();
        retailer.setGrade(grade);
        assertValid(retailer);
        AllocationLine line = Fixtures.line();
        line.setGrade(grade);
        assertValid(line);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 31, -3 })
    public void gradeOutsideOneToThirtyFails(int grade) {
        Retailer retailer = Fixtures.retailer();
        retailer.setGrade(grade);
        assertOnly(retailer, Rule.GRADE_RANGE, Literals.RETAILER__GRADE, Integer.toString(grade));
        AllocationLine line = Fixtures.line();
        line.setGrade(grade);
        assertOnly(line, Rule.GRADE_RANGE, Literals.ALLOCATION_LINE__GRADE, Integer.toString(grade));
    }

    @Test
    public void classificationCodeMayBeEmpty() {
        Retailer retailer = Fixtures.retailer();
        retailer.setClassificationCode(null);
        assertValid(retailer);
    }

    @ParameterizedTest
    @ValueSource(strings = { "xb2", "ZB2", "XH2", "XB4", "XB0", "XB22", "X B2" })
    public void malformedClassificationCodeFails(String code) {
        Retailer retailer = Fixtures.retailer();
        retailer.setClassificationCode(code);
        assertOnly(retailer, Rule.CLASSIFICATION_CODE_FORMAT, Literals.RETAILER__CLASSIFICATION_CODE, code);
    }

    /** The letter of every business format, e.g. GROCERY A ... OTHER G. */
    @ParameterizedTest
    @EnumSource(BusinessFormat.class)
    public void classificationLetterOfEachBusinessFormatPasses(BusinessFormat format) {
        Retailer retailer = Fixtures.retailer();
        retailer.setBusinessFormat(format);
        retailer.setClassificationCode("X" + (char) ('A' + format.getValue()) + "2");
        assertValid(retailer);
    }

    @Test
    public void classificationOfUrbanLargeShopPasses() {
        Retailer retailer = Fixtures.retailer();
        retailer.setMarketType(MarketType.URBAN);
        retailer.setScale(BusinessScale.SMALL);
        retailer.setClassificationCode("CB3");
        assertValid(retailer);
        retailer.setScale(BusinessScale.LARGE);
        retailer.setClassificationCode("CB1");
        assertValid(retailer);
    }

    @Test
    public void classificationDisagreeingWithMarketTypeFails() {
        Retailer retailer = Fixtures.retailer();
        retailer.setMarketType(MarketType.URBAN);
        Problem problem = assertOnly(retailer, Rule.CLASSIFICATION_MISMATCH, Literals.RETAILER__MARKET_TYPE, "XB2");
        assertNames(problem, Literals.RETAILER__CLASSIFICATION_CODE, "C");
    }

    @Test
    public void classificationDisagreeingWithBusinessFormatFails() {
        Retailer retailer = Fixtures.retailer();
        retailer.setBusinessFormat(BusinessFormat.SUPERMARKET);
        assertOnly(retailer, Rule.CLASSIFICATION_MISMATCH, Literals.RETAILER__BUSINESS_FORMAT, "XB2");
    }

    @Test
    public void classificationDisagreeingWithScaleFails() {
        Retailer retailer = Fixtures.retailer();
        retailer.setScale(BusinessScale.SMALL);
        assertOnly(retailer, Rule.CLASSIFICATION_MISMATCH, Literals.RETAILER__SCALE, "XB2");
    }

    @Test
    public void classificationScaleIsNotComparedWhenScaleUnset() {
        Retailer retailer = Fixtures.retailer();
        retailer.eUnset(Literals.RETAILER__SCALE); // an enum without "unset": back to LARGE
        assertValid(retailer);
    }

    /**
     * The object, its later date and the earlier date. The fixtures' dates are far enough apart
     * that moving the later one next to the earlier one breaks no other pair.
     */
    static Stream<Arguments> datePairs() {
        return Stream.of(
                Arguments.of(Fixtures.retailer(), Literals.RETAILER__LICENCE_EXPIRY, Literals.RETAILER__LICENCE_ISSUED),
                Arguments.of(Fixtures.retailer(), Literals.RETAILER__ANNUAL_REVIEW_DATE, Literals.RETAILER__LICENCE_ISSUED),
                Arguments.of(Fixtures.round(), Literals.ALLOCATION_ROUND__PERIOD_END, Literals.ALLOCATION_ROUND__PERIOD_START),
                Arguments.of(Fixtures.household(), Literals.PRIORITY_HOUSEHOLD__VERIFIED_ON,
                        Literals.PRIORITY_HOUSEHOLD__EVIDENCE_DATE),
                Arguments.of(Fixtures.household(), Literals.PRIORITY_HOUSEHOLD__REVIEW_DATE,
                        Literals.PRIORITY_HOUSEHOLD__VERIFIED_ON),
                Arguments.of(Fixtures.household(), Literals.PRIORITY_HOUSEHOLD__EXPIRY_DATE,
                        Literals.PRIORITY_HOUSEHOLD__REVIEW_DATE),
                Arguments.of(Fixtures.policy(), Literals.POLICY__EFFECTIVE_TO, Literals.POLICY__EFFECTIVE_FROM));
    }

    @ParameterizedTest
    @MethodSource("datePairs")
    public void sameDayIsInOrder(EObject object, EAttribute later, EAttribute earlier) {
        object.eSet(later, object.eGet(earlier));
        assertValid(object);
    }

    @ParameterizedTest
    @MethodSource("datePairs")
    public void dateBeforeItsPredecessorFails(EObject object, EAttribute later, EAttribute earlier) {
        LocalDate date = ((LocalDate) object.eGet(earlier)).minusDays(1);
        object.eSet(later, date);
        assertOnly(object, Rule.DATE_ORDER, later, date.toString());
    }

    @Test
    public void householdExpiryBeforeVerificationFails() {
        PriorityHousehold household = Fixtures.household();
        household.setReviewDate(null);
        LocalDate expiry = household.getVerifiedOn().minusDays(1);
        household.setExpiryDate(expiry);
        assertOnly(household, Rule.DATE_ORDER, Literals.PRIORITY_HOUSEHOLD__EXPIRY_DATE, expiry.toString());
    }

    static Stream<Arguments> datedRecords() {
        return Stream.of(Arguments.of(Fixtures.inspection(), Literals.OPERATING_RECORD__DATE),
                Arguments.of(Fixtures.stockCount(), Literals.OPERATING_RECORD__DATE),
                Arguments.of(Fixtures.guidance(), Literals.OPERATING_RECORD__DATE),
                Arguments.of(Fixtures.visit(), Literals.VISIT__DATE),
                Arguments.of(Fixtures.publicity(), Literals.PUBLICITY_RECORD__DATE));
    }

    @ParameterizedTest
    @MethodSource("datedRecords")
    public void recordDatedTodayPasses(EObject record, EAttribute date) {
        record.eSet(date, Fixtures.TODAY);
        assertValid(record);
    }

    @ParameterizedTest
    @MethodSource("datedRecords")
    public void recordDatedTomorrowFails(EObject record, EAttribute date) {
        LocalDate tomorrow = Fixtures.TODAY.plusDays(1);
        record.eSet(date, tomorrow);
        Problem problem = assertOnly(record, Rule.DATE_IN_FUTURE, date, tomorrow.toString());
        assertTrue(problem.message().contains(Fixtures.TODAY.toString()), problem.message());
    }

    static Stream<Arguments> nonNegativeFields() {
        return Stream.of(Arguments.of(Fixtures.retailer(), Literals.RETAILER__FLOOR_AREA, -0.5, "-0.5"),
                Arguments.of(Fixtures.retailer(), Literals.RETAILER__ORDERS_PER_MONTH, -1, "-1"),
                Arguments.of(Fixtures.retailer(), Literals.RETAILER__MONTHLY_QUANTITY, -2, "-2"),
                Arguments.of(Fixtures.retailer(), Literals.RETAILER__MONTHLY_AMOUNT, new BigDecimal("-0.01"), "-0.01"),
                Arguments.of(Fixtures.retailer(), Literals.RETAILER__AVERAGE_PRICE, new BigDecimal("-120"), "-120"),
                Arguments.of(Fixtures.retailer(), Literals.RETAILER__BRAND_COUNT, -3, "-3"),
                Arguments.of(Fixtures.retailer(), Literals.RETAILER__STOCK, -4, "-4"),
                Arguments.of(Fixtures.stockCount(), Literals.STOCK_COUNT__CARTONS, -5, "-5"),
                Arguments.of(Fixtures.stockCount(), Literals.STOCK_COUNT__BRANDS_IN_STOCK, -6, "-6"),
                Arguments.of(Fixtures.line(), Literals.ALLOCATION_LINE__QUANTITY, -1, "-1"));
    }

    @ParameterizedTest
    @MethodSource("nonNegativeFields")
    public void zeroIsNotNegative(EObject object, EAttribute feature, Object negative, String shown) {
        object.eSet(feature, switch (negative) {
            case BigDecimal b -> BigDecimal.ZERO;
            case Double d -> 0.0;
            default -> 0;
        });
        assertValid(object);
    }

    @ParameterizedTest
    @MethodSource("nonNegativeFields")
    public void negativeFails(EObject object, EAttribute feature, Object negative, String shown) {
        object.eSet(feature, negative);
        assertOnly(object, Rule.NOT_NEGATIVE, feature, shown);
    }

    @Test
    public void positiveTotalQuantityPasses() {
        AllocationRound round = Fixtures.round();
        round.setTotalQuantity(1);
        assertValid(round);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -10 })
    public void totalQuantityNotPositiveFails(int quantity) {
        AllocationRound round = Fixtures.round();
        round.setTotalQuantity(quantity);
        assertOnly(round, Rule.TOTAL_QUANTITY_POSITIVE, Literals.ALLOCATION_ROUND__TOTAL_QUANTITY,
                Integer.toString(quantity));
    }

    @Test
    public void preferenceValueNotNeededWithoutPreferenceRule() {
        PriorityHousehold household = Fixtures.household();
        household.setPreferenceRule(PreferenceRule.NONE);
        household.unsetPreferenceValue();
        assertValid(household);
    }

    @Test
    public void guaranteedMinimumWithPositiveValuePasses() {
        PriorityHousehold household = Fixtures.household();
        household.setPreferenceRule(PreferenceRule.GUARANTEED_MINIMUM);
        household.setPreferenceValue(2);
        assertValid(household);
    }

    @Test
    public void preferenceRuleWithoutValueFails() {
        PriorityHousehold household = Fixtures.household();
        household.unsetPreferenceValue();
        Problem problem = assertOnly(household, Rule.PREFERENCE_VALUE_POSITIVE,
                Literals.PRIORITY_HOUSEHOLD__PREFERENCE_VALUE, null);
        assertNames(problem, Literals.PRIORITY_HOUSEHOLD__PREFERENCE_RULE, null);
    }

    @Test
    public void preferenceRuleWithZeroValueFails() {
        PriorityHousehold household = Fixtures.household();
        household.setPreferenceValue(0);
        assertOnly(household, Rule.PREFERENCE_VALUE_POSITIVE, Literals.PRIORITY_HOUSEHOLD__PREFERENCE_VALUE, "0");
    }

    @Test
    public void traceableOverridePasses() {
        AllocationLine line = Fixtures.line();
        line.setOverridden(true);
        line.setOverrideReason("示范户加量");
        line.setOverriddenBy(Fixtures.staff(StaffRole.SUPERVISOR));
        assertValid(line);
    }

    @Test
    public void overrideWithoutReasonFails() {
        AllocationLine line = Fixtures.line();
        line.setOverridden(true);
        line.setOverrideReason(" ");
        line.setOverriddenBy(Fixtures.staff(StaffRole.SUPERVISOR));
        assertOnly(line, Rule.OVERRIDE_TRACEABLE, Literals.ALLOCATION_LINE__OVERRIDE_REASON, null);
    }

    @Test
    public void overrideWithoutWhoFails() {
        AllocationLine line = Fixtures.line();
        line.setOverridden(true);
        line.setOverrideReason("示范户加量");
        assertOnly(line, Rule.OVERRIDE_TRACEABLE, Literals.ALLOCATION_LINE__OVERRIDDEN_BY, null);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 5 })
    public void managerGradeOneToFivePasses(int grade) {
        Staff manager = Fixtures.staff(StaffRole.CUSTOMER_MANAGER);
        manager.setManagerGrade(grade);
        assertValid(manager);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 6 })
    public void managerGradeOutsideOneToFiveFails(int grade) {
        Staff manager = Fixtures.staff(StaffRole.CUSTOMER_MANAGER);
        manager.setManagerGrade(grade);
        assertOnly(manager, Rule.MANAGER_GRADE_RANGE, Literals.STAFF__MANAGER_GRADE, Integer.toString(grade));
    }

    @Test
    public void otherStaffWithoutManagerGradePasses() {
        assertValid(Fixtures.staff(StaffRole.LICENCE_OFFICER));
    }

    @Test
    public void managerGradeOnOtherStaffFails() {
        Staff officer = Fixtures.staff(StaffRole.LICENCE_OFFICER);
        officer.setManagerGrade(2);
        Problem problem = assertOnly(officer, Rule.MANAGER_GRADE_ROLE, Literals.STAFF__MANAGER_GRADE, "2");
        assertNames(problem, Literals.STAFF__ROLE, null);
    }

    @ParameterizedTest
    @ValueSource(strings = { "13912345678", "19987654321", "0551-62345678", "010-12345678", "05516234567", "0571-8765432" })
    public void chinesePhoneNumbersPass(String phone) {
        Staff staff = Fixtures.staff(StaffRole.DELIVERY_STAFF);
        staff.setPhone(phone);
        assertValid(staff);
    }

    @ParameterizedTest
    @ValueSource(strings = { "12345678901", "1391234567", "139123456789", "0551-6234-5678", "551-62345678",
            "+86 13912345678", "电话13912345678" })
    public void otherPhoneNumbersWarn(String phone) {
        Staff staff = Fixtures.staff(StaffRole.DELIVERY_STAFF);
        staff.setPhone(phone);
        Problem problem = assertOnly(staff, Rule.PHONE_FORMAT, Literals.STAFF__PHONE, phone);
        assertEquals(Severity.WARNING, problem.severity());
    }

    @Test
    public void phoneOfCentreAndRetailerChecked() {
        Retailer retailer = Fixtures.retailer();
        retailer.setContactPhone("62345678");
        assertOnly(retailer, Rule.PHONE_FORMAT, Literals.RETAILER__CONTACT_PHONE, "62345678");
        ServiceCentre centre = Fixtures.centre();
        centre.setPhone("400-800");
        assertOnly(centre, Rule.PHONE_FORMAT, Literals.SERVICE_CENTRE__PHONE, "400-800");
    }

    static Stream<Arguments> staffLines() {
        return Stream.of(Arguments.of(Literals.RETAILER__CUSTOMER_MANAGER, StaffRole.CUSTOMER_MANAGER),
                Arguments.of(Literals.RETAILER__LICENCE_OFFICER, StaffRole.LICENCE_OFFICER),
                Arguments.of(Literals.RETAILER__DELIVERY_STAFF, StaffRole.DELIVERY_STAFF),
                Arguments.of(Literals.RETAILER__PHONE_ORDER_CLERK, StaffRole.PHONE_ORDER_CLERK));
    }

    @ParameterizedTest
    @MethodSource("staffLines")
    public void staffOfMatchingRolePasses(EReference feature, StaffRole role) {
        Retailer retailer = Fixtures.retailer();
        retailer.eSet(feature, Fixtures.staff(role));
        assertValid(retailer);
    }

    @ParameterizedTest
    @MethodSource("staffLines")
    public void staffOfOtherRoleFails(EReference feature, StaffRole role) {
        Retailer retailer = Fixtures.retailer();
        Staff supervisor = Fixtures.staff(StaffRole.SUPERVISOR);
        retailer.eSet(feature, supervisor);
        assertOnly(retailer, Rule.STAFF_ROLE, feature, supervisor.getName());
    }

    @Test
    public void unresolvedReferenceIsAnEmfStructureProblem() {
        Retailer retailer = Fixtures.retailer();
        Staff proxy = Fixtures.staff(StaffRole.CUSTOMER_MANAGER);
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("missing.xmi#//staff"));
        retailer.setCustomerManager(proxy);
        List<Problem> problems = Problems.of(retailer);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Rule.EMF_STRUCTURE, problems.get(0).rule());
        assertEquals(Severity.ERROR, problems.get(0).severity());
    }

    @Test
    public void rulesApplyThroughEmfDiagnosticianToo() {
        Retailer retailer = Fixtures.retailer();
        retailer.setGrade(31);
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(retailer);
        assertEquals(1, diagnostic.getChildren().size(), diagnostic::toString);
        assertEquals(Rule.GRADE_RANGE, diagnostic.getChildren().get(0).getData().get(2));
    }
}
