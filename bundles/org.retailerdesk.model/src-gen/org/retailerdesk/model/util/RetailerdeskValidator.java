/**
 */
package org.retailerdesk.model.util;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.retailerdesk.model.*;
import org.retailerdesk.model.internal.validation.Rules;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage
 * @generated
 */
public class RetailerdeskValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final RetailerdeskValidator INSTANCE = new RetailerdeskValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.retailerdesk.model"; //$NON-NLS-1$

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RetailerdeskValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return RetailerdeskPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case RetailerdeskPackage.ENTITY:
				return validateEntity((Entity)value, diagnostics, context);
			case RetailerdeskPackage.SERVICE_CENTRE:
				return validateServiceCentre((ServiceCentre)value, diagnostics, context);
			case RetailerdeskPackage.DISTRICT:
				return validateDistrict((District)value, diagnostics, context);
			case RetailerdeskPackage.MARKET_DEPARTMENT:
				return validateMarketDepartment((MarketDepartment)value, diagnostics, context);
			case RetailerdeskPackage.DELIVERY_ROUTE:
				return validateDeliveryRoute((DeliveryRoute)value, diagnostics, context);
			case RetailerdeskPackage.STAFF:
				return validateStaff((Staff)value, diagnostics, context);
			case RetailerdeskPackage.RETAILER:
				return validateRetailer((Retailer)value, diagnostics, context);
			case RetailerdeskPackage.RETAILER_IMAGE:
				return validateRetailerImage((RetailerImage)value, diagnostics, context);
			case RetailerdeskPackage.OPERATING_RECORD:
				return validateOperatingRecord((OperatingRecord)value, diagnostics, context);
			case RetailerdeskPackage.INSPECTION:
				return validateInspection((Inspection)value, diagnostics, context);
			case RetailerdeskPackage.STOCK_COUNT:
				return validateStockCount((StockCount)value, diagnostics, context);
			case RetailerdeskPackage.GUIDANCE:
				return validateGuidance((Guidance)value, diagnostics, context);
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD:
				return validatePriorityHousehold((PriorityHousehold)value, diagnostics, context);
			case RetailerdeskPackage.BRAND:
				return validateBrand((Brand)value, diagnostics, context);
			case RetailerdeskPackage.ALLOCATION_ROUND:
				return validateAllocationRound((AllocationRound)value, diagnostics, context);
			case RetailerdeskPackage.ALLOCATION_RULE:
				return validateAllocationRule((AllocationRule)value, diagnostics, context);
			case RetailerdeskPackage.ALLOCATION_LINE:
				return validateAllocationLine((AllocationLine)value, diagnostics, context);
			case RetailerdeskPackage.POLICY:
				return validatePolicy((Policy)value, diagnostics, context);
			case RetailerdeskPackage.PUBLICITY_RECORD:
				return validatePublicityRecord((PublicityRecord)value, diagnostics, context);
			case RetailerdeskPackage.VISIT:
				return validateVisit((Visit)value, diagnostics, context);
			case RetailerdeskPackage.MUTUAL_AID_GROUP:
				return validateMutualAidGroup((MutualAidGroup)value, diagnostics, context);
			case RetailerdeskPackage.LICENCE_EVENT:
				return validateLicenceEvent((LicenceEvent)value, diagnostics, context);
			case RetailerdeskPackage.BUSINESS_FORMAT:
				return validateBusinessFormat((BusinessFormat)value, diagnostics, context);
			case RetailerdeskPackage.ORDERING_METHOD:
				return validateOrderingMethod((OrderingMethod)value, diagnostics, context);
			case RetailerdeskPackage.WEEKDAY:
				return validateWeekday((Weekday)value, diagnostics, context);
			case RetailerdeskPackage.MARKET_TYPE:
				return validateMarketType((MarketType)value, diagnostics, context);
			case RetailerdeskPackage.BUSINESS_SCALE:
				return validateBusinessScale((BusinessScale)value, diagnostics, context);
			case RetailerdeskPackage.LICENCE_TYPE:
				return validateLicenceType((LicenceType)value, diagnostics, context);
			case RetailerdeskPackage.CREDIT_LEVEL:
				return validateCreditLevel((CreditLevel)value, diagnostics, context);
			case RetailerdeskPackage.LICENCE_EVENT_KIND:
				return validateLicenceEventKind((LicenceEventKind)value, diagnostics, context);
			case RetailerdeskPackage.RETAILER_STATUS:
				return validateRetailerStatus((RetailerStatus)value, diagnostics, context);
			case RetailerdeskPackage.STAFF_ROLE:
				return validateStaffRole((StaffRole)value, diagnostics, context);
			case RetailerdeskPackage.IMAGE_KIND:
				return validateImageKind((ImageKind)value, diagnostics, context);
			case RetailerdeskPackage.INSPECTION_RESULT:
				return validateInspectionResult((InspectionResult)value, diagnostics, context);
			case RetailerdeskPackage.GUIDANCE_TOPIC:
				return validateGuidanceTopic((GuidanceTopic)value, diagnostics, context);
			case RetailerdeskPackage.ASSISTANCE_CATEGORY:
				return validateAssistanceCategory((AssistanceCategory)value, diagnostics, context);
			case RetailerdeskPackage.PREFERENCE_RULE:
				return validatePreferenceRule((PreferenceRule)value, diagnostics, context);
			case RetailerdeskPackage.PRICE_BAND:
				return validatePriceBand((PriceBand)value, diagnostics, context);
			case RetailerdeskPackage.ALLOCATION_METHOD:
				return validateAllocationMethod((AllocationMethod)value, diagnostics, context);
			case RetailerdeskPackage.ROUND_STATUS:
				return validateRoundStatus((RoundStatus)value, diagnostics, context);
			case RetailerdeskPackage.RULE_KIND:
				return validateRuleKind((RuleKind)value, diagnostics, context);
			case RetailerdeskPackage.POLICY_CATEGORY:
				return validatePolicyCategory((PolicyCategory)value, diagnostics, context);
			case RetailerdeskPackage.PUBLICITY_CHANNEL:
				return validatePublicityChannel((PublicityChannel)value, diagnostics, context);
			case RetailerdeskPackage.ACKNOWLEDGEMENT:
				return validateAcknowledgement((Acknowledgement)value, diagnostics, context);
			case RetailerdeskPackage.VISIT_PURPOSE:
				return validateVisitPurpose((VisitPurpose)value, diagnostics, context);
			case RetailerdeskPackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEntity(Entity entity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(entity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceCentre(ServiceCentre serviceCentre, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(serviceCentre, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(serviceCentre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(serviceCentre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(serviceCentre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(serviceCentre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(serviceCentre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(serviceCentre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(serviceCentre, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(serviceCentre, diagnostics, context);
		if (result || diagnostics != null) result &= validateServiceCentre_PhoneFormat(serviceCentre, diagnostics, context);
		return result;
	}

	/**
	 * Validates the PhoneFormat constraint of '<em>Service Centre</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateServiceCentre_PhoneFormat(ServiceCentre serviceCentre, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.phoneFormat(serviceCentre, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDistrict(District district, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(district, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMarketDepartment(MarketDepartment marketDepartment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(marketDepartment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeliveryRoute(DeliveryRoute deliveryRoute, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(deliveryRoute, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStaff(Staff staff, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(staff, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(staff, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(staff, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(staff, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(staff, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(staff, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(staff, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(staff, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(staff, diagnostics, context);
		if (result || diagnostics != null) result &= validateStaff_PhoneFormat(staff, diagnostics, context);
		if (result || diagnostics != null) result &= validateStaff_ManagerGradeRole(staff, diagnostics, context);
		if (result || diagnostics != null) result &= validateStaff_ManagerGradeRange(staff, diagnostics, context);
		return result;
	}

	/**
	 * Validates the PhoneFormat constraint of '<em>Staff</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStaff_PhoneFormat(Staff staff, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.phoneFormat(staff, diagnostics, context);
	}

	/**
	 * Validates the ManagerGradeRole constraint of '<em>Staff</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStaff_ManagerGradeRole(Staff staff, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.managerGradeRole(staff, diagnostics, context);
	}

	/**
	 * Validates the ManagerGradeRange constraint of '<em>Staff</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStaff_ManagerGradeRange(Staff staff, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.managerGradeRange(staff, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRetailer(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(retailer, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetailer_CustomerCodeFormat(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetailer_LicenceNumberFormat(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetailer_GradeRange(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetailer_ClassificationCodeFormat(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetailer_ClassificationConsistent(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetailer_DatesInOrder(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetailer_NotNegative(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetailer_PhoneFormat(retailer, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetailer_StaffRoles(retailer, diagnostics, context);
		return result;
	}

	/**
	 * Validates the CustomerCodeFormat constraint of '<em>Retailer</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetailer_CustomerCodeFormat(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.customerCodeFormat(retailer, diagnostics, context);
	}

	/**
	 * Validates the LicenceNumberFormat constraint of '<em>Retailer</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetailer_LicenceNumberFormat(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.licenceNumberFormat(retailer, diagnostics, context);
	}

	/**
	 * Validates the GradeRange constraint of '<em>Retailer</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetailer_GradeRange(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.gradeRange(retailer, diagnostics, context);
	}

	/**
	 * Validates the ClassificationCodeFormat constraint of '<em>Retailer</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetailer_ClassificationCodeFormat(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.classificationCodeFormat(retailer, diagnostics, context);
	}

	/**
	 * Validates the ClassificationConsistent constraint of '<em>Retailer</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetailer_ClassificationConsistent(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.classificationConsistent(retailer, diagnostics, context);
	}

	/**
	 * Validates the DatesInOrder constraint of '<em>Retailer</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetailer_DatesInOrder(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.datesInOrder(retailer, diagnostics, context);
	}

	/**
	 * Validates the NotNegative constraint of '<em>Retailer</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetailer_NotNegative(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.notNegative(retailer, diagnostics, context);
	}

	/**
	 * Validates the PhoneFormat constraint of '<em>Retailer</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetailer_PhoneFormat(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.phoneFormat(retailer, diagnostics, context);
	}

	/**
	 * Validates the StaffRoles constraint of '<em>Retailer</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetailer_StaffRoles(Retailer retailer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.staffRoles(retailer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRetailerImage(RetailerImage retailerImage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(retailerImage, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOperatingRecord(OperatingRecord operatingRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(operatingRecord, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(operatingRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(operatingRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(operatingRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(operatingRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(operatingRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(operatingRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(operatingRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(operatingRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validateOperatingRecord_DateNotInFuture(operatingRecord, diagnostics, context);
		return result;
	}

	/**
	 * Validates the DateNotInFuture constraint of '<em>Operating Record</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateOperatingRecord_DateNotInFuture(OperatingRecord operatingRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.dateNotInFuture(operatingRecord, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInspection(Inspection inspection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(inspection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(inspection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(inspection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(inspection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(inspection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(inspection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(inspection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(inspection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(inspection, diagnostics, context);
		if (result || diagnostics != null) result &= validateOperatingRecord_DateNotInFuture(inspection, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStockCount(StockCount stockCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(stockCount, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(stockCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(stockCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(stockCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(stockCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(stockCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(stockCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(stockCount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(stockCount, diagnostics, context);
		if (result || diagnostics != null) result &= validateOperatingRecord_DateNotInFuture(stockCount, diagnostics, context);
		if (result || diagnostics != null) result &= validateStockCount_NotNegative(stockCount, diagnostics, context);
		return result;
	}

	/**
	 * Validates the NotNegative constraint of '<em>Stock Count</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStockCount_NotNegative(StockCount stockCount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.notNegative(stockCount, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGuidance(Guidance guidance, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(guidance, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(guidance, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(guidance, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(guidance, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(guidance, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(guidance, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(guidance, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(guidance, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(guidance, diagnostics, context);
		if (result || diagnostics != null) result &= validateOperatingRecord_DateNotInFuture(guidance, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriorityHousehold(PriorityHousehold priorityHousehold, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(priorityHousehold, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(priorityHousehold, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(priorityHousehold, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(priorityHousehold, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(priorityHousehold, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(priorityHousehold, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(priorityHousehold, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(priorityHousehold, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(priorityHousehold, diagnostics, context);
		if (result || diagnostics != null) result &= validatePriorityHousehold_DatesInOrder(priorityHousehold, diagnostics, context);
		if (result || diagnostics != null) result &= validatePriorityHousehold_PreferenceValuePositive(priorityHousehold, diagnostics, context);
		return result;
	}

	/**
	 * Validates the DatesInOrder constraint of '<em>Priority Household</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePriorityHousehold_DatesInOrder(PriorityHousehold priorityHousehold, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.datesInOrder(priorityHousehold, diagnostics, context);
	}

	/**
	 * Validates the PreferenceValuePositive constraint of '<em>Priority Household</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePriorityHousehold_PreferenceValuePositive(PriorityHousehold priorityHousehold, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.preferenceValuePositive(priorityHousehold, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrand(Brand brand, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(brand, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAllocationRound(AllocationRound allocationRound, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(allocationRound, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(allocationRound, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(allocationRound, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(allocationRound, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(allocationRound, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(allocationRound, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(allocationRound, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(allocationRound, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(allocationRound, diagnostics, context);
		if (result || diagnostics != null) result &= validateAllocationRound_DatesInOrder(allocationRound, diagnostics, context);
		if (result || diagnostics != null) result &= validateAllocationRound_TotalQuantityPositive(allocationRound, diagnostics, context);
		return result;
	}

	/**
	 * Validates the DatesInOrder constraint of '<em>Allocation Round</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAllocationRound_DatesInOrder(AllocationRound allocationRound, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.datesInOrder(allocationRound, diagnostics, context);
	}

	/**
	 * Validates the TotalQuantityPositive constraint of '<em>Allocation Round</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAllocationRound_TotalQuantityPositive(AllocationRound allocationRound, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.totalQuantityPositive(allocationRound, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAllocationRule(AllocationRule allocationRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(allocationRule, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAllocationLine(AllocationLine allocationLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(allocationLine, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(allocationLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(allocationLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(allocationLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(allocationLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(allocationLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(allocationLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(allocationLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(allocationLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateAllocationLine_GradeRange(allocationLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateAllocationLine_NotNegative(allocationLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateAllocationLine_OverrideTraceable(allocationLine, diagnostics, context);
		return result;
	}

	/**
	 * Validates the GradeRange constraint of '<em>Allocation Line</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAllocationLine_GradeRange(AllocationLine allocationLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.gradeRange(allocationLine, diagnostics, context);
	}

	/**
	 * Validates the NotNegative constraint of '<em>Allocation Line</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAllocationLine_NotNegative(AllocationLine allocationLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.notNegative(allocationLine, diagnostics, context);
	}

	/**
	 * Validates the OverrideTraceable constraint of '<em>Allocation Line</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAllocationLine_OverrideTraceable(AllocationLine allocationLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.overrideTraceable(allocationLine, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePolicy(Policy policy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(policy, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(policy, diagnostics, context);
		if (result || diagnostics != null) result &= validatePolicy_DatesInOrder(policy, diagnostics, context);
		return result;
	}

	/**
	 * Validates the DatesInOrder constraint of '<em>Policy</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePolicy_DatesInOrder(Policy policy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.datesInOrder(policy, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePublicityRecord(PublicityRecord publicityRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(publicityRecord, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(publicityRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(publicityRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(publicityRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(publicityRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(publicityRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(publicityRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(publicityRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(publicityRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validatePublicityRecord_DateNotInFuture(publicityRecord, diagnostics, context);
		return result;
	}

	/**
	 * Validates the DateNotInFuture constraint of '<em>Publicity Record</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePublicityRecord_DateNotInFuture(PublicityRecord publicityRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.dateNotInFuture(publicityRecord, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVisit(Visit visit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(visit, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(visit, diagnostics, context);
		if (result || diagnostics != null) result &= validateVisit_DateNotInFuture(visit, diagnostics, context);
		return result;
	}

	/**
	 * Validates the DateNotInFuture constraint of '<em>Visit</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is written by hand in {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateVisit_DateNotInFuture(Visit visit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Rules.dateNotInFuture(visit, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMutualAidGroup(MutualAidGroup mutualAidGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(mutualAidGroup, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLicenceEvent(LicenceEvent licenceEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(licenceEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBusinessFormat(BusinessFormat businessFormat, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrderingMethod(OrderingMethod orderingMethod, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWeekday(Weekday weekday, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMarketType(MarketType marketType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBusinessScale(BusinessScale businessScale, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLicenceType(LicenceType licenceType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCreditLevel(CreditLevel creditLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLicenceEventKind(LicenceEventKind licenceEventKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRetailerStatus(RetailerStatus retailerStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStaffRole(StaffRole staffRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImageKind(ImageKind imageKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInspectionResult(InspectionResult inspectionResult, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGuidanceTopic(GuidanceTopic guidanceTopic, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssistanceCategory(AssistanceCategory assistanceCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePreferenceRule(PreferenceRule preferenceRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriceBand(PriceBand priceBand, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAllocationMethod(AllocationMethod allocationMethod, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRoundStatus(RoundStatus roundStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRuleKind(RuleKind ruleKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePolicyCategory(PolicyCategory policyCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePublicityChannel(PublicityChannel publicityChannel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAcknowledgement(Acknowledgement acknowledgement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVisitPurpose(VisitPurpose visitPurpose, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * A missing required value gets our bilingual message; see {@link Rules#required}.
	 */
	@Override
	protected boolean validate_MultiplicityConforms(EObject eObject, EStructuralFeature eStructuralFeature, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return eStructuralFeature.isMany()
			? super.validate_MultiplicityConforms(eObject, eStructuralFeature, diagnostics, context)
			: Rules.required(eObject, eStructuralFeature, diagnostics, context);
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * Only EMF's own structural checks use it; the messages of our rules come from {@link Rules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return super.getResourceLocator();
	}

} //RetailerdeskValidator
