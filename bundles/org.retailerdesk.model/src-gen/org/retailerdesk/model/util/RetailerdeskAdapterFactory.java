/**
 */
package org.retailerdesk.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.retailerdesk.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage
 * @generated
 */
public class RetailerdeskAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RetailerdeskPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RetailerdeskAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = RetailerdeskPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RetailerdeskSwitch<Adapter> modelSwitch =
		new RetailerdeskSwitch<Adapter>() {
			@Override
			public Adapter caseEntity(Entity object) {
				return createEntityAdapter();
			}
			@Override
			public Adapter caseServiceCentre(ServiceCentre object) {
				return createServiceCentreAdapter();
			}
			@Override
			public Adapter caseDistrict(District object) {
				return createDistrictAdapter();
			}
			@Override
			public Adapter caseMarketDepartment(MarketDepartment object) {
				return createMarketDepartmentAdapter();
			}
			@Override
			public Adapter caseDeliveryRoute(DeliveryRoute object) {
				return createDeliveryRouteAdapter();
			}
			@Override
			public Adapter caseStaff(Staff object) {
				return createStaffAdapter();
			}
			@Override
			public Adapter caseRetailer(Retailer object) {
				return createRetailerAdapter();
			}
			@Override
			public Adapter caseRetailerImage(RetailerImage object) {
				return createRetailerImageAdapter();
			}
			@Override
			public Adapter caseOperatingRecord(OperatingRecord object) {
				return createOperatingRecordAdapter();
			}
			@Override
			public Adapter caseInspection(Inspection object) {
				return createInspectionAdapter();
			}
			@Override
			public Adapter caseStockCount(StockCount object) {
				return createStockCountAdapter();
			}
			@Override
			public Adapter caseGuidance(Guidance object) {
				return createGuidanceAdapter();
			}
			@Override
			public Adapter casePriorityHousehold(PriorityHousehold object) {
				return createPriorityHouseholdAdapter();
			}
			@Override
			public Adapter caseBrand(Brand object) {
				return createBrandAdapter();
			}
			@Override
			public Adapter caseAllocationRound(AllocationRound object) {
				return createAllocationRoundAdapter();
			}
			@Override
			public Adapter caseAllocationRule(AllocationRule object) {
				return createAllocationRuleAdapter();
			}
			@Override
			public Adapter caseAllocationLine(AllocationLine object) {
				return createAllocationLineAdapter();
			}
			@Override
			public Adapter casePolicy(Policy object) {
				return createPolicyAdapter();
			}
			@Override
			public Adapter casePublicityRecord(PublicityRecord object) {
				return createPublicityRecordAdapter();
			}
			@Override
			public Adapter caseVisit(Visit object) {
				return createVisitAdapter();
			}
			@Override
			public Adapter caseMutualAidGroup(MutualAidGroup object) {
				return createMutualAidGroupAdapter();
			}
			@Override
			public Adapter caseLicenceEvent(LicenceEvent object) {
				return createLicenceEventAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.Entity
	 * @generated
	 */
	public Adapter createEntityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.ServiceCentre <em>Service Centre</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.ServiceCentre
	 * @generated
	 */
	public Adapter createServiceCentreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.District <em>District</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.District
	 * @generated
	 */
	public Adapter createDistrictAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.MarketDepartment <em>Market Department</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.MarketDepartment
	 * @generated
	 */
	public Adapter createMarketDepartmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.DeliveryRoute <em>Delivery Route</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.DeliveryRoute
	 * @generated
	 */
	public Adapter createDeliveryRouteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.Staff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.Staff
	 * @generated
	 */
	public Adapter createStaffAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.Retailer <em>Retailer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.Retailer
	 * @generated
	 */
	public Adapter createRetailerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.RetailerImage <em>Retailer Image</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.RetailerImage
	 * @generated
	 */
	public Adapter createRetailerImageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.OperatingRecord <em>Operating Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.OperatingRecord
	 * @generated
	 */
	public Adapter createOperatingRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.Inspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.Inspection
	 * @generated
	 */
	public Adapter createInspectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.StockCount <em>Stock Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.StockCount
	 * @generated
	 */
	public Adapter createStockCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.Guidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.Guidance
	 * @generated
	 */
	public Adapter createGuidanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.PriorityHousehold <em>Priority Household</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.PriorityHousehold
	 * @generated
	 */
	public Adapter createPriorityHouseholdAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.Brand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.Brand
	 * @generated
	 */
	public Adapter createBrandAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.AllocationRound <em>Allocation Round</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.AllocationRound
	 * @generated
	 */
	public Adapter createAllocationRoundAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.AllocationRule <em>Allocation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.AllocationRule
	 * @generated
	 */
	public Adapter createAllocationRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.AllocationLine <em>Allocation Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.AllocationLine
	 * @generated
	 */
	public Adapter createAllocationLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.Policy
	 * @generated
	 */
	public Adapter createPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.PublicityRecord <em>Publicity Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.PublicityRecord
	 * @generated
	 */
	public Adapter createPublicityRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.Visit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.Visit
	 * @generated
	 */
	public Adapter createVisitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.MutualAidGroup <em>Mutual Aid Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.MutualAidGroup
	 * @generated
	 */
	public Adapter createMutualAidGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.retailerdesk.model.LicenceEvent <em>Licence Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.retailerdesk.model.LicenceEvent
	 * @generated
	 */
	public Adapter createLicenceEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //RetailerdeskAdapterFactory
