/**
 */
package org.retailerdesk.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationMethod;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AllocationRule;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.BusinessScale;
import org.retailerdesk.model.CreditLevel;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Guidance;
import org.retailerdesk.model.GuidanceTopic;
import org.retailerdesk.model.ImageKind;
import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.InspectionResult;
import org.retailerdesk.model.LicenceEvent;
import org.retailerdesk.model.LicenceEventKind;
import org.retailerdesk.model.LicenceType;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.OperatingRecord;
import org.retailerdesk.model.OrderingMethod;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PolicyCategory;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriceBand;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerImage;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.model.RuleKind;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.StockCount;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.VisitPurpose;
import org.retailerdesk.model.Weekday;

import org.retailerdesk.model.util.RetailerdeskValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RetailerdeskPackageImpl extends EPackageImpl implements RetailerdeskPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceCentreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass districtEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass marketDepartmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deliveryRouteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass staffEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass retailerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass retailerImageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass operatingRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inspectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stockCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass guidanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass priorityHouseholdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass brandEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass allocationRoundEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass allocationRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass allocationLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass publicityRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass visitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mutualAidGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass licenceEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum businessFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum orderingMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum weekdayEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum marketTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum businessScaleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum licenceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum creditLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum licenceEventKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum retailerStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum staffRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum imageKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum inspectionResultEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum guidanceTopicEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assistanceCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum preferenceRuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum priceBandEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum allocationMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roundStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ruleKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum policyCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum publicityChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum acknowledgementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum visitPurposeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.retailerdesk.model.RetailerdeskPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RetailerdeskPackageImpl() {
		super(eNS_URI, RetailerdeskFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link RetailerdeskPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static RetailerdeskPackage init() {
		if (isInited) return (RetailerdeskPackage)EPackage.Registry.INSTANCE.getEPackage(RetailerdeskPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRetailerdeskPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RetailerdeskPackageImpl theRetailerdeskPackage = registeredRetailerdeskPackage instanceof RetailerdeskPackageImpl ? (RetailerdeskPackageImpl)registeredRetailerdeskPackage : new RetailerdeskPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theRetailerdeskPackage.createPackageContents();

		// Initialize created meta-data
		theRetailerdeskPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theRetailerdeskPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return RetailerdeskValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theRetailerdeskPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RetailerdeskPackage.eNS_URI, theRetailerdeskPackage);
		return theRetailerdeskPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntity() {
		return entityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntity_Id() {
		return (EAttribute)entityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntity_Version() {
		return (EAttribute)entityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceCentre() {
		return serviceCentreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCentre_Code() {
		return (EAttribute)serviceCentreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCentre_Name() {
		return (EAttribute)serviceCentreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCentre_Address() {
		return (EAttribute)serviceCentreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCentre_Phone() {
		return (EAttribute)serviceCentreEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDistrict() {
		return districtEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistrict_Code() {
		return (EAttribute)districtEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistrict_Name() {
		return (EAttribute)districtEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDistrict_Centre() {
		return (EReference)districtEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistrict_Active() {
		return (EAttribute)districtEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMarketDepartment() {
		return marketDepartmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarketDepartment_Code() {
		return (EAttribute)marketDepartmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarketDepartment_Name() {
		return (EAttribute)marketDepartmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMarketDepartment_District() {
		return (EReference)marketDepartmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarketDepartment_Active() {
		return (EAttribute)marketDepartmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeliveryRoute() {
		return deliveryRouteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliveryRoute_Code() {
		return (EAttribute)deliveryRouteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliveryRoute_Name() {
		return (EAttribute)deliveryRouteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliveryRoute_MarketDepartment() {
		return (EReference)deliveryRouteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliveryRoute_OrderDay() {
		return (EAttribute)deliveryRouteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliveryRoute_Active() {
		return (EAttribute)deliveryRouteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStaff() {
		return staffEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Code() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Name() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Role() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_ManagerGrade() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Phone() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaff_MarketDepartment() {
		return (EReference)staffEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_Active() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaff_HireDate() {
		return (EAttribute)staffEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRetailer() {
		return retailerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_CustomerCode() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_LicenceNumber() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_ShopName() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_Owner() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_Address() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_BusinessScope() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_BusinessFormat() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_OrderingMethod() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_Status() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetailer_District() {
		return (EReference)retailerEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetailer_MarketDepartment() {
		return (EReference)retailerEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_FloorArea() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetailer_CustomerManager() {
		return (EReference)retailerEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetailer_PhoneOrderClerk() {
		return (EReference)retailerEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetailer_DeliveryStaff() {
		return (EReference)retailerEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetailer_DeliveryRoute() {
		return (EReference)retailerEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_OrderDay() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_VisitBatch() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_OrdersPerMonth() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_LicenceType() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_LicenceIssued() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_LicenceExpiry() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_AnnualReviewDate() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetailer_LicenceOfficer() {
		return (EReference)retailerEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_ClassificationCode() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_CreditLevel() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_ComplianceNote() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_Monitored() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_ModelShop() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetailer_MutualAidGroup() {
		return (EReference)retailerEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_Grade() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_MarketType() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_Scale() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_MonthlyQuantity() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_MonthlyAmount() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_AveragePrice() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(35);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_BrandCount() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(36);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_Stock() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(37);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_ContactPerson() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(38);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_ContactPhone() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(39);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailer_ContactAddress() {
		return (EAttribute)retailerEClass.getEStructuralFeatures().get(40);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRetailerImage() {
		return retailerImageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRetailerImage_Retailer() {
		return (EReference)retailerImageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailerImage_Kind() {
		return (EAttribute)retailerImageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailerImage_Path() {
		return (EAttribute)retailerImageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailerImage_TakenOn() {
		return (EAttribute)retailerImageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetailerImage_Caption() {
		return (EAttribute)retailerImageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOperatingRecord() {
		return operatingRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperatingRecord_Retailer() {
		return (EReference)operatingRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatingRecord_Date() {
		return (EAttribute)operatingRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperatingRecord_RecordedBy() {
		return (EReference)operatingRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOperatingRecord_Note() {
		return (EAttribute)operatingRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInspection() {
		return inspectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_Hygiene() {
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_Display() {
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_PriceMarking() {
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_HonestOperation() {
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspection_Visit() {
		return (EReference)inspectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStockCount() {
		return stockCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStockCount_Cartons() {
		return (EAttribute)stockCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStockCount_BrandsInStock() {
		return (EAttribute)stockCountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGuidance() {
		return guidanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidance_Topic() {
		return (EAttribute)guidanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPriorityHousehold() {
		return priorityHouseholdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityHousehold_Retailer() {
		return (EReference)priorityHouseholdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_Category() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_EvidenceType() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_EvidenceNumber() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_EvidenceIssuer() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_EvidenceDate() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityHousehold_VerifiedBy() {
		return (EReference)priorityHouseholdEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_VerifiedOn() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_ReviewDate() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_ExpiryDate() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_PreferenceRule() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_PreferenceValue() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_HelpGiven() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityHousehold_Active() {
		return (EAttribute)priorityHouseholdEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBrand() {
		return brandEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_Code() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_Name() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_PriceBand() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_PricePerCarton() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_Scarce() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_Manufacturer() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_RetailPricePerCarton() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_Active() {
		return (EAttribute)brandEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAllocationRound() {
		return allocationRoundEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRound_Code() {
		return (EAttribute)allocationRoundEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRound_Title() {
		return (EAttribute)allocationRoundEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAllocationRound_Brand() {
		return (EReference)allocationRoundEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRound_PeriodStart() {
		return (EAttribute)allocationRoundEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRound_PeriodEnd() {
		return (EAttribute)allocationRoundEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRound_TotalQuantity() {
		return (EAttribute)allocationRoundEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRound_Method() {
		return (EAttribute)allocationRoundEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRound_Status() {
		return (EAttribute)allocationRoundEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRound_PublishedOn() {
		return (EAttribute)allocationRoundEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAllocationRule() {
		return allocationRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAllocationRule_Round() {
		return (EReference)allocationRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRule_Kind() {
		return (EAttribute)allocationRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRule_Dimension() {
		return (EAttribute)allocationRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRule_Key() {
		return (EAttribute)allocationRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRule_Value() {
		return (EAttribute)allocationRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationRule_Position() {
		return (EAttribute)allocationRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAllocationLine() {
		return allocationLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAllocationLine_Round() {
		return (EReference)allocationLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAllocationLine_Retailer() {
		return (EReference)allocationLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationLine_Grade() {
		return (EAttribute)allocationLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationLine_Quantity() {
		return (EAttribute)allocationLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationLine_Explanation() {
		return (EAttribute)allocationLineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationLine_Overridden() {
		return (EAttribute)allocationLineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocationLine_OverrideReason() {
		return (EAttribute)allocationLineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAllocationLine_OverriddenBy() {
		return (EReference)allocationLineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicy() {
		return policyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Code() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Title() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Category() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_IssuedOn() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_EffectiveFrom() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_EffectiveTo() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Summary() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Issuer() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_FullText() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Attachment() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Scope() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPublicityRecord() {
		return publicityRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPublicityRecord_Retailer() {
		return (EReference)publicityRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPublicityRecord_Policy() {
		return (EReference)publicityRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublicityRecord_Date() {
		return (EAttribute)publicityRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublicityRecord_Channel() {
		return (EAttribute)publicityRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPublicityRecord_DeliveredBy() {
		return (EReference)publicityRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublicityRecord_Acknowledgement() {
		return (EAttribute)publicityRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublicityRecord_Note() {
		return (EAttribute)publicityRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPublicityRecord_Visit() {
		return (EReference)publicityRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVisit() {
		return visitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVisit_Retailer() {
		return (EReference)visitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVisit_Visitor() {
		return (EReference)visitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_Date() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_Purpose() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_ShopOpen() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_SalesNote() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_StockNote() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_ComplianceNote() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_NewProductNote() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_Complaint() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_Note() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_FollowUp() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_FollowUpDue() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMutualAidGroup() {
		return mutualAidGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMutualAidGroup_Code() {
		return (EAttribute)mutualAidGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMutualAidGroup_Name() {
		return (EAttribute)mutualAidGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMutualAidGroup_MarketDepartment() {
		return (EReference)mutualAidGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMutualAidGroup_Active() {
		return (EAttribute)mutualAidGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLicenceEvent() {
		return licenceEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLicenceEvent_Retailer() {
		return (EReference)licenceEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLicenceEvent_Date() {
		return (EAttribute)licenceEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLicenceEvent_Kind() {
		return (EAttribute)licenceEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLicenceEvent_OldValue() {
		return (EAttribute)licenceEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLicenceEvent_NewValue() {
		return (EAttribute)licenceEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLicenceEvent_Note() {
		return (EAttribute)licenceEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBusinessFormat() {
		return businessFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrderingMethod() {
		return orderingMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWeekday() {
		return weekdayEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMarketType() {
		return marketTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBusinessScale() {
		return businessScaleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLicenceType() {
		return licenceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCreditLevel() {
		return creditLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLicenceEventKind() {
		return licenceEventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRetailerStatus() {
		return retailerStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStaffRole() {
		return staffRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImageKind() {
		return imageKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInspectionResult() {
		return inspectionResultEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGuidanceTopic() {
		return guidanceTopicEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssistanceCategory() {
		return assistanceCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPreferenceRule() {
		return preferenceRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPriceBand() {
		return priceBandEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAllocationMethod() {
		return allocationMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoundStatus() {
		return roundStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRuleKind() {
		return ruleKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPolicyCategory() {
		return policyCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPublicityChannel() {
		return publicityChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAcknowledgement() {
		return acknowledgementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVisitPurpose() {
		return visitPurposeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetailerdeskFactory getRetailerdeskFactory() {
		return (RetailerdeskFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		entityEClass = createEClass(ENTITY);
		createEAttribute(entityEClass, ENTITY__ID);
		createEAttribute(entityEClass, ENTITY__VERSION);

		serviceCentreEClass = createEClass(SERVICE_CENTRE);
		createEAttribute(serviceCentreEClass, SERVICE_CENTRE__CODE);
		createEAttribute(serviceCentreEClass, SERVICE_CENTRE__NAME);
		createEAttribute(serviceCentreEClass, SERVICE_CENTRE__ADDRESS);
		createEAttribute(serviceCentreEClass, SERVICE_CENTRE__PHONE);

		districtEClass = createEClass(DISTRICT);
		createEAttribute(districtEClass, DISTRICT__CODE);
		createEAttribute(districtEClass, DISTRICT__NAME);
		createEReference(districtEClass, DISTRICT__CENTRE);
		createEAttribute(districtEClass, DISTRICT__ACTIVE);

		marketDepartmentEClass = createEClass(MARKET_DEPARTMENT);
		createEAttribute(marketDepartmentEClass, MARKET_DEPARTMENT__CODE);
		createEAttribute(marketDepartmentEClass, MARKET_DEPARTMENT__NAME);
		createEReference(marketDepartmentEClass, MARKET_DEPARTMENT__DISTRICT);
		createEAttribute(marketDepartmentEClass, MARKET_DEPARTMENT__ACTIVE);

		deliveryRouteEClass = createEClass(DELIVERY_ROUTE);
		createEAttribute(deliveryRouteEClass, DELIVERY_ROUTE__CODE);
		createEAttribute(deliveryRouteEClass, DELIVERY_ROUTE__NAME);
		createEReference(deliveryRouteEClass, DELIVERY_ROUTE__MARKET_DEPARTMENT);
		createEAttribute(deliveryRouteEClass, DELIVERY_ROUTE__ORDER_DAY);
		createEAttribute(deliveryRouteEClass, DELIVERY_ROUTE__ACTIVE);

		staffEClass = createEClass(STAFF);
		createEAttribute(staffEClass, STAFF__CODE);
		createEAttribute(staffEClass, STAFF__NAME);
		createEAttribute(staffEClass, STAFF__ROLE);
		createEAttribute(staffEClass, STAFF__MANAGER_GRADE);
		createEAttribute(staffEClass, STAFF__PHONE);
		createEReference(staffEClass, STAFF__MARKET_DEPARTMENT);
		createEAttribute(staffEClass, STAFF__ACTIVE);
		createEAttribute(staffEClass, STAFF__HIRE_DATE);

		retailerEClass = createEClass(RETAILER);
		createEAttribute(retailerEClass, RETAILER__CUSTOMER_CODE);
		createEAttribute(retailerEClass, RETAILER__LICENCE_NUMBER);
		createEAttribute(retailerEClass, RETAILER__SHOP_NAME);
		createEAttribute(retailerEClass, RETAILER__OWNER);
		createEAttribute(retailerEClass, RETAILER__ADDRESS);
		createEAttribute(retailerEClass, RETAILER__BUSINESS_SCOPE);
		createEAttribute(retailerEClass, RETAILER__BUSINESS_FORMAT);
		createEAttribute(retailerEClass, RETAILER__ORDERING_METHOD);
		createEAttribute(retailerEClass, RETAILER__STATUS);
		createEReference(retailerEClass, RETAILER__DISTRICT);
		createEReference(retailerEClass, RETAILER__MARKET_DEPARTMENT);
		createEAttribute(retailerEClass, RETAILER__FLOOR_AREA);
		createEReference(retailerEClass, RETAILER__CUSTOMER_MANAGER);
		createEReference(retailerEClass, RETAILER__PHONE_ORDER_CLERK);
		createEReference(retailerEClass, RETAILER__DELIVERY_STAFF);
		createEReference(retailerEClass, RETAILER__DELIVERY_ROUTE);
		createEAttribute(retailerEClass, RETAILER__ORDER_DAY);
		createEAttribute(retailerEClass, RETAILER__VISIT_BATCH);
		createEAttribute(retailerEClass, RETAILER__ORDERS_PER_MONTH);
		createEAttribute(retailerEClass, RETAILER__LICENCE_TYPE);
		createEAttribute(retailerEClass, RETAILER__LICENCE_ISSUED);
		createEAttribute(retailerEClass, RETAILER__LICENCE_EXPIRY);
		createEAttribute(retailerEClass, RETAILER__ANNUAL_REVIEW_DATE);
		createEReference(retailerEClass, RETAILER__LICENCE_OFFICER);
		createEAttribute(retailerEClass, RETAILER__CLASSIFICATION_CODE);
		createEAttribute(retailerEClass, RETAILER__CREDIT_LEVEL);
		createEAttribute(retailerEClass, RETAILER__COMPLIANCE_NOTE);
		createEAttribute(retailerEClass, RETAILER__MONITORED);
		createEAttribute(retailerEClass, RETAILER__MODEL_SHOP);
		createEReference(retailerEClass, RETAILER__MUTUAL_AID_GROUP);
		createEAttribute(retailerEClass, RETAILER__GRADE);
		createEAttribute(retailerEClass, RETAILER__MARKET_TYPE);
		createEAttribute(retailerEClass, RETAILER__SCALE);
		createEAttribute(retailerEClass, RETAILER__MONTHLY_QUANTITY);
		createEAttribute(retailerEClass, RETAILER__MONTHLY_AMOUNT);
		createEAttribute(retailerEClass, RETAILER__AVERAGE_PRICE);
		createEAttribute(retailerEClass, RETAILER__BRAND_COUNT);
		createEAttribute(retailerEClass, RETAILER__STOCK);
		createEAttribute(retailerEClass, RETAILER__CONTACT_PERSON);
		createEAttribute(retailerEClass, RETAILER__CONTACT_PHONE);
		createEAttribute(retailerEClass, RETAILER__CONTACT_ADDRESS);

		retailerImageEClass = createEClass(RETAILER_IMAGE);
		createEReference(retailerImageEClass, RETAILER_IMAGE__RETAILER);
		createEAttribute(retailerImageEClass, RETAILER_IMAGE__KIND);
		createEAttribute(retailerImageEClass, RETAILER_IMAGE__PATH);
		createEAttribute(retailerImageEClass, RETAILER_IMAGE__TAKEN_ON);
		createEAttribute(retailerImageEClass, RETAILER_IMAGE__CAPTION);

		operatingRecordEClass = createEClass(OPERATING_RECORD);
		createEReference(operatingRecordEClass, OPERATING_RECORD__RETAILER);
		createEAttribute(operatingRecordEClass, OPERATING_RECORD__DATE);
		createEReference(operatingRecordEClass, OPERATING_RECORD__RECORDED_BY);
		createEAttribute(operatingRecordEClass, OPERATING_RECORD__NOTE);

		inspectionEClass = createEClass(INSPECTION);
		createEAttribute(inspectionEClass, INSPECTION__HYGIENE);
		createEAttribute(inspectionEClass, INSPECTION__DISPLAY);
		createEAttribute(inspectionEClass, INSPECTION__PRICE_MARKING);
		createEAttribute(inspectionEClass, INSPECTION__HONEST_OPERATION);
		createEReference(inspectionEClass, INSPECTION__VISIT);

		stockCountEClass = createEClass(STOCK_COUNT);
		createEAttribute(stockCountEClass, STOCK_COUNT__CARTONS);
		createEAttribute(stockCountEClass, STOCK_COUNT__BRANDS_IN_STOCK);

		guidanceEClass = createEClass(GUIDANCE);
		createEAttribute(guidanceEClass, GUIDANCE__TOPIC);

		priorityHouseholdEClass = createEClass(PRIORITY_HOUSEHOLD);
		createEReference(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__RETAILER);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__CATEGORY);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__EVIDENCE_TYPE);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__EVIDENCE_ISSUER);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__EVIDENCE_DATE);
		createEReference(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__VERIFIED_BY);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__VERIFIED_ON);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__REVIEW_DATE);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__EXPIRY_DATE);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__PREFERENCE_RULE);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__PREFERENCE_VALUE);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__HELP_GIVEN);
		createEAttribute(priorityHouseholdEClass, PRIORITY_HOUSEHOLD__ACTIVE);

		brandEClass = createEClass(BRAND);
		createEAttribute(brandEClass, BRAND__CODE);
		createEAttribute(brandEClass, BRAND__NAME);
		createEAttribute(brandEClass, BRAND__PRICE_BAND);
		createEAttribute(brandEClass, BRAND__PRICE_PER_CARTON);
		createEAttribute(brandEClass, BRAND__SCARCE);
		createEAttribute(brandEClass, BRAND__MANUFACTURER);
		createEAttribute(brandEClass, BRAND__RETAIL_PRICE_PER_CARTON);
		createEAttribute(brandEClass, BRAND__ACTIVE);

		allocationRoundEClass = createEClass(ALLOCATION_ROUND);
		createEAttribute(allocationRoundEClass, ALLOCATION_ROUND__CODE);
		createEAttribute(allocationRoundEClass, ALLOCATION_ROUND__TITLE);
		createEReference(allocationRoundEClass, ALLOCATION_ROUND__BRAND);
		createEAttribute(allocationRoundEClass, ALLOCATION_ROUND__PERIOD_START);
		createEAttribute(allocationRoundEClass, ALLOCATION_ROUND__PERIOD_END);
		createEAttribute(allocationRoundEClass, ALLOCATION_ROUND__TOTAL_QUANTITY);
		createEAttribute(allocationRoundEClass, ALLOCATION_ROUND__METHOD);
		createEAttribute(allocationRoundEClass, ALLOCATION_ROUND__STATUS);
		createEAttribute(allocationRoundEClass, ALLOCATION_ROUND__PUBLISHED_ON);

		allocationRuleEClass = createEClass(ALLOCATION_RULE);
		createEReference(allocationRuleEClass, ALLOCATION_RULE__ROUND);
		createEAttribute(allocationRuleEClass, ALLOCATION_RULE__KIND);
		createEAttribute(allocationRuleEClass, ALLOCATION_RULE__DIMENSION);
		createEAttribute(allocationRuleEClass, ALLOCATION_RULE__KEY);
		createEAttribute(allocationRuleEClass, ALLOCATION_RULE__VALUE);
		createEAttribute(allocationRuleEClass, ALLOCATION_RULE__POSITION);

		allocationLineEClass = createEClass(ALLOCATION_LINE);
		createEReference(allocationLineEClass, ALLOCATION_LINE__ROUND);
		createEReference(allocationLineEClass, ALLOCATION_LINE__RETAILER);
		createEAttribute(allocationLineEClass, ALLOCATION_LINE__GRADE);
		createEAttribute(allocationLineEClass, ALLOCATION_LINE__QUANTITY);
		createEAttribute(allocationLineEClass, ALLOCATION_LINE__EXPLANATION);
		createEAttribute(allocationLineEClass, ALLOCATION_LINE__OVERRIDDEN);
		createEAttribute(allocationLineEClass, ALLOCATION_LINE__OVERRIDE_REASON);
		createEReference(allocationLineEClass, ALLOCATION_LINE__OVERRIDDEN_BY);

		policyEClass = createEClass(POLICY);
		createEAttribute(policyEClass, POLICY__CODE);
		createEAttribute(policyEClass, POLICY__TITLE);
		createEAttribute(policyEClass, POLICY__CATEGORY);
		createEAttribute(policyEClass, POLICY__ISSUED_ON);
		createEAttribute(policyEClass, POLICY__EFFECTIVE_FROM);
		createEAttribute(policyEClass, POLICY__EFFECTIVE_TO);
		createEAttribute(policyEClass, POLICY__SUMMARY);
		createEAttribute(policyEClass, POLICY__ISSUER);
		createEAttribute(policyEClass, POLICY__FULL_TEXT);
		createEAttribute(policyEClass, POLICY__ATTACHMENT);
		createEAttribute(policyEClass, POLICY__SCOPE);

		publicityRecordEClass = createEClass(PUBLICITY_RECORD);
		createEReference(publicityRecordEClass, PUBLICITY_RECORD__RETAILER);
		createEReference(publicityRecordEClass, PUBLICITY_RECORD__POLICY);
		createEAttribute(publicityRecordEClass, PUBLICITY_RECORD__DATE);
		createEAttribute(publicityRecordEClass, PUBLICITY_RECORD__CHANNEL);
		createEReference(publicityRecordEClass, PUBLICITY_RECORD__DELIVERED_BY);
		createEAttribute(publicityRecordEClass, PUBLICITY_RECORD__ACKNOWLEDGEMENT);
		createEAttribute(publicityRecordEClass, PUBLICITY_RECORD__NOTE);
		createEReference(publicityRecordEClass, PUBLICITY_RECORD__VISIT);

		visitEClass = createEClass(VISIT);
		createEReference(visitEClass, VISIT__RETAILER);
		createEReference(visitEClass, VISIT__VISITOR);
		createEAttribute(visitEClass, VISIT__DATE);
		createEAttribute(visitEClass, VISIT__PURPOSE);
		createEAttribute(visitEClass, VISIT__SHOP_OPEN);
		createEAttribute(visitEClass, VISIT__SALES_NOTE);
		createEAttribute(visitEClass, VISIT__STOCK_NOTE);
		createEAttribute(visitEClass, VISIT__COMPLIANCE_NOTE);
		createEAttribute(visitEClass, VISIT__NEW_PRODUCT_NOTE);
		createEAttribute(visitEClass, VISIT__COMPLAINT);
		createEAttribute(visitEClass, VISIT__NOTE);
		createEAttribute(visitEClass, VISIT__FOLLOW_UP);
		createEAttribute(visitEClass, VISIT__FOLLOW_UP_DUE);

		mutualAidGroupEClass = createEClass(MUTUAL_AID_GROUP);
		createEAttribute(mutualAidGroupEClass, MUTUAL_AID_GROUP__CODE);
		createEAttribute(mutualAidGroupEClass, MUTUAL_AID_GROUP__NAME);
		createEReference(mutualAidGroupEClass, MUTUAL_AID_GROUP__MARKET_DEPARTMENT);
		createEAttribute(mutualAidGroupEClass, MUTUAL_AID_GROUP__ACTIVE);

		licenceEventEClass = createEClass(LICENCE_EVENT);
		createEReference(licenceEventEClass, LICENCE_EVENT__RETAILER);
		createEAttribute(licenceEventEClass, LICENCE_EVENT__DATE);
		createEAttribute(licenceEventEClass, LICENCE_EVENT__KIND);
		createEAttribute(licenceEventEClass, LICENCE_EVENT__OLD_VALUE);
		createEAttribute(licenceEventEClass, LICENCE_EVENT__NEW_VALUE);
		createEAttribute(licenceEventEClass, LICENCE_EVENT__NOTE);

		// Create enums
		businessFormatEEnum = createEEnum(BUSINESS_FORMAT);
		orderingMethodEEnum = createEEnum(ORDERING_METHOD);
		weekdayEEnum = createEEnum(WEEKDAY);
		marketTypeEEnum = createEEnum(MARKET_TYPE);
		businessScaleEEnum = createEEnum(BUSINESS_SCALE);
		licenceTypeEEnum = createEEnum(LICENCE_TYPE);
		creditLevelEEnum = createEEnum(CREDIT_LEVEL);
		licenceEventKindEEnum = createEEnum(LICENCE_EVENT_KIND);
		retailerStatusEEnum = createEEnum(RETAILER_STATUS);
		staffRoleEEnum = createEEnum(STAFF_ROLE);
		imageKindEEnum = createEEnum(IMAGE_KIND);
		inspectionResultEEnum = createEEnum(INSPECTION_RESULT);
		guidanceTopicEEnum = createEEnum(GUIDANCE_TOPIC);
		assistanceCategoryEEnum = createEEnum(ASSISTANCE_CATEGORY);
		preferenceRuleEEnum = createEEnum(PREFERENCE_RULE);
		priceBandEEnum = createEEnum(PRICE_BAND);
		allocationMethodEEnum = createEEnum(ALLOCATION_METHOD);
		roundStatusEEnum = createEEnum(ROUND_STATUS);
		ruleKindEEnum = createEEnum(RULE_KIND);
		policyCategoryEEnum = createEEnum(POLICY_CATEGORY);
		publicityChannelEEnum = createEEnum(PUBLICITY_CHANNEL);
		acknowledgementEEnum = createEEnum(ACKNOWLEDGEMENT);
		visitPurposeEEnum = createEEnum(VISIT_PURPOSE);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		serviceCentreEClass.getESuperTypes().add(this.getEntity());
		districtEClass.getESuperTypes().add(this.getEntity());
		marketDepartmentEClass.getESuperTypes().add(this.getEntity());
		deliveryRouteEClass.getESuperTypes().add(this.getEntity());
		staffEClass.getESuperTypes().add(this.getEntity());
		retailerEClass.getESuperTypes().add(this.getEntity());
		retailerImageEClass.getESuperTypes().add(this.getEntity());
		operatingRecordEClass.getESuperTypes().add(this.getEntity());
		inspectionEClass.getESuperTypes().add(this.getOperatingRecord());
		stockCountEClass.getESuperTypes().add(this.getOperatingRecord());
		guidanceEClass.getESuperTypes().add(this.getOperatingRecord());
		priorityHouseholdEClass.getESuperTypes().add(this.getEntity());
		brandEClass.getESuperTypes().add(this.getEntity());
		allocationRoundEClass.getESuperTypes().add(this.getEntity());
		allocationRuleEClass.getESuperTypes().add(this.getEntity());
		allocationLineEClass.getESuperTypes().add(this.getEntity());
		policyEClass.getESuperTypes().add(this.getEntity());
		publicityRecordEClass.getESuperTypes().add(this.getEntity());
		visitEClass.getESuperTypes().add(this.getEntity());
		mutualAidGroupEClass.getESuperTypes().add(this.getEntity());
		licenceEventEClass.getESuperTypes().add(this.getEntity());

		// Initialize classes and features; add operations and parameters
		initEClass(entityEClass, Entity.class, "Entity", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEntity_Id(), ecorePackage.getELong(), "id", null, 0, 1, Entity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEntity_Version(), ecorePackage.getEInt(), "version", null, 0, 1, Entity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(serviceCentreEClass, ServiceCentre.class, "ServiceCentre", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getServiceCentre_Code(), ecorePackage.getEString(), "code", null, 1, 1, ServiceCentre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getServiceCentre_Name(), ecorePackage.getEString(), "name", null, 1, 1, ServiceCentre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getServiceCentre_Address(), ecorePackage.getEString(), "address", null, 0, 1, ServiceCentre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getServiceCentre_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, ServiceCentre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(districtEClass, District.class, "District", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDistrict_Code(), ecorePackage.getEString(), "code", null, 1, 1, District.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDistrict_Name(), ecorePackage.getEString(), "name", null, 1, 1, District.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDistrict_Centre(), this.getServiceCentre(), null, "centre", null, 0, 1, District.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDistrict_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, District.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(marketDepartmentEClass, MarketDepartment.class, "MarketDepartment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMarketDepartment_Code(), ecorePackage.getEString(), "code", null, 1, 1, MarketDepartment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMarketDepartment_Name(), ecorePackage.getEString(), "name", null, 1, 1, MarketDepartment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMarketDepartment_District(), this.getDistrict(), null, "district", null, 0, 1, MarketDepartment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMarketDepartment_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, MarketDepartment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(deliveryRouteEClass, DeliveryRoute.class, "DeliveryRoute", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDeliveryRoute_Code(), ecorePackage.getEString(), "code", null, 1, 1, DeliveryRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeliveryRoute_Name(), ecorePackage.getEString(), "name", null, 1, 1, DeliveryRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDeliveryRoute_MarketDepartment(), this.getMarketDepartment(), null, "marketDepartment", null, 0, 1, DeliveryRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeliveryRoute_OrderDay(), this.getWeekday(), "orderDay", null, 0, 1, DeliveryRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeliveryRoute_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, DeliveryRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(staffEClass, Staff.class, "Staff", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getStaff_Code(), ecorePackage.getEString(), "code", null, 1, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaff_Name(), ecorePackage.getEString(), "name", null, 1, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaff_Role(), this.getStaffRole(), "role", null, 1, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaff_ManagerGrade(), ecorePackage.getEInt(), "managerGrade", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaff_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getStaff_MarketDepartment(), this.getMarketDepartment(), null, "marketDepartment", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaff_Active(), ecorePackage.getEBoolean(), "active", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStaff_HireDate(), this.getLocalDate(), "hireDate", null, 0, 1, Staff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(retailerEClass, Retailer.class, "Retailer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRetailer_CustomerCode(), ecorePackage.getEString(), "customerCode", null, 1, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_LicenceNumber(), ecorePackage.getEString(), "licenceNumber", null, 1, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_ShopName(), ecorePackage.getEString(), "shopName", null, 1, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_Owner(), ecorePackage.getEString(), "owner", null, 1, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_Address(), ecorePackage.getEString(), "address", null, 1, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_BusinessScope(), ecorePackage.getEString(), "businessScope", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_BusinessFormat(), this.getBusinessFormat(), "businessFormat", null, 1, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_OrderingMethod(), this.getOrderingMethod(), "orderingMethod", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_Status(), this.getRetailerStatus(), "status", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRetailer_District(), this.getDistrict(), null, "district", null, 1, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRetailer_MarketDepartment(), this.getMarketDepartment(), null, "marketDepartment", null, 1, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_FloorArea(), ecorePackage.getEDouble(), "floorArea", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRetailer_CustomerManager(), this.getStaff(), null, "customerManager", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRetailer_PhoneOrderClerk(), this.getStaff(), null, "phoneOrderClerk", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRetailer_DeliveryStaff(), this.getStaff(), null, "deliveryStaff", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRetailer_DeliveryRoute(), this.getDeliveryRoute(), null, "deliveryRoute", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_OrderDay(), this.getWeekday(), "orderDay", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_VisitBatch(), ecorePackage.getEString(), "visitBatch", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_OrdersPerMonth(), ecorePackage.getEInt(), "ordersPerMonth", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_LicenceType(), this.getLicenceType(), "licenceType", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_LicenceIssued(), this.getLocalDate(), "licenceIssued", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_LicenceExpiry(), this.getLocalDate(), "licenceExpiry", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_AnnualReviewDate(), this.getLocalDate(), "annualReviewDate", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRetailer_LicenceOfficer(), this.getStaff(), null, "licenceOfficer", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_ClassificationCode(), ecorePackage.getEString(), "classificationCode", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_CreditLevel(), this.getCreditLevel(), "creditLevel", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_ComplianceNote(), ecorePackage.getEString(), "complianceNote", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_Monitored(), ecorePackage.getEBoolean(), "monitored", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_ModelShop(), ecorePackage.getEBoolean(), "modelShop", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRetailer_MutualAidGroup(), this.getMutualAidGroup(), null, "mutualAidGroup", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_Grade(), ecorePackage.getEInt(), "grade", null, 1, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_MarketType(), this.getMarketType(), "marketType", null, 1, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_Scale(), this.getBusinessScale(), "scale", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_MonthlyQuantity(), ecorePackage.getEInt(), "monthlyQuantity", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_MonthlyAmount(), ecorePackage.getEBigDecimal(), "monthlyAmount", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_AveragePrice(), ecorePackage.getEBigDecimal(), "averagePrice", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_BrandCount(), ecorePackage.getEInt(), "brandCount", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_Stock(), ecorePackage.getEInt(), "stock", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_ContactPerson(), ecorePackage.getEString(), "contactPerson", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_ContactPhone(), ecorePackage.getEString(), "contactPhone", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailer_ContactAddress(), ecorePackage.getEString(), "contactAddress", null, 0, 1, Retailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(retailerImageEClass, RetailerImage.class, "RetailerImage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRetailerImage_Retailer(), this.getRetailer(), null, "retailer", null, 1, 1, RetailerImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailerImage_Kind(), this.getImageKind(), "kind", null, 1, 1, RetailerImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailerImage_Path(), ecorePackage.getEString(), "path", null, 1, 1, RetailerImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailerImage_TakenOn(), this.getLocalDate(), "takenOn", null, 0, 1, RetailerImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRetailerImage_Caption(), ecorePackage.getEString(), "caption", null, 0, 1, RetailerImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(operatingRecordEClass, OperatingRecord.class, "OperatingRecord", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getOperatingRecord_Retailer(), this.getRetailer(), null, "retailer", null, 1, 1, OperatingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOperatingRecord_Date(), this.getLocalDate(), "date", null, 1, 1, OperatingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOperatingRecord_RecordedBy(), this.getStaff(), null, "recordedBy", null, 1, 1, OperatingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOperatingRecord_Note(), ecorePackage.getEString(), "note", null, 0, 1, OperatingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(inspectionEClass, Inspection.class, "Inspection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getInspection_Hygiene(), this.getInspectionResult(), "hygiene", null, 1, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInspection_Display(), this.getInspectionResult(), "display", null, 1, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInspection_PriceMarking(), this.getInspectionResult(), "priceMarking", null, 1, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInspection_HonestOperation(), this.getInspectionResult(), "honestOperation", null, 1, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInspection_Visit(), this.getVisit(), null, "visit", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(stockCountEClass, StockCount.class, "StockCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getStockCount_Cartons(), ecorePackage.getEInt(), "cartons", null, 1, 1, StockCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStockCount_BrandsInStock(), ecorePackage.getEInt(), "brandsInStock", null, 0, 1, StockCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(guidanceEClass, Guidance.class, "Guidance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getGuidance_Topic(), this.getGuidanceTopic(), "topic", null, 1, 1, Guidance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(priorityHouseholdEClass, PriorityHousehold.class, "PriorityHousehold", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getPriorityHousehold_Retailer(), this.getRetailer(), null, "retailer", null, 1, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_Category(), this.getAssistanceCategory(), "category", null, 1, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_EvidenceType(), ecorePackage.getEString(), "evidenceType", null, 1, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_EvidenceNumber(), ecorePackage.getEString(), "evidenceNumber", null, 1, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_EvidenceIssuer(), ecorePackage.getEString(), "evidenceIssuer", null, 1, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_EvidenceDate(), this.getLocalDate(), "evidenceDate", null, 1, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPriorityHousehold_VerifiedBy(), this.getStaff(), null, "verifiedBy", null, 1, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_VerifiedOn(), this.getLocalDate(), "verifiedOn", null, 1, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_ReviewDate(), this.getLocalDate(), "reviewDate", null, 0, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_ExpiryDate(), this.getLocalDate(), "expiryDate", null, 0, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_PreferenceRule(), this.getPreferenceRule(), "preferenceRule", null, 1, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_PreferenceValue(), ecorePackage.getEDouble(), "preferenceValue", null, 0, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_HelpGiven(), ecorePackage.getEString(), "helpGiven", null, 0, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPriorityHousehold_Active(), ecorePackage.getEBoolean(), "active", null, 0, 1, PriorityHousehold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(brandEClass, Brand.class, "Brand", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBrand_Code(), ecorePackage.getEString(), "code", null, 1, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBrand_Name(), ecorePackage.getEString(), "name", null, 1, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBrand_PriceBand(), this.getPriceBand(), "priceBand", null, 1, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBrand_PricePerCarton(), ecorePackage.getEBigDecimal(), "pricePerCarton", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBrand_Scarce(), ecorePackage.getEBoolean(), "scarce", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBrand_Manufacturer(), ecorePackage.getEString(), "manufacturer", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBrand_RetailPricePerCarton(), ecorePackage.getEBigDecimal(), "retailPricePerCarton", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBrand_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(allocationRoundEClass, AllocationRound.class, "AllocationRound", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAllocationRound_Code(), ecorePackage.getEString(), "code", null, 1, 1, AllocationRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRound_Title(), ecorePackage.getEString(), "title", null, 1, 1, AllocationRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAllocationRound_Brand(), this.getBrand(), null, "brand", null, 1, 1, AllocationRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRound_PeriodStart(), this.getLocalDate(), "periodStart", null, 1, 1, AllocationRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRound_PeriodEnd(), this.getLocalDate(), "periodEnd", null, 1, 1, AllocationRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRound_TotalQuantity(), ecorePackage.getEInt(), "totalQuantity", null, 1, 1, AllocationRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRound_Method(), this.getAllocationMethod(), "method", null, 1, 1, AllocationRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRound_Status(), this.getRoundStatus(), "status", null, 1, 1, AllocationRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRound_PublishedOn(), this.getLocalDate(), "publishedOn", null, 0, 1, AllocationRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(allocationRuleEClass, AllocationRule.class, "AllocationRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getAllocationRule_Round(), this.getAllocationRound(), null, "round", null, 1, 1, AllocationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRule_Kind(), this.getRuleKind(), "kind", null, 1, 1, AllocationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRule_Dimension(), ecorePackage.getEString(), "dimension", null, 0, 1, AllocationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRule_Key(), ecorePackage.getEString(), "key", null, 0, 1, AllocationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRule_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, AllocationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationRule_Position(), ecorePackage.getEInt(), "position", null, 0, 1, AllocationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(allocationLineEClass, AllocationLine.class, "AllocationLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getAllocationLine_Round(), this.getAllocationRound(), null, "round", null, 1, 1, AllocationLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAllocationLine_Retailer(), this.getRetailer(), null, "retailer", null, 1, 1, AllocationLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationLine_Grade(), ecorePackage.getEInt(), "grade", null, 1, 1, AllocationLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationLine_Quantity(), ecorePackage.getEInt(), "quantity", null, 1, 1, AllocationLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationLine_Explanation(), ecorePackage.getEString(), "explanation", null, 0, 1, AllocationLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationLine_Overridden(), ecorePackage.getEBoolean(), "overridden", null, 0, 1, AllocationLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAllocationLine_OverrideReason(), ecorePackage.getEString(), "overrideReason", null, 0, 1, AllocationLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAllocationLine_OverriddenBy(), this.getStaff(), null, "overriddenBy", null, 0, 1, AllocationLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(policyEClass, Policy.class, "Policy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPolicy_Code(), ecorePackage.getEString(), "code", null, 1, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicy_Title(), ecorePackage.getEString(), "title", null, 1, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicy_Category(), this.getPolicyCategory(), "category", null, 1, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicy_IssuedOn(), this.getLocalDate(), "issuedOn", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicy_EffectiveFrom(), this.getLocalDate(), "effectiveFrom", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicy_EffectiveTo(), this.getLocalDate(), "effectiveTo", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicy_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicy_Issuer(), ecorePackage.getEString(), "issuer", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicy_FullText(), ecorePackage.getEString(), "fullText", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicy_Attachment(), ecorePackage.getEString(), "attachment", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPolicy_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(publicityRecordEClass, PublicityRecord.class, "PublicityRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getPublicityRecord_Retailer(), this.getRetailer(), null, "retailer", null, 1, 1, PublicityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPublicityRecord_Policy(), this.getPolicy(), null, "policy", null, 1, 1, PublicityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPublicityRecord_Date(), this.getLocalDate(), "date", null, 1, 1, PublicityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPublicityRecord_Channel(), this.getPublicityChannel(), "channel", null, 1, 1, PublicityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPublicityRecord_DeliveredBy(), this.getStaff(), null, "deliveredBy", null, 1, 1, PublicityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPublicityRecord_Acknowledgement(), this.getAcknowledgement(), "acknowledgement", null, 1, 1, PublicityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPublicityRecord_Note(), ecorePackage.getEString(), "note", null, 0, 1, PublicityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPublicityRecord_Visit(), this.getVisit(), null, "visit", null, 0, 1, PublicityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(visitEClass, Visit.class, "Visit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getVisit_Retailer(), this.getRetailer(), null, "retailer", null, 1, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getVisit_Visitor(), this.getStaff(), null, "visitor", null, 1, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVisit_Date(), this.getLocalDate(), "date", null, 1, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVisit_Purpose(), this.getVisitPurpose(), "purpose", null, 1, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVisit_ShopOpen(), ecorePackage.getEBoolean(), "shopOpen", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVisit_SalesNote(), ecorePackage.getEString(), "salesNote", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVisit_StockNote(), ecorePackage.getEString(), "stockNote", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVisit_ComplianceNote(), ecorePackage.getEString(), "complianceNote", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVisit_NewProductNote(), ecorePackage.getEString(), "newProductNote", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVisit_Complaint(), ecorePackage.getEString(), "complaint", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVisit_Note(), ecorePackage.getEString(), "note", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVisit_FollowUp(), ecorePackage.getEString(), "followUp", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVisit_FollowUpDue(), this.getLocalDate(), "followUpDue", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(mutualAidGroupEClass, MutualAidGroup.class, "MutualAidGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMutualAidGroup_Code(), ecorePackage.getEString(), "code", null, 1, 1, MutualAidGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMutualAidGroup_Name(), ecorePackage.getEString(), "name", null, 1, 1, MutualAidGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMutualAidGroup_MarketDepartment(), this.getMarketDepartment(), null, "marketDepartment", null, 0, 1, MutualAidGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMutualAidGroup_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, MutualAidGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(licenceEventEClass, LicenceEvent.class, "LicenceEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getLicenceEvent_Retailer(), this.getRetailer(), null, "retailer", null, 1, 1, LicenceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLicenceEvent_Date(), this.getLocalDate(), "date", null, 1, 1, LicenceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLicenceEvent_Kind(), this.getLicenceEventKind(), "kind", null, 1, 1, LicenceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLicenceEvent_OldValue(), ecorePackage.getEString(), "oldValue", null, 0, 1, LicenceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLicenceEvent_NewValue(), ecorePackage.getEString(), "newValue", null, 0, 1, LicenceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLicenceEvent_Note(), ecorePackage.getEString(), "note", null, 0, 1, LicenceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(businessFormatEEnum, BusinessFormat.class, "BusinessFormat"); //$NON-NLS-1$
		addEEnumLiteral(businessFormatEEnum, BusinessFormat.GROCERY);
		addEEnumLiteral(businessFormatEEnum, BusinessFormat.CONVENIENCE);
		addEEnumLiteral(businessFormatEEnum, BusinessFormat.SUPERMARKET);
		addEEnumLiteral(businessFormatEEnum, BusinessFormat.MALL);
		addEEnumLiteral(businessFormatEEnum, BusinessFormat.TOBACCO_LIQUOR);
		addEEnumLiteral(businessFormatEEnum, BusinessFormat.ENTERTAINMENT);
		addEEnumLiteral(businessFormatEEnum, BusinessFormat.OTHER);

		initEEnum(orderingMethodEEnum, OrderingMethod.class, "OrderingMethod"); //$NON-NLS-1$
		addEEnumLiteral(orderingMethodEEnum, OrderingMethod.PHONE);
		addEEnumLiteral(orderingMethodEEnum, OrderingMethod.ONLINE);
		addEEnumLiteral(orderingMethodEEnum, OrderingMethod.SELF_SERVICE);
		addEEnumLiteral(orderingMethodEEnum, OrderingMethod.VISIT);

		initEEnum(weekdayEEnum, Weekday.class, "Weekday"); //$NON-NLS-1$
		addEEnumLiteral(weekdayEEnum, Weekday.MONDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.TUESDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.WEDNESDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.THURSDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.FRIDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.SATURDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.SUNDAY);

		initEEnum(marketTypeEEnum, MarketType.class, "MarketType"); //$NON-NLS-1$
		addEEnumLiteral(marketTypeEEnum, MarketType.URBAN);
		addEEnumLiteral(marketTypeEEnum, MarketType.RURAL);

		initEEnum(businessScaleEEnum, BusinessScale.class, "BusinessScale"); //$NON-NLS-1$
		addEEnumLiteral(businessScaleEEnum, BusinessScale.LARGE);
		addEEnumLiteral(businessScaleEEnum, BusinessScale.MEDIUM);
		addEEnumLiteral(businessScaleEEnum, BusinessScale.SMALL);

		initEEnum(licenceTypeEEnum, LicenceType.class, "LicenceType"); //$NON-NLS-1$
		addEEnumLiteral(licenceTypeEEnum, LicenceType.REGULAR);
		addEEnumLiteral(licenceTypeEEnum, LicenceType.TEMPORARY);

		initEEnum(creditLevelEEnum, CreditLevel.class, "CreditLevel"); //$NON-NLS-1$
		addEEnumLiteral(creditLevelEEnum, CreditLevel.AAA);
		addEEnumLiteral(creditLevelEEnum, CreditLevel.AA);
		addEEnumLiteral(creditLevelEEnum, CreditLevel.A);
		addEEnumLiteral(creditLevelEEnum, CreditLevel.B);

		initEEnum(licenceEventKindEEnum, LicenceEventKind.class, "LicenceEventKind"); //$NON-NLS-1$
		addEEnumLiteral(licenceEventKindEEnum, LicenceEventKind.SUSPENDED);
		addEEnumLiteral(licenceEventKindEEnum, LicenceEventKind.RESUMED);
		addEEnumLiteral(licenceEventKindEEnum, LicenceEventKind.CANCELLED);
		addEEnumLiteral(licenceEventKindEEnum, LicenceEventKind.LICENCE_NUMBER_CHANGED);
		addEEnumLiteral(licenceEventKindEEnum, LicenceEventKind.HOLDER_CHANGED);

		initEEnum(retailerStatusEEnum, RetailerStatus.class, "RetailerStatus"); //$NON-NLS-1$
		addEEnumLiteral(retailerStatusEEnum, RetailerStatus.ACTIVE);
		addEEnumLiteral(retailerStatusEEnum, RetailerStatus.SUSPENDED);
		addEEnumLiteral(retailerStatusEEnum, RetailerStatus.CLOSED);

		initEEnum(staffRoleEEnum, StaffRole.class, "StaffRole"); //$NON-NLS-1$
		addEEnumLiteral(staffRoleEEnum, StaffRole.CUSTOMER_MANAGER);
		addEEnumLiteral(staffRoleEEnum, StaffRole.LICENCE_OFFICER);
		addEEnumLiteral(staffRoleEEnum, StaffRole.DELIVERY_STAFF);
		addEEnumLiteral(staffRoleEEnum, StaffRole.PHONE_ORDER_CLERK);
		addEEnumLiteral(staffRoleEEnum, StaffRole.SUPERVISOR);
		addEEnumLiteral(staffRoleEEnum, StaffRole.SERVICE_STAFF);

		initEEnum(imageKindEEnum, ImageKind.class, "ImageKind"); //$NON-NLS-1$
		addEEnumLiteral(imageKindEEnum, ImageKind.SHOPFRONT);
		addEEnumLiteral(imageKindEEnum, ImageKind.COUNTER);
		addEEnumLiteral(imageKindEEnum, ImageKind.LICENCE);
		addEEnumLiteral(imageKindEEnum, ImageKind.OTHER);

		initEEnum(inspectionResultEEnum, InspectionResult.class, "InspectionResult"); //$NON-NLS-1$
		addEEnumLiteral(inspectionResultEEnum, InspectionResult.GOOD);
		addEEnumLiteral(inspectionResultEEnum, InspectionResult.FAIR);
		addEEnumLiteral(inspectionResultEEnum, InspectionResult.POOR);

		initEEnum(guidanceTopicEEnum, GuidanceTopic.class, "GuidanceTopic"); //$NON-NLS-1$
		addEEnumLiteral(guidanceTopicEEnum, GuidanceTopic.ORDERING);
		addEEnumLiteral(guidanceTopicEEnum, GuidanceTopic.RECEIVING);
		addEEnumLiteral(guidanceTopicEEnum, GuidanceTopic.DISPLAY);
		addEEnumLiteral(guidanceTopicEEnum, GuidanceTopic.PRICE_MARKING);
		addEEnumLiteral(guidanceTopicEEnum, GuidanceTopic.OTHER);

		initEEnum(assistanceCategoryEEnum, AssistanceCategory.class, "AssistanceCategory"); //$NON-NLS-1$
		addEEnumLiteral(assistanceCategoryEEnum, AssistanceCategory.LAID_OFF);
		addEEnumLiteral(assistanceCategoryEEnum, AssistanceCategory.DISABLED);
		addEEnumLiteral(assistanceCategoryEEnum, AssistanceCategory.EXTREME_HARDSHIP);
		addEEnumLiteral(assistanceCategoryEEnum, AssistanceCategory.MARTYR_FAMILY);
		addEEnumLiteral(assistanceCategoryEEnum, AssistanceCategory.LOW_INCOME);
		addEEnumLiteral(assistanceCategoryEEnum, AssistanceCategory.ELDERLY_ALONE);

		initEEnum(preferenceRuleEEnum, PreferenceRule.class, "PreferenceRule"); //$NON-NLS-1$
		addEEnumLiteral(preferenceRuleEEnum, PreferenceRule.NONE);
		addEEnumLiteral(preferenceRuleEEnum, PreferenceRule.UPLIFT);
		addEEnumLiteral(preferenceRuleEEnum, PreferenceRule.GUARANTEED_MINIMUM);

		initEEnum(priceBandEEnum, PriceBand.class, "PriceBand"); //$NON-NLS-1$
		addEEnumLiteral(priceBandEEnum, PriceBand.CLASS_1);
		addEEnumLiteral(priceBandEEnum, PriceBand.CLASS_2);
		addEEnumLiteral(priceBandEEnum, PriceBand.CLASS_3);
		addEEnumLiteral(priceBandEEnum, PriceBand.CLASS_4);
		addEEnumLiteral(priceBandEEnum, PriceBand.CLASS_5);

		initEEnum(allocationMethodEEnum, AllocationMethod.class, "AllocationMethod"); //$NON-NLS-1$
		addEEnumLiteral(allocationMethodEEnum, AllocationMethod.BY_GRADE);
		addEEnumLiteral(allocationMethodEEnum, AllocationMethod.BY_GRADE_AND_DIMENSION);
		addEEnumLiteral(allocationMethodEEnum, AllocationMethod.BY_PRICE_BAND);
		addEEnumLiteral(allocationMethodEEnum, AllocationMethod.MANUAL);

		initEEnum(roundStatusEEnum, RoundStatus.class, "RoundStatus"); //$NON-NLS-1$
		addEEnumLiteral(roundStatusEEnum, RoundStatus.DRAFT);
		addEEnumLiteral(roundStatusEEnum, RoundStatus.CALCULATED);
		addEEnumLiteral(roundStatusEEnum, RoundStatus.PUBLISHED);

		initEEnum(ruleKindEEnum, RuleKind.class, "RuleKind"); //$NON-NLS-1$
		addEEnumLiteral(ruleKindEEnum, RuleKind.GRADE_CUTOFF);
		addEEnumLiteral(ruleKindEEnum, RuleKind.PER_RETAILER_CAP);
		addEEnumLiteral(ruleKindEEnum, RuleKind.DIMENSION_WEIGHT);
		addEEnumLiteral(ruleKindEEnum, RuleKind.PRIORITY_UPLIFT);
		addEEnumLiteral(ruleKindEEnum, RuleKind.PRIORITY_MINIMUM);
		addEEnumLiteral(ruleKindEEnum, RuleKind.FORTNIGHTLY_DOUBLE);

		initEEnum(policyCategoryEEnum, PolicyCategory.class, "PolicyCategory"); //$NON-NLS-1$
		addEEnumLiteral(policyCategoryEEnum, PolicyCategory.LAW);
		addEEnumLiteral(policyCategoryEEnum, PolicyCategory.INDUSTRY_POLICY);
		addEEnumLiteral(policyCategoryEEnum, PolicyCategory.COMPANY_STRATEGY);
		addEEnumLiteral(policyCategoryEEnum, PolicyCategory.MARKET_INFORMATION);

		initEEnum(publicityChannelEEnum, PublicityChannel.class, "PublicityChannel"); //$NON-NLS-1$
		addEEnumLiteral(publicityChannelEEnum, PublicityChannel.VISIT);
		addEEnumLiteral(publicityChannelEEnum, PublicityChannel.PHONE);
		addEEnumLiteral(publicityChannelEEnum, PublicityChannel.GROUP_MEETING);
		addEEnumLiteral(publicityChannelEEnum, PublicityChannel.MESSAGE);

		initEEnum(acknowledgementEEnum, Acknowledgement.class, "Acknowledgement"); //$NON-NLS-1$
		addEEnumLiteral(acknowledgementEEnum, Acknowledgement.SIGNED);
		addEEnumLiteral(acknowledgementEEnum, Acknowledgement.VERBAL);
		addEEnumLiteral(acknowledgementEEnum, Acknowledgement.REFUSED);

		initEEnum(visitPurposeEEnum, VisitPurpose.class, "VisitPurpose"); //$NON-NLS-1$
		addEEnumLiteral(visitPurposeEEnum, VisitPurpose.ROUTINE);
		addEEnumLiteral(visitPurposeEEnum, VisitPurpose.SERVICE);
		addEEnumLiteral(visitPurposeEEnum, VisitPurpose.INSPECTION);
		addEEnumLiteral(visitPurposeEEnum, VisitPurpose.COMPLAINT);
		addEEnumLiteral(visitPurposeEEnum, VisitPurpose.NEW_PRODUCT);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://retailerdesk.org/label
		createLabelAnnotations();
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
		// http://retailerdesk.org/persistence
		createPersistenceAnnotations();
		// http://retailerdesk.org/group
		createGroupAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://retailerdesk.org/label</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createLabelAnnotations() {
		String source = "http://retailerdesk.org/label"; //$NON-NLS-1$
		addAnnotation
		  (entityEClass,
		   source,
		   new String[] {
			   "zh", "\u5b9e\u4f53" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEntity_Id(),
		   source,
		   new String[] {
			   "zh", "\u7f16\u53f7", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "ID" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEntity_Version(),
		   source,
		   new String[] {
			   "zh", "\u7248\u672c" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (serviceCentreEClass,
		   source,
		   new String[] {
			   "zh", "\u5ba2\u6237\u670d\u52a1\u4e2d\u5fc3" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getServiceCentre_Code(),
		   source,
		   new String[] {
			   "zh", "\u4e2d\u5fc3\u7f16\u7801" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getServiceCentre_Name(),
		   source,
		   new String[] {
			   "zh", "\u4e2d\u5fc3\u540d\u79f0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getServiceCentre_Address(),
		   source,
		   new String[] {
			   "zh", "\u5730\u5740" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getServiceCentre_Phone(),
		   source,
		   new String[] {
			   "zh", "\u7535\u8bdd" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (districtEClass,
		   source,
		   new String[] {
			   "zh", "\u884c\u653f\u533a\u57df" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDistrict_Code(),
		   source,
		   new String[] {
			   "zh", "\u533a\u57df\u7f16\u7801" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDistrict_Name(),
		   source,
		   new String[] {
			   "zh", "\u533a\u57df\u540d\u79f0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDistrict_Centre(),
		   source,
		   new String[] {
			   "zh", "\u6240\u5c5e\u670d\u52a1\u4e2d\u5fc3" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDistrict_Active(),
		   source,
		   new String[] {
			   "zh", "\u542f\u7528" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (marketDepartmentEClass,
		   source,
		   new String[] {
			   "zh", "\u5e02\u573a\u90e8" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMarketDepartment_Code(),
		   source,
		   new String[] {
			   "zh", "\u5e02\u573a\u90e8\u7f16\u7801" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMarketDepartment_Name(),
		   source,
		   new String[] {
			   "zh", "\u5e02\u573a\u90e8\u540d\u79f0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMarketDepartment_District(),
		   source,
		   new String[] {
			   "zh", "\u884c\u653f\u533a\u57df" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMarketDepartment_Active(),
		   source,
		   new String[] {
			   "zh", "\u542f\u7528" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (deliveryRouteEClass,
		   source,
		   new String[] {
			   "zh", "\u9001\u8d27\u7ebf\u8def" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeliveryRoute_Code(),
		   source,
		   new String[] {
			   "zh", "\u7ebf\u8def\u7f16\u7801" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeliveryRoute_Name(),
		   source,
		   new String[] {
			   "zh", "\u7ebf\u8def\u540d\u79f0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeliveryRoute_MarketDepartment(),
		   source,
		   new String[] {
			   "zh", "\u5e02\u573a\u90e8" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeliveryRoute_OrderDay(),
		   source,
		   new String[] {
			   "zh", "\u8ba2\u8d27\u65e5" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeliveryRoute_Active(),
		   source,
		   new String[] {
			   "zh", "\u542f\u7528" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (staffEClass,
		   source,
		   new String[] {
			   "zh", "\u5458\u5de5" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStaff_Code(),
		   source,
		   new String[] {
			   "zh", "\u5de5\u53f7" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStaff_Name(),
		   source,
		   new String[] {
			   "zh", "\u59d3\u540d" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStaff_Role(),
		   source,
		   new String[] {
			   "zh", "\u5c97\u4f4d" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStaff_ManagerGrade(),
		   source,
		   new String[] {
			   "zh", "\u5ba2\u6237\u7ecf\u7406\u7b49\u7ea7" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStaff_Phone(),
		   source,
		   new String[] {
			   "zh", "\u7535\u8bdd" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStaff_MarketDepartment(),
		   source,
		   new String[] {
			   "zh", "\u5e02\u573a\u90e8" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStaff_Active(),
		   source,
		   new String[] {
			   "zh", "\u5728\u5c97" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStaff_HireDate(),
		   source,
		   new String[] {
			   "zh", "\u5165\u804c\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (retailerEClass,
		   source,
		   new String[] {
			   "zh", "\u96f6\u552e\u6237\u7ecf\u8425\u6863\u6848" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_CustomerCode(),
		   source,
		   new String[] {
			   "zh", "\u5ba2\u6237\u7f16\u7801" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_LicenceNumber(),
		   source,
		   new String[] {
			   "zh", "\u8bb8\u53ef\u8bc1\u53f7" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ShopName(),
		   source,
		   new String[] {
			   "zh", "\u5e97\u94fa\u540d\u79f0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Owner(),
		   source,
		   new String[] {
			   "zh", "\u8d1f\u8d23\u4eba" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Address(),
		   source,
		   new String[] {
			   "zh", "\u7ecf\u8425\u5730\u5740" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_BusinessScope(),
		   source,
		   new String[] {
			   "zh", "\u7ecf\u8425\u8303\u56f4" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_BusinessFormat(),
		   source,
		   new String[] {
			   "zh", "\u96f6\u552e\u4e1a\u6001" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_OrderingMethod(),
		   source,
		   new String[] {
			   "zh", "\u8ba2\u8d27\u65b9\u5f0f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Status(),
		   source,
		   new String[] {
			   "zh", "\u7ecf\u8425\u72b6\u6001" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_District(),
		   source,
		   new String[] {
			   "zh", "\u884c\u653f\u533a\u57df" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_MarketDepartment(),
		   source,
		   new String[] {
			   "zh", "\u5e02\u573a\u90e8" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_FloorArea(),
		   source,
		   new String[] {
			   "zh", "\u8425\u4e1a\u9762\u79ef" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_CustomerManager(),
		   source,
		   new String[] {
			   "zh", "\u5ba2\u6237\u7ecf\u7406" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_PhoneOrderClerk(),
		   source,
		   new String[] {
			   "zh", "\u7535\u8bdd\u8ba2\u8d27\u5458" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_DeliveryStaff(),
		   source,
		   new String[] {
			   "zh", "\u9001\u8d27\u5458" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_DeliveryRoute(),
		   source,
		   new String[] {
			   "zh", "\u9001\u8d27\u7ebf\u8def" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_OrderDay(),
		   source,
		   new String[] {
			   "zh", "\u8ba2\u8d27\u65e5" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_VisitBatch(),
		   source,
		   new String[] {
			   "zh", "\u62dc\u8bbf\u6279\u6b21" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_OrdersPerMonth(),
		   source,
		   new String[] {
			   "zh", "\u6708\u8ba2\u8d27\u6b21\u6570" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_LicenceType(),
		   source,
		   new String[] {
			   "zh", "\u8bb8\u53ef\u8bc1\u7c7b\u578b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_LicenceIssued(),
		   source,
		   new String[] {
			   "zh", "\u53d1\u8bc1\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_LicenceExpiry(),
		   source,
		   new String[] {
			   "zh", "\u6709\u6548\u671f\u81f3" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_AnnualReviewDate(),
		   source,
		   new String[] {
			   "zh", "\u5e74\u5ba1\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_LicenceOfficer(),
		   source,
		   new String[] {
			   "zh", "\u4e13\u7ba1\u5458" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ClassificationCode(),
		   source,
		   new String[] {
			   "zh", "\u5ba2\u6237\u5206\u7c7b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_CreditLevel(),
		   source,
		   new String[] {
			   "zh", "\u8bda\u4fe1\u7b49\u7ea7" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ComplianceNote(),
		   source,
		   new String[] {
			   "zh", "\u5b88\u6cd5\u60c5\u51b5" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Monitored(),
		   source,
		   new String[] {
			   "zh", "\u76d1\u63a7\u6237" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ModelShop(),
		   source,
		   new String[] {
			   "zh", "\u793a\u8303\u6237" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_MutualAidGroup(),
		   source,
		   new String[] {
			   "zh", "\u8bda\u4fe1\u4e92\u52a9\u5c0f\u7ec4", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Mutual-aid group" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Grade(),
		   source,
		   new String[] {
			   "zh", "\u5ba2\u6237\u6863\u4f4d" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_MarketType(),
		   source,
		   new String[] {
			   "zh", "\u5e02\u573a\u7c7b\u578b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Scale(),
		   source,
		   new String[] {
			   "zh", "\u7ecf\u8425\u89c4\u6a21" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_MonthlyQuantity(),
		   source,
		   new String[] {
			   "zh", "\u6708\u8d2d\u8fdb\u91cf\uff08\u6761\uff09" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_MonthlyAmount(),
		   source,
		   new String[] {
			   "zh", "\u6708\u8d2d\u8fdb\u91d1\u989d" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_AveragePrice(),
		   source,
		   new String[] {
			   "zh", "\u6761\u5747\u4ef7" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_BrandCount(),
		   source,
		   new String[] {
			   "zh", "\u7ecf\u8425\u54c1\u89c4\u6570" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Stock(),
		   source,
		   new String[] {
			   "zh", "\u5e93\u5b58\uff08\u6761\uff09" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ContactPerson(),
		   source,
		   new String[] {
			   "zh", "\u8054\u7cfb\u4eba" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ContactPhone(),
		   source,
		   new String[] {
			   "zh", "\u8054\u7cfb\u7535\u8bdd" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ContactAddress(),
		   source,
		   new String[] {
			   "zh", "\u8054\u7cfb\u5730\u5740" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (retailerImageEClass,
		   source,
		   new String[] {
			   "zh", "\u5f62\u8c61\u4fe1\u606f\uff08\u56fe\u7247\uff09" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailerImage_Retailer(),
		   source,
		   new String[] {
			   "zh", "\u96f6\u552e\u6237" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailerImage_Kind(),
		   source,
		   new String[] {
			   "zh", "\u56fe\u7247\u7c7b\u578b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailerImage_Path(),
		   source,
		   new String[] {
			   "zh", "\u6587\u4ef6\u8def\u5f84" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailerImage_TakenOn(),
		   source,
		   new String[] {
			   "zh", "\u62cd\u6444\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailerImage_Caption(),
		   source,
		   new String[] {
			   "zh", "\u8bf4\u660e" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (operatingRecordEClass,
		   source,
		   new String[] {
			   "zh", "\u7ecf\u8425\u8bb0\u5f55" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getOperatingRecord_Retailer(),
		   source,
		   new String[] {
			   "zh", "\u96f6\u552e\u6237" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getOperatingRecord_Date(),
		   source,
		   new String[] {
			   "zh", "\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getOperatingRecord_RecordedBy(),
		   source,
		   new String[] {
			   "zh", "\u8bb0\u5f55\u4eba" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getOperatingRecord_Note(),
		   source,
		   new String[] {
			   "zh", "\u5907\u6ce8" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (inspectionEClass,
		   source,
		   new String[] {
			   "zh", "\u7ecf\u8425\u68c0\u67e5\uff08\u536b\u751f\u3001\u9648\u5217\u3001\u660e\u7801\u6807\u4ef7\u3001\u8bda\u4fe1\u7ecf\u8425\uff09" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInspection_Hygiene(),
		   source,
		   new String[] {
			   "zh", "\u5e97\u5802\u536b\u751f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInspection_Display(),
		   source,
		   new String[] {
			   "zh", "\u5546\u54c1\u9648\u5217" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInspection_PriceMarking(),
		   source,
		   new String[] {
			   "zh", "\u660e\u7801\u6807\u4ef7" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInspection_HonestOperation(),
		   source,
		   new String[] {
			   "zh", "\u8bda\u4fe1\u7ecf\u8425" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInspection_Visit(),
		   source,
		   new String[] {
			   "zh", "\u6240\u5c5e\u8d70\u8bbf", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "During visit" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (stockCountEClass,
		   source,
		   new String[] {
			   "zh", "\u5e93\u5b58\u76d8\u70b9" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStockCount_Cartons(),
		   source,
		   new String[] {
			   "zh", "\u5e93\u5b58\u91cf\uff08\u6761\uff09" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStockCount_BrandsInStock(),
		   source,
		   new String[] {
			   "zh", "\u5728\u5e93\u54c1\u89c4\u6570" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (guidanceEClass,
		   source,
		   new String[] {
			   "zh", "\u8ba2\u8d27\u3001\u6536\u8d27\u7b49\u6307\u5bfc\u8bb0\u5f55" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getGuidance_Topic(),
		   source,
		   new String[] {
			   "zh", "\u6307\u5bfc\u5185\u5bb9" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (priorityHouseholdEClass,
		   source,
		   new String[] {
			   "zh", "\u91cd\u70b9\u5e2e\u6276\u5bf9\u8c61" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_Retailer(),
		   source,
		   new String[] {
			   "zh", "\u96f6\u552e\u6237" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_Category(),
		   source,
		   new String[] {
			   "zh", "\u5e2e\u6276\u7c7b\u522b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_EvidenceType(),
		   source,
		   new String[] {
			   "zh", "\u8bc1\u660e\u6750\u6599\u7c7b\u578b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_EvidenceNumber(),
		   source,
		   new String[] {
			   "zh", "\u8bc1\u660e\u6750\u6599\u7f16\u53f7" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_EvidenceIssuer(),
		   source,
		   new String[] {
			   "zh", "\u53d1\u8bc1\u673a\u5173" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_EvidenceDate(),
		   source,
		   new String[] {
			   "zh", "\u8bc1\u660e\u6750\u6599\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_VerifiedBy(),
		   source,
		   new String[] {
			   "zh", "\u6838\u5b9e\u4eba" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_VerifiedOn(),
		   source,
		   new String[] {
			   "zh", "\u6838\u5b9e\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_ReviewDate(),
		   source,
		   new String[] {
			   "zh", "\u590d\u6838\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_ExpiryDate(),
		   source,
		   new String[] {
			   "zh", "\u5931\u6548\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_PreferenceRule(),
		   source,
		   new String[] {
			   "zh", "\u503e\u659c\u65b9\u5f0f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_PreferenceValue(),
		   source,
		   new String[] {
			   "zh", "\u503e\u659c\u5e45\u5ea6" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_HelpGiven(),
		   source,
		   new String[] {
			   "zh", "\u5e2e\u6276\u63aa\u65bd" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_Active(),
		   source,
		   new String[] {
			   "zh", "\u6709\u6548" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (brandEClass,
		   source,
		   new String[] {
			   "zh", "\u5377\u70df\u54c1\u724c\u89c4\u683c" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBrand_Code(),
		   source,
		   new String[] {
			   "zh", "\u5377\u70df\u7f16\u7801" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBrand_Name(),
		   source,
		   new String[] {
			   "zh", "\u54c1\u89c4\u540d\u79f0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBrand_PriceBand(),
		   source,
		   new String[] {
			   "zh", "\u4ef7\u7c7b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBrand_PricePerCarton(),
		   source,
		   new String[] {
			   "zh", "\u6761\u6279\u53d1\u4ef7", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Wholesale price per carton" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBrand_Scarce(),
		   source,
		   new String[] {
			   "zh", "\u7d27\u4fcf" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBrand_Manufacturer(),
		   source,
		   new String[] {
			   "zh", "\u751f\u4ea7\u5382\u5bb6" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBrand_RetailPricePerCarton(),
		   source,
		   new String[] {
			   "zh", "\u6761\u96f6\u552e\u4ef7", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Retail price per carton" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBrand_Active(),
		   source,
		   new String[] {
			   "zh", "\u5728\u552e" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (allocationRoundEClass,
		   source,
		   new String[] {
			   "zh", "\u7d27\u4fcf\u8d27\u6e90\u6295\u653e\u6279\u6b21" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRound_Code(),
		   source,
		   new String[] {
			   "zh", "\u6279\u6b21\u7f16\u53f7" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRound_Title(),
		   source,
		   new String[] {
			   "zh", "\u6807\u9898" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRound_Brand(),
		   source,
		   new String[] {
			   "zh", "\u5377\u70df\u54c1\u89c4" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRound_PeriodStart(),
		   source,
		   new String[] {
			   "zh", "\u6295\u653e\u5f00\u59cb\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRound_PeriodEnd(),
		   source,
		   new String[] {
			   "zh", "\u6295\u653e\u7ed3\u675f\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRound_TotalQuantity(),
		   source,
		   new String[] {
			   "zh", "\u6295\u653e\u603b\u91cf\uff08\u6761\uff09" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRound_Method(),
		   source,
		   new String[] {
			   "zh", "\u6295\u653e\u65b9\u5f0f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRound_Status(),
		   source,
		   new String[] {
			   "zh", "\u72b6\u6001" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRound_PublishedOn(),
		   source,
		   new String[] {
			   "zh", "\u516c\u793a\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (allocationRuleEClass,
		   source,
		   new String[] {
			   "zh", "\u6295\u653e\u89c4\u5219" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRule_Round(),
		   source,
		   new String[] {
			   "zh", "\u6295\u653e\u6279\u6b21" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRule_Kind(),
		   source,
		   new String[] {
			   "zh", "\u89c4\u5219\u7c7b\u578b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRule_Dimension(),
		   source,
		   new String[] {
			   "zh", "\u7ef4\u5ea6" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRule_Key(),
		   source,
		   new String[] {
			   "zh", "\u7ef4\u5ea6\u53d6\u503c" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRule_Value(),
		   source,
		   new String[] {
			   "zh", "\u6570\u503c" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRule_Position(),
		   source,
		   new String[] {
			   "zh", "\u987a\u5e8f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (allocationLineEClass,
		   source,
		   new String[] {
			   "zh", "\u6295\u653e\u660e\u7ec6" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationLine_Round(),
		   source,
		   new String[] {
			   "zh", "\u6295\u653e\u6279\u6b21" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationLine_Retailer(),
		   source,
		   new String[] {
			   "zh", "\u96f6\u552e\u6237" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationLine_Grade(),
		   source,
		   new String[] {
			   "zh", "\u6863\u4f4d" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationLine_Quantity(),
		   source,
		   new String[] {
			   "zh", "\u6295\u653e\u91cf\uff08\u6761\uff09" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationLine_Explanation(),
		   source,
		   new String[] {
			   "zh", "\u5206\u914d\u8bf4\u660e" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationLine_Overridden(),
		   source,
		   new String[] {
			   "zh", "\u4eba\u5de5\u8c03\u6574" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationLine_OverrideReason(),
		   source,
		   new String[] {
			   "zh", "\u8c03\u6574\u539f\u56e0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationLine_OverriddenBy(),
		   source,
		   new String[] {
			   "zh", "\u8c03\u6574\u4eba" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (policyEClass,
		   source,
		   new String[] {
			   "zh", "\u653f\u7b56\u6761\u76ee" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Code(),
		   source,
		   new String[] {
			   "zh", "\u653f\u7b56\u7f16\u53f7" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Title(),
		   source,
		   new String[] {
			   "zh", "\u6807\u9898" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Category(),
		   source,
		   new String[] {
			   "zh", "\u653f\u7b56\u7c7b\u522b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_IssuedOn(),
		   source,
		   new String[] {
			   "zh", "\u53d1\u5e03\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_EffectiveFrom(),
		   source,
		   new String[] {
			   "zh", "\u751f\u6548\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_EffectiveTo(),
		   source,
		   new String[] {
			   "zh", "\u5931\u6548\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Summary(),
		   source,
		   new String[] {
			   "zh", "\u6458\u8981" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Issuer(),
		   source,
		   new String[] {
			   "zh", "\u53d1\u5e03\u673a\u5173", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Issuing body" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_FullText(),
		   source,
		   new String[] {
			   "zh", "\u5168\u6587", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Full text" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Attachment(),
		   source,
		   new String[] {
			   "zh", "\u9644\u4ef6", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Attachment" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Scope(),
		   source,
		   new String[] {
			   "zh", "\u9002\u7528\u8303\u56f4", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Retailers concerned" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (publicityRecordEClass,
		   source,
		   new String[] {
			   "zh", "\u653f\u7b56\u5ba3\u4f20\u8bb0\u5f55" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPublicityRecord_Retailer(),
		   source,
		   new String[] {
			   "zh", "\u96f6\u552e\u6237" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPublicityRecord_Policy(),
		   source,
		   new String[] {
			   "zh", "\u653f\u7b56" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPublicityRecord_Date(),
		   source,
		   new String[] {
			   "zh", "\u5ba3\u4f20\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPublicityRecord_Channel(),
		   source,
		   new String[] {
			   "zh", "\u5ba3\u4f20\u65b9\u5f0f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPublicityRecord_DeliveredBy(),
		   source,
		   new String[] {
			   "zh", "\u5ba3\u4f20\u4eba" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPublicityRecord_Acknowledgement(),
		   source,
		   new String[] {
			   "zh", "\u96f6\u552e\u6237\u786e\u8ba4", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Acknowledgement" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPublicityRecord_Note(),
		   source,
		   new String[] {
			   "zh", "\u5907\u6ce8" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPublicityRecord_Visit(),
		   source,
		   new String[] {
			   "zh", "\u6240\u5c5e\u8d70\u8bbf", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "During visit" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (visitEClass,
		   source,
		   new String[] {
			   "zh", "\u8d70\u8bbf\u8bb0\u5f55" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_Retailer(),
		   source,
		   new String[] {
			   "zh", "\u96f6\u552e\u6237" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_Visitor(),
		   source,
		   new String[] {
			   "zh", "\u8d70\u8bbf\u4eba" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_Date(),
		   source,
		   new String[] {
			   "zh", "\u8d70\u8bbf\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_Purpose(),
		   source,
		   new String[] {
			   "zh", "\u8d70\u8bbf\u76ee\u7684" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_ShopOpen(),
		   source,
		   new String[] {
			   "zh", "\u6b63\u5e38\u8425\u4e1a" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_SalesNote(),
		   source,
		   new String[] {
			   "zh", "\u9500\u552e\u60c5\u51b5" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_StockNote(),
		   source,
		   new String[] {
			   "zh", "\u5e93\u5b58\u60c5\u51b5", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Stock" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_ComplianceNote(),
		   source,
		   new String[] {
			   "zh", "\u5b88\u6cd5\u60c5\u51b5" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_NewProductNote(),
		   source,
		   new String[] {
			   "zh", "\u65b0\u54c1\u60c5\u51b5" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_Complaint(),
		   source,
		   new String[] {
			   "zh", "\u6295\u8bc9\u610f\u89c1" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_Note(),
		   source,
		   new String[] {
			   "zh", "\u5907\u6ce8" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_FollowUp(),
		   source,
		   new String[] {
			   "zh", "\u8ddf\u8fdb\u4e8b\u9879", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Follow-up" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_FollowUpDue(),
		   source,
		   new String[] {
			   "zh", "\u8ddf\u8fdb\u671f\u9650", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Follow-up due" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (mutualAidGroupEClass,
		   source,
		   new String[] {
			   "zh", "\u8bda\u4fe1\u4e92\u52a9\u5c0f\u7ec4", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Mutual-aid group" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMutualAidGroup_Code(),
		   source,
		   new String[] {
			   "zh", "\u5c0f\u7ec4\u7f16\u7801" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMutualAidGroup_Name(),
		   source,
		   new String[] {
			   "zh", "\u5c0f\u7ec4\u540d\u79f0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMutualAidGroup_MarketDepartment(),
		   source,
		   new String[] {
			   "zh", "\u5e02\u573a\u90e8" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMutualAidGroup_Active(),
		   source,
		   new String[] {
			   "zh", "\u542f\u7528" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (licenceEventEClass,
		   source,
		   new String[] {
			   "zh", "\u8bb8\u53ef\u8bc1\u53d8\u66f4\u8bb0\u5f55", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Licence event" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLicenceEvent_Retailer(),
		   source,
		   new String[] {
			   "zh", "\u96f6\u552e\u6237" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLicenceEvent_Date(),
		   source,
		   new String[] {
			   "zh", "\u65e5\u671f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLicenceEvent_Kind(),
		   source,
		   new String[] {
			   "zh", "\u53d8\u66f4\u7c7b\u578b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLicenceEvent_OldValue(),
		   source,
		   new String[] {
			   "zh", "\u539f\u503c" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLicenceEvent_NewValue(),
		   source,
		   new String[] {
			   "zh", "\u65b0\u503c" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLicenceEvent_Note(),
		   source,
		   new String[] {
			   "zh", "\u8bf4\u660e" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (businessFormatEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u98df\u6742\u5e97" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (businessFormatEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u4fbf\u5229\u5e97" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (businessFormatEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u8d85\u5e02" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (businessFormatEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u5546\u573a" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (businessFormatEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "zh", "\u70df\u9152\u5546\u5e97" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (businessFormatEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "zh", "\u5a31\u4e50\u670d\u52a1\u7c7b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (businessFormatEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "zh", "\u5176\u4ed6" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (orderingMethodEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u7535\u8bdd\u8ba2\u8d27" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (orderingMethodEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u7f51\u4e0a\u8ba2\u8d27" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (orderingMethodEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u81ea\u52a9\u8ba2\u8d27" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (orderingMethodEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u4e0a\u95e8\u8ba2\u8d27" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (weekdayEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u5468\u4e00" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (weekdayEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u5468\u4e8c" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (weekdayEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u5468\u4e09" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (weekdayEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u5468\u56db" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (weekdayEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "zh", "\u5468\u4e94" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (weekdayEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "zh", "\u5468\u516d" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (weekdayEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "zh", "\u5468\u65e5" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (marketTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u57ce\u7f51" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (marketTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u519c\u7f51" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (businessScaleEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u5927" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (businessScaleEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u4e2d" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (businessScaleEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u5c0f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (licenceTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u666e\u901a\u8bb8\u53ef\u8bc1" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (licenceTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u4e34\u65f6\u8bb8\u53ef\u8bc1" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (creditLevelEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "AAA", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "AAA" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (creditLevelEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "AA", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "AA" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (creditLevelEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "A", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "A" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (creditLevelEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "B", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "B" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (licenceEventKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u505c\u4e1a", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Suspended" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (licenceEventKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u6062\u590d\u8425\u4e1a", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Resumed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (licenceEventKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u6ce8\u9500", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Cancelled" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (licenceEventKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u8bb8\u53ef\u8bc1\u53f7\u53d8\u66f4", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Licence number changed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (licenceEventKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "zh", "\u6301\u8bc1\u4eba\u53d8\u66f4", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Holder changed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (retailerStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u6b63\u5e38\u7ecf\u8425" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (retailerStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u6682\u505c\u7ecf\u8425" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (retailerStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u5df2\u6ce8\u9500", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Cancelled" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (staffRoleEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u5ba2\u6237\u7ecf\u7406" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (staffRoleEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u4e13\u7ba1\u5458" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (staffRoleEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u9001\u8d27\u5458" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (staffRoleEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u7535\u8bdd\u8ba2\u8d27\u5458" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (staffRoleEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "zh", "\u4e3b\u7ba1" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (staffRoleEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "zh", "\u670d\u52a1\u4e2d\u5fc3\u5de5\u4f5c\u4eba\u5458" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (imageKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u95e8\u5934" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (imageKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u67dc\u53f0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (imageKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u8bb8\u53ef\u8bc1" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (imageKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u5176\u4ed6" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (inspectionResultEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u826f\u597d" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (inspectionResultEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u4e00\u822c" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (inspectionResultEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u8f83\u5dee" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (guidanceTopicEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u8ba2\u8d27\u6307\u5bfc" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (guidanceTopicEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u6536\u8d27\u6307\u5bfc" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (guidanceTopicEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u9648\u5217\u6307\u5bfc" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (guidanceTopicEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u660e\u7801\u6807\u4ef7" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (guidanceTopicEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "zh", "\u5176\u4ed6" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (assistanceCategoryEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u4e0b\u5c97\u804c\u5de5" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (assistanceCategoryEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u6b8b\u75be\u4eba" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (assistanceCategoryEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u751f\u6d3b\u7279\u56f0\u6237" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (assistanceCategoryEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u70c8\u519b\u5c5e" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (assistanceCategoryEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "zh", "\u4f4e\u4fdd\u6237" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (assistanceCategoryEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "zh", "\u5b64\u5be1\u8001\u4eba" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (preferenceRuleEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u65e0" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (preferenceRuleEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u6309\u6bd4\u4f8b\u4e0a\u6d6e" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (preferenceRuleEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u4fdd\u5e95\u6570\u91cf" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (priceBandEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u4e00\u7c7b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (priceBandEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u4e8c\u7c7b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (priceBandEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u4e09\u7c7b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (priceBandEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u56db\u7c7b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (priceBandEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "zh", "\u4e94\u7c7b" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (allocationMethodEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u6309\u6863\u4f4d\u6295\u653e" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (allocationMethodEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u6309\u6863\u4f4d\u52a0\u7ef4\u5ea6\u6295\u653e" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (allocationMethodEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u6309\u4ef7\u4f4d\u6bb5\u6295\u653e" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (allocationMethodEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u4eba\u5de5\u5206\u914d" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (roundStatusEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u8349\u7a3f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (roundStatusEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u5df2\u8ba1\u7b97" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (roundStatusEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u5df2\u516c\u793a" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (ruleKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u6863\u4f4d\u4e0b\u9650" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (ruleKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u5355\u6237\u4e0a\u9650" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (ruleKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u7ef4\u5ea6\u6743\u91cd" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (ruleKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u5e2e\u6276\u4e0a\u6d6e" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (ruleKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "zh", "\u5e2e\u6276\u4fdd\u5e95" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (ruleKindEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "zh", "\u53cc\u5468\u62dc\u8bbf\u52a0\u500d" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (policyCategoryEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u6cd5\u5f8b\u6cd5\u89c4" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (policyCategoryEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u884c\u4e1a\u653f\u7b56" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (policyCategoryEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u516c\u53f8\u6218\u7565" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (policyCategoryEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u5e02\u573a\u4fe1\u606f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (publicityChannelEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u8d70\u8bbf" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (publicityChannelEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u7535\u8bdd" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (publicityChannelEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u96c6\u4e2d\u5ea7\u8c08" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (publicityChannelEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u77ed\u4fe1/\u5fae\u4fe1" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (acknowledgementEEnum,
		   source,
		   new String[] {
			   "zh", "\u786e\u8ba4\u65b9\u5f0f" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (acknowledgementEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u7b7e\u5b57\u786e\u8ba4", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Signed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (acknowledgementEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u53e3\u5934\u786e\u8ba4", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Verbal" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (acknowledgementEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u62d2\u7edd\u786e\u8ba4", //$NON-NLS-1$ //$NON-NLS-2$
			   "en", "Refused" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (visitPurposeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "zh", "\u4f8b\u884c\u62dc\u8bbf" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (visitPurposeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "zh", "\u670d\u52a1" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (visitPurposeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "zh", "\u68c0\u67e5" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (visitPurposeEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "zh", "\u6295\u8bc9\u5904\u7406" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (visitPurposeEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "zh", "\u65b0\u54c1\u63a8\u4ecb" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore"; //$NON-NLS-1$
		addAnnotation
		  (serviceCentreEClass,
		   source,
		   new String[] {
			   "constraints", "PhoneFormat" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (staffEClass,
		   source,
		   new String[] {
			   "constraints", "PhoneFormat ManagerGradeRole ManagerGradeRange" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (retailerEClass,
		   source,
		   new String[] {
			   "constraints", "CustomerCodeFormat LicenceNumberFormat GradeRange ClassificationCodeFormat ClassificationConsistent DatesInOrder NotNegative PhoneFormat StaffRoles" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (operatingRecordEClass,
		   source,
		   new String[] {
			   "constraints", "DateNotInFuture" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (stockCountEClass,
		   source,
		   new String[] {
			   "constraints", "NotNegative" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (priorityHouseholdEClass,
		   source,
		   new String[] {
			   "constraints", "DatesInOrder PreferenceValuePositive" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (allocationRoundEClass,
		   source,
		   new String[] {
			   "constraints", "DatesInOrder TotalQuantityPositive" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (allocationLineEClass,
		   source,
		   new String[] {
			   "constraints", "GradeRange NotNegative OverrideTraceable" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (policyEClass,
		   source,
		   new String[] {
			   "constraints", "DatesInOrder" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (publicityRecordEClass,
		   source,
		   new String[] {
			   "constraints", "DateNotInFuture" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (visitEClass,
		   source,
		   new String[] {
			   "constraints", "DateNotInFuture" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

	/**
	 * Initializes the annotations for <b>http://retailerdesk.org/persistence</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createPersistenceAnnotations() {
		String source = "http://retailerdesk.org/persistence"; //$NON-NLS-1$
		addAnnotation
		  (getServiceCentre_Code(),
		   source,
		   new String[] {
			   "length", "20" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getServiceCentre_Name(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getServiceCentre_Address(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getServiceCentre_Phone(),
		   source,
		   new String[] {
			   "length", "40" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDistrict_Code(),
		   source,
		   new String[] {
			   "length", "20" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDistrict_Name(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMarketDepartment_Code(),
		   source,
		   new String[] {
			   "length", "20" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMarketDepartment_Name(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeliveryRoute_Code(),
		   source,
		   new String[] {
			   "length", "20" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeliveryRoute_Name(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStaff_Code(),
		   source,
		   new String[] {
			   "length", "20" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStaff_Name(),
		   source,
		   new String[] {
			   "length", "50" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getStaff_Phone(),
		   source,
		   new String[] {
			   "length", "40" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_CustomerCode(),
		   source,
		   new String[] {
			   "length", "16" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_LicenceNumber(),
		   source,
		   new String[] {
			   "length", "20" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ShopName(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Owner(),
		   source,
		   new String[] {
			   "length", "50" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Address(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_BusinessScope(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_VisitBatch(),
		   source,
		   new String[] {
			   "length", "20" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ClassificationCode(),
		   source,
		   new String[] {
			   "length", "3" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ComplianceNote(),
		   source,
		   new String[] {
			   "length", "500" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ContactPerson(),
		   source,
		   new String[] {
			   "length", "50" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ContactPhone(),
		   source,
		   new String[] {
			   "length", "40" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ContactAddress(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailerImage_Path(),
		   source,
		   new String[] {
			   "length", "500" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailerImage_Caption(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getOperatingRecord_Note(),
		   source,
		   new String[] {
			   "length", "1000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_EvidenceType(),
		   source,
		   new String[] {
			   "length", "50" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_EvidenceNumber(),
		   source,
		   new String[] {
			   "length", "50" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_EvidenceIssuer(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPriorityHousehold_HelpGiven(),
		   source,
		   new String[] {
			   "length", "1000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBrand_Code(),
		   source,
		   new String[] {
			   "length", "20" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBrand_Name(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBrand_Manufacturer(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRound_Code(),
		   source,
		   new String[] {
			   "length", "30" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRound_Title(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRule_Dimension(),
		   source,
		   new String[] {
			   "length", "50" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationRule_Key(),
		   source,
		   new String[] {
			   "length", "50" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationLine_Explanation(),
		   source,
		   new String[] {
			   "length", "1000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAllocationLine_OverrideReason(),
		   source,
		   new String[] {
			   "length", "500" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Code(),
		   source,
		   new String[] {
			   "length", "30" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Title(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Summary(),
		   source,
		   new String[] {
			   "length", "2000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Issuer(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_FullText(),
		   source,
		   new String[] {
			   "length", "20000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Attachment(),
		   source,
		   new String[] {
			   "length", "500" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPolicy_Scope(),
		   source,
		   new String[] {
			   "length", "500" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPublicityRecord_Note(),
		   source,
		   new String[] {
			   "length", "1000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_SalesNote(),
		   source,
		   new String[] {
			   "length", "1000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_StockNote(),
		   source,
		   new String[] {
			   "length", "1000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_ComplianceNote(),
		   source,
		   new String[] {
			   "length", "1000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_NewProductNote(),
		   source,
		   new String[] {
			   "length", "1000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_Complaint(),
		   source,
		   new String[] {
			   "length", "1000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_Note(),
		   source,
		   new String[] {
			   "length", "1000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVisit_FollowUp(),
		   source,
		   new String[] {
			   "length", "1000" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMutualAidGroup_Code(),
		   source,
		   new String[] {
			   "length", "20" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMutualAidGroup_Name(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLicenceEvent_OldValue(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLicenceEvent_NewValue(),
		   source,
		   new String[] {
			   "length", "100" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLicenceEvent_Note(),
		   source,
		   new String[] {
			   "length", "500" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

	/**
	 * Initializes the annotations for <b>http://retailerdesk.org/group</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGroupAnnotations() {
		String source = "http://retailerdesk.org/group"; //$NON-NLS-1$
		addAnnotation
		  (getRetailer_CustomerCode(),
		   source,
		   new String[] {
			   "group", "basic" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_LicenceNumber(),
		   source,
		   new String[] {
			   "group", "basic" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ShopName(),
		   source,
		   new String[] {
			   "group", "basic" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Owner(),
		   source,
		   new String[] {
			   "group", "basic" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Address(),
		   source,
		   new String[] {
			   "group", "basic" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_BusinessScope(),
		   source,
		   new String[] {
			   "group", "basic" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_BusinessFormat(),
		   source,
		   new String[] {
			   "group", "basic" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_OrderingMethod(),
		   source,
		   new String[] {
			   "group", "basic" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Status(),
		   source,
		   new String[] {
			   "group", "basic" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_District(),
		   source,
		   new String[] {
			   "group", "network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_MarketDepartment(),
		   source,
		   new String[] {
			   "group", "network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_FloorArea(),
		   source,
		   new String[] {
			   "group", "network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_CustomerManager(),
		   source,
		   new String[] {
			   "group", "network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_PhoneOrderClerk(),
		   source,
		   new String[] {
			   "group", "network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_DeliveryStaff(),
		   source,
		   new String[] {
			   "group", "network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_DeliveryRoute(),
		   source,
		   new String[] {
			   "group", "network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_OrderDay(),
		   source,
		   new String[] {
			   "group", "network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_VisitBatch(),
		   source,
		   new String[] {
			   "group", "network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_OrdersPerMonth(),
		   source,
		   new String[] {
			   "group", "network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_LicenceType(),
		   source,
		   new String[] {
			   "group", "licence" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_LicenceIssued(),
		   source,
		   new String[] {
			   "group", "licence" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_LicenceExpiry(),
		   source,
		   new String[] {
			   "group", "licence" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_AnnualReviewDate(),
		   source,
		   new String[] {
			   "group", "licence" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_LicenceOfficer(),
		   source,
		   new String[] {
			   "group", "licence" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ClassificationCode(),
		   source,
		   new String[] {
			   "group", "licence" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_CreditLevel(),
		   source,
		   new String[] {
			   "group", "licence" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ComplianceNote(),
		   source,
		   new String[] {
			   "group", "licence" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Monitored(),
		   source,
		   new String[] {
			   "group", "licence" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ModelShop(),
		   source,
		   new String[] {
			   "group", "licence" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_MutualAidGroup(),
		   source,
		   new String[] {
			   "group", "licence" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Grade(),
		   source,
		   new String[] {
			   "group", "sales" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_MarketType(),
		   source,
		   new String[] {
			   "group", "sales" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Scale(),
		   source,
		   new String[] {
			   "group", "sales" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_MonthlyQuantity(),
		   source,
		   new String[] {
			   "group", "sales" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_MonthlyAmount(),
		   source,
		   new String[] {
			   "group", "sales" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_AveragePrice(),
		   source,
		   new String[] {
			   "group", "sales" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_BrandCount(),
		   source,
		   new String[] {
			   "group", "sales" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_Stock(),
		   source,
		   new String[] {
			   "group", "sales" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ContactPerson(),
		   source,
		   new String[] {
			   "group", "contact" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ContactPhone(),
		   source,
		   new String[] {
			   "group", "contact" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRetailer_ContactAddress(),
		   source,
		   new String[] {
			   "group", "contact" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //RetailerdeskPackageImpl
