/**
 */
package org.retailerdesk.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.retailerdesk.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage
 * @generated
 */
public class RetailerdeskSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RetailerdeskPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RetailerdeskSwitch() {
		if (modelPackage == null) {
			modelPackage = RetailerdeskPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case RetailerdeskPackage.ENTITY: {
				Entity entity = (Entity)theEObject;
				T result = caseEntity(entity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.SERVICE_CENTRE: {
				ServiceCentre serviceCentre = (ServiceCentre)theEObject;
				T result = caseServiceCentre(serviceCentre);
				if (result == null) result = caseEntity(serviceCentre);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.DISTRICT: {
				District district = (District)theEObject;
				T result = caseDistrict(district);
				if (result == null) result = caseEntity(district);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.MARKET_DEPARTMENT: {
				MarketDepartment marketDepartment = (MarketDepartment)theEObject;
				T result = caseMarketDepartment(marketDepartment);
				if (result == null) result = caseEntity(marketDepartment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.DELIVERY_ROUTE: {
				DeliveryRoute deliveryRoute = (DeliveryRoute)theEObject;
				T result = caseDeliveryRoute(deliveryRoute);
				if (result == null) result = caseEntity(deliveryRoute);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.STAFF: {
				Staff staff = (Staff)theEObject;
				T result = caseStaff(staff);
				if (result == null) result = caseEntity(staff);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.RETAILER: {
				Retailer retailer = (Retailer)theEObject;
				T result = caseRetailer(retailer);
				if (result == null) result = caseEntity(retailer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.RETAILER_IMAGE: {
				RetailerImage retailerImage = (RetailerImage)theEObject;
				T result = caseRetailerImage(retailerImage);
				if (result == null) result = caseEntity(retailerImage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.OPERATING_RECORD: {
				OperatingRecord operatingRecord = (OperatingRecord)theEObject;
				T result = caseOperatingRecord(operatingRecord);
				if (result == null) result = caseEntity(operatingRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.INSPECTION: {
				Inspection inspection = (Inspection)theEObject;
				T result = caseInspection(inspection);
				if (result == null) result = caseOperatingRecord(inspection);
				if (result == null) result = caseEntity(inspection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.STOCK_COUNT: {
				StockCount stockCount = (StockCount)theEObject;
				T result = caseStockCount(stockCount);
				if (result == null) result = caseOperatingRecord(stockCount);
				if (result == null) result = caseEntity(stockCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.GUIDANCE: {
				Guidance guidance = (Guidance)theEObject;
				T result = caseGuidance(guidance);
				if (result == null) result = caseOperatingRecord(guidance);
				if (result == null) result = caseEntity(guidance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD: {
				PriorityHousehold priorityHousehold = (PriorityHousehold)theEObject;
				T result = casePriorityHousehold(priorityHousehold);
				if (result == null) result = caseEntity(priorityHousehold);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.BRAND: {
				Brand brand = (Brand)theEObject;
				T result = caseBrand(brand);
				if (result == null) result = caseEntity(brand);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.ALLOCATION_ROUND: {
				AllocationRound allocationRound = (AllocationRound)theEObject;
				T result = caseAllocationRound(allocationRound);
				if (result == null) result = caseEntity(allocationRound);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.ALLOCATION_RULE: {
				AllocationRule allocationRule = (AllocationRule)theEObject;
				T result = caseAllocationRule(allocationRule);
				if (result == null) result = caseEntity(allocationRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.ALLOCATION_LINE: {
				AllocationLine allocationLine = (AllocationLine)theEObject;
				T result = caseAllocationLine(allocationLine);
				if (result == null) result = caseEntity(allocationLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.POLICY: {
				Policy policy = (Policy)theEObject;
				T result = casePolicy(policy);
				if (result == null) result = caseEntity(policy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.PUBLICITY_RECORD: {
				PublicityRecord publicityRecord = (PublicityRecord)theEObject;
				T result = casePublicityRecord(publicityRecord);
				if (result == null) result = caseEntity(publicityRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.VISIT: {
				Visit visit = (Visit)theEObject;
				T result = caseVisit(visit);
				if (result == null) result = caseEntity(visit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.MUTUAL_AID_GROUP: {
				MutualAidGroup mutualAidGroup = (MutualAidGroup)theEObject;
				T result = caseMutualAidGroup(mutualAidGroup);
				if (result == null) result = caseEntity(mutualAidGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RetailerdeskPackage.LICENCE_EVENT: {
				LicenceEvent licenceEvent = (LicenceEvent)theEObject;
				T result = caseLicenceEvent(licenceEvent);
				if (result == null) result = caseEntity(licenceEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Entity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Entity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEntity(Entity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Centre</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Centre</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceCentre(ServiceCentre object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>District</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>District</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDistrict(District object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Market Department</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Market Department</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMarketDepartment(MarketDepartment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Delivery Route</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Delivery Route</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeliveryRoute(DeliveryRoute object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Staff</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Staff</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStaff(Staff object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Retailer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Retailer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRetailer(Retailer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Retailer Image</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Retailer Image</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRetailerImage(RetailerImage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Operating Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Operating Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOperatingRecord(OperatingRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Inspection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Inspection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInspection(Inspection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stock Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stock Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStockCount(StockCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Guidance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Guidance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGuidance(Guidance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Priority Household</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Priority Household</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePriorityHousehold(PriorityHousehold object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Brand</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Brand</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBrand(Brand object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Allocation Round</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Allocation Round</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAllocationRound(AllocationRound object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Allocation Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Allocation Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAllocationRule(AllocationRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Allocation Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Allocation Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAllocationLine(AllocationLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicy(Policy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Publicity Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Publicity Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePublicityRecord(PublicityRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Visit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Visit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVisit(Visit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mutual Aid Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mutual Aid Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMutualAidGroup(MutualAidGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Licence Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Licence Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLicenceEvent(LicenceEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //RetailerdeskSwitch
