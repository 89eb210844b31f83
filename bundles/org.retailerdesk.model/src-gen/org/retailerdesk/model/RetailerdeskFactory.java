/**
 */
package org.retailerdesk.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage
 * @generated
 */
public interface RetailerdeskFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RetailerdeskFactory eINSTANCE = org.retailerdesk.model.impl.RetailerdeskFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Service Centre</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Centre</em>'.
	 * @generated
	 */
	ServiceCentre createServiceCentre();

	/**
	 * Returns a new object of class '<em>District</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>District</em>'.
	 * @generated
	 */
	District createDistrict();

	/**
	 * Returns a new object of class '<em>Market Department</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Market Department</em>'.
	 * @generated
	 */
	MarketDepartment createMarketDepartment();

	/**
	 * Returns a new object of class '<em>Delivery Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Delivery Route</em>'.
	 * @generated
	 */
	DeliveryRoute createDeliveryRoute();

	/**
	 * Returns a new object of class '<em>Staff</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Staff</em>'.
	 * @generated
	 */
	Staff createStaff();

	/**
	 * Returns a new object of class '<em>Retailer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Retailer</em>'.
	 * @generated
	 */
	Retailer createRetailer();

	/**
	 * Returns a new object of class '<em>Retailer Image</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Retailer Image</em>'.
	 * @generated
	 */
	RetailerImage createRetailerImage();

	/**
	 * Returns a new object of class '<em>Inspection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Inspection</em>'.
	 * @generated
	 */
	Inspection createInspection();

	/**
	 * Returns a new object of class '<em>Stock Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stock Count</em>'.
	 * @generated
	 */
	StockCount createStockCount();

	/**
	 * Returns a new object of class '<em>Guidance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Guidance</em>'.
	 * @generated
	 */
	Guidance createGuidance();

	/**
	 * Returns a new object of class '<em>Priority Household</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Priority Household</em>'.
	 * @generated
	 */
	PriorityHousehold createPriorityHousehold();

	/**
	 * Returns a new object of class '<em>Brand</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Brand</em>'.
	 * @generated
	 */
	Brand createBrand();

	/**
	 * Returns a new object of class '<em>Allocation Round</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Allocation Round</em>'.
	 * @generated
	 */
	AllocationRound createAllocationRound();

	/**
	 * Returns a new object of class '<em>Allocation Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Allocation Rule</em>'.
	 * @generated
	 */
	AllocationRule createAllocationRule();

	/**
	 * Returns a new object of class '<em>Allocation Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Allocation Line</em>'.
	 * @generated
	 */
	AllocationLine createAllocationLine();

	/**
	 * Returns a new object of class '<em>Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy</em>'.
	 * @generated
	 */
	Policy createPolicy();

	/**
	 * Returns a new object of class '<em>Publicity Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Publicity Record</em>'.
	 * @generated
	 */
	PublicityRecord createPublicityRecord();

	/**
	 * Returns a new object of class '<em>Visit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Visit</em>'.
	 * @generated
	 */
	Visit createVisit();

	/**
	 * Returns a new object of class '<em>Mutual Aid Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutual Aid Group</em>'.
	 * @generated
	 */
	MutualAidGroup createMutualAidGroup();

	/**
	 * Returns a new object of class '<em>Licence Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Licence Event</em>'.
	 * @generated
	 */
	LicenceEvent createLicenceEvent();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	RetailerdeskPackage getRetailerdeskPackage();

} //RetailerdeskFactory
