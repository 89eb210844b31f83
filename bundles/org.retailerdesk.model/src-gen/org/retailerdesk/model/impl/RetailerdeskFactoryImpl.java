/**
 */
package org.retailerdesk.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.retailerdesk.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RetailerdeskFactoryImpl extends EFactoryImpl implements RetailerdeskFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static RetailerdeskFactory init() {
		try {
			RetailerdeskFactory theRetailerdeskFactory = (RetailerdeskFactory)EPackage.Registry.INSTANCE.getEFactory(RetailerdeskPackage.eNS_URI);
			if (theRetailerdeskFactory != null) {
				return theRetailerdeskFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new RetailerdeskFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RetailerdeskFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case RetailerdeskPackage.SERVICE_CENTRE: return createServiceCentre();
			case RetailerdeskPackage.DISTRICT: return createDistrict();
			case RetailerdeskPackage.MARKET_DEPARTMENT: return createMarketDepartment();
			case RetailerdeskPackage.DELIVERY_ROUTE: return createDeliveryRoute();
			case RetailerdeskPackage.STAFF: return createStaff();
			case RetailerdeskPackage.RETAILER: return createRetailer();
			case RetailerdeskPackage.RETAILER_IMAGE: return createRetailerImage();
			case RetailerdeskPackage.INSPECTION: return createInspection();
			case RetailerdeskPackage.STOCK_COUNT: return createStockCount();
			case RetailerdeskPackage.GUIDANCE: return createGuidance();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD: return createPriorityHousehold();
			case RetailerdeskPackage.BRAND: return createBrand();
			case RetailerdeskPackage.ALLOCATION_ROUND: return createAllocationRound();
			case RetailerdeskPackage.ALLOCATION_RULE: return createAllocationRule();
			case RetailerdeskPackage.ALLOCATION_LINE: return createAllocationLine();
			case RetailerdeskPackage.POLICY: return createPolicy();
			case RetailerdeskPackage.PUBLICITY_RECORD: return createPublicityRecord();
			case RetailerdeskPackage.VISIT: return createVisit();
			case RetailerdeskPackage.MUTUAL_AID_GROUP: return createMutualAidGroup();
			case RetailerdeskPackage.LICENCE_EVENT: return createLicenceEvent();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case RetailerdeskPackage.BUSINESS_FORMAT:
				return createBusinessFormatFromString(eDataType, initialValue);
			case RetailerdeskPackage.ORDERING_METHOD:
				return createOrderingMethodFromString(eDataType, initialValue);
			case RetailerdeskPackage.WEEKDAY:
				return createWeekdayFromString(eDataType, initialValue);
			case RetailerdeskPackage.MARKET_TYPE:
				return createMarketTypeFromString(eDataType, initialValue);
			case RetailerdeskPackage.BUSINESS_SCALE:
				return createBusinessScaleFromString(eDataType, initialValue);
			case RetailerdeskPackage.LICENCE_TYPE:
				return createLicenceTypeFromString(eDataType, initialValue);
			case RetailerdeskPackage.CREDIT_LEVEL:
				return createCreditLevelFromString(eDataType, initialValue);
			case RetailerdeskPackage.LICENCE_EVENT_KIND:
				return createLicenceEventKindFromString(eDataType, initialValue);
			case RetailerdeskPackage.RETAILER_STATUS:
				return createRetailerStatusFromString(eDataType, initialValue);
			case RetailerdeskPackage.STAFF_ROLE:
				return createStaffRoleFromString(eDataType, initialValue);
			case RetailerdeskPackage.IMAGE_KIND:
				return createImageKindFromString(eDataType, initialValue);
			case RetailerdeskPackage.INSPECTION_RESULT:
				return createInspectionResultFromString(eDataType, initialValue);
			case RetailerdeskPackage.GUIDANCE_TOPIC:
				return createGuidanceTopicFromString(eDataType, initialValue);
			case RetailerdeskPackage.ASSISTANCE_CATEGORY:
				return createAssistanceCategoryFromString(eDataType, initialValue);
			case RetailerdeskPackage.PREFERENCE_RULE:
				return createPreferenceRuleFromString(eDataType, initialValue);
			case RetailerdeskPackage.PRICE_BAND:
				return createPriceBandFromString(eDataType, initialValue);
			case RetailerdeskPackage.ALLOCATION_METHOD:
				return createAllocationMethodFromString(eDataType, initialValue);
			case RetailerdeskPackage.ROUND_STATUS:
				return createRoundStatusFromString(eDataType, initialValue);
			case RetailerdeskPackage.RULE_KIND:
				return createRuleKindFromString(eDataType, initialValue);
			case RetailerdeskPackage.POLICY_CATEGORY:
				return createPolicyCategoryFromString(eDataType, initialValue);
			case RetailerdeskPackage.PUBLICITY_CHANNEL:
				return createPublicityChannelFromString(eDataType, initialValue);
			case RetailerdeskPackage.ACKNOWLEDGEMENT:
				return createAcknowledgementFromString(eDataType, initialValue);
			case RetailerdeskPackage.VISIT_PURPOSE:
				return createVisitPurposeFromString(eDataType, initialValue);
			case RetailerdeskPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case RetailerdeskPackage.BUSINESS_FORMAT:
				return convertBusinessFormatToString(eDataType, instanceValue);
			case RetailerdeskPackage.ORDERING_METHOD:
				return convertOrderingMethodToString(eDataType, instanceValue);
			case RetailerdeskPackage.WEEKDAY:
				return convertWeekdayToString(eDataType, instanceValue);
			case RetailerdeskPackage.MARKET_TYPE:
				return convertMarketTypeToString(eDataType, instanceValue);
			case RetailerdeskPackage.BUSINESS_SCALE:
				return convertBusinessScaleToString(eDataType, instanceValue);
			case RetailerdeskPackage.LICENCE_TYPE:
				return convertLicenceTypeToString(eDataType, instanceValue);
			case RetailerdeskPackage.CREDIT_LEVEL:
				return convertCreditLevelToString(eDataType, instanceValue);
			case RetailerdeskPackage.LICENCE_EVENT_KIND:
				return convertLicenceEventKindToString(eDataType, instanceValue);
			case RetailerdeskPackage.RETAILER_STATUS:
				return convertRetailerStatusToString(eDataType, instanceValue);
			case RetailerdeskPackage.STAFF_ROLE:
				return convertStaffRoleToString(eDataType, instanceValue);
			case RetailerdeskPackage.IMAGE_KIND:
				return convertImageKindToString(eDataType, instanceValue);
			case RetailerdeskPackage.INSPECTION_RESULT:
				return convertInspectionResultToString(eDataType, instanceValue);
			case RetailerdeskPackage.GUIDANCE_TOPIC:
				return convertGuidanceTopicToString(eDataType, instanceValue);
			case RetailerdeskPackage.ASSISTANCE_CATEGORY:
				return convertAssistanceCategoryToString(eDataType, instanceValue);
			case RetailerdeskPackage.PREFERENCE_RULE:
				return convertPreferenceRuleToString(eDataType, instanceValue);
			case RetailerdeskPackage.PRICE_BAND:
				return convertPriceBandToString(eDataType, instanceValue);
			case RetailerdeskPackage.ALLOCATION_METHOD:
				return convertAllocationMethodToString(eDataType, instanceValue);
			case RetailerdeskPackage.ROUND_STATUS:
				return convertRoundStatusToString(eDataType, instanceValue);
			case RetailerdeskPackage.RULE_KIND:
				return convertRuleKindToString(eDataType, instanceValue);
			case RetailerdeskPackage.POLICY_CATEGORY:
				return convertPolicyCategoryToString(eDataType, instanceValue);
			case RetailerdeskPackage.PUBLICITY_CHANNEL:
				return convertPublicityChannelToString(eDataType, instanceValue);
			case RetailerdeskPackage.ACKNOWLEDGEMENT:
				return convertAcknowledgementToString(eDataType, instanceValue);
			case RetailerdeskPackage.VISIT_PURPOSE:
				return convertVisitPurposeToString(eDataType, instanceValue);
			case RetailerdeskPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCentre createServiceCentre() {
		ServiceCentreImpl serviceCentre = new ServiceCentreImpl();
		return serviceCentre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public District createDistrict() {
		DistrictImpl district = new DistrictImpl();
		return district;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarketDepartment createMarketDepartment() {
		MarketDepartmentImpl marketDepartment = new MarketDepartmentImpl();
		return marketDepartment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliveryRoute createDeliveryRoute() {
		DeliveryRouteImpl deliveryRoute = new DeliveryRouteImpl();
		return deliveryRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff createStaff() {
		StaffImpl staff = new StaffImpl();
		return staff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Retailer createRetailer() {
		RetailerImpl retailer = new RetailerImpl();
		return retailer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetailerImage createRetailerImage() {
		RetailerImageImpl retailerImage = new RetailerImageImpl();
		return retailerImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inspection createInspection() {
		InspectionImpl inspection = new InspectionImpl();
		return inspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StockCount createStockCount() {
		StockCountImpl stockCount = new StockCountImpl();
		return stockCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Guidance createGuidance() {
		GuidanceImpl guidance = new GuidanceImpl();
		return guidance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityHousehold createPriorityHousehold() {
		PriorityHouseholdImpl priorityHousehold = new PriorityHouseholdImpl();
		return priorityHousehold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Brand createBrand() {
		BrandImpl brand = new BrandImpl();
		return brand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllocationRound createAllocationRound() {
		AllocationRoundImpl allocationRound = new AllocationRoundImpl();
		return allocationRound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllocationRule createAllocationRule() {
		AllocationRuleImpl allocationRule = new AllocationRuleImpl();
		return allocationRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllocationLine createAllocationLine() {
		AllocationLineImpl allocationLine = new AllocationLineImpl();
		return allocationLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Policy createPolicy() {
		PolicyImpl policy = new PolicyImpl();
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PublicityRecord createPublicityRecord() {
		PublicityRecordImpl publicityRecord = new PublicityRecordImpl();
		return publicityRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Visit createVisit() {
		VisitImpl visit = new VisitImpl();
		return visit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutualAidGroup createMutualAidGroup() {
		MutualAidGroupImpl mutualAidGroup = new MutualAidGroupImpl();
		return mutualAidGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LicenceEvent createLicenceEvent() {
		LicenceEventImpl licenceEvent = new LicenceEventImpl();
		return licenceEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessFormat createBusinessFormatFromString(EDataType eDataType, String initialValue) {
		BusinessFormat result = BusinessFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBusinessFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrderingMethod createOrderingMethodFromString(EDataType eDataType, String initialValue) {
		OrderingMethod result = OrderingMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrderingMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Weekday createWeekdayFromString(EDataType eDataType, String initialValue) {
		Weekday result = Weekday.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWeekdayToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MarketType createMarketTypeFromString(EDataType eDataType, String initialValue) {
		MarketType result = MarketType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMarketTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessScale createBusinessScaleFromString(EDataType eDataType, String initialValue) {
		BusinessScale result = BusinessScale.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBusinessScaleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LicenceType createLicenceTypeFromString(EDataType eDataType, String initialValue) {
		LicenceType result = LicenceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLicenceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CreditLevel createCreditLevelFromString(EDataType eDataType, String initialValue) {
		CreditLevel result = CreditLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCreditLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LicenceEventKind createLicenceEventKindFromString(EDataType eDataType, String initialValue) {
		LicenceEventKind result = LicenceEventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLicenceEventKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RetailerStatus createRetailerStatusFromString(EDataType eDataType, String initialValue) {
		RetailerStatus result = RetailerStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRetailerStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffRole createStaffRoleFromString(EDataType eDataType, String initialValue) {
		StaffRole result = StaffRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStaffRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageKind createImageKindFromString(EDataType eDataType, String initialValue) {
		ImageKind result = ImageKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionResult createInspectionResultFromString(EDataType eDataType, String initialValue) {
		InspectionResult result = InspectionResult.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInspectionResultToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuidanceTopic createGuidanceTopicFromString(EDataType eDataType, String initialValue) {
		GuidanceTopic result = GuidanceTopic.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGuidanceTopicToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssistanceCategory createAssistanceCategoryFromString(EDataType eDataType, String initialValue) {
		AssistanceCategory result = AssistanceCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssistanceCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PreferenceRule createPreferenceRuleFromString(EDataType eDataType, String initialValue) {
		PreferenceRule result = PreferenceRule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPreferenceRuleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PriceBand createPriceBandFromString(EDataType eDataType, String initialValue) {
		PriceBand result = PriceBand.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriceBandToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AllocationMethod createAllocationMethodFromString(EDataType eDataType, String initialValue) {
		AllocationMethod result = AllocationMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAllocationMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoundStatus createRoundStatusFromString(EDataType eDataType, String initialValue) {
		RoundStatus result = RoundStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoundStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RuleKind createRuleKindFromString(EDataType eDataType, String initialValue) {
		RuleKind result = RuleKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRuleKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyCategory createPolicyCategoryFromString(EDataType eDataType, String initialValue) {
		PolicyCategory result = PolicyCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPolicyCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PublicityChannel createPublicityChannelFromString(EDataType eDataType, String initialValue) {
		PublicityChannel result = PublicityChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPublicityChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Acknowledgement createAcknowledgementFromString(EDataType eDataType, String initialValue) {
		Acknowledgement result = Acknowledgement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAcknowledgementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VisitPurpose createVisitPurposeFromString(EDataType eDataType, String initialValue) {
		VisitPurpose result = VisitPurpose.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVisitPurposeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetailerdeskPackage getRetailerdeskPackage() {
		return (RetailerdeskPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static RetailerdeskPackage getPackage() {
		return RetailerdeskPackage.eINSTANCE;
	}

} //RetailerdeskFactoryImpl
