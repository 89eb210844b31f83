/**
 */
package org.retailerdesk.model;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retailer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.Retailer#getCustomerCode <em>Customer Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getLicenceNumber <em>Licence Number</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getShopName <em>Shop Name</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getAddress <em>Address</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getBusinessScope <em>Business Scope</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getBusinessFormat <em>Business Format</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getOrderingMethod <em>Ordering Method</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getStatus <em>Status</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getDistrict <em>District</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getMarketDepartment <em>Market Department</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getFloorArea <em>Floor Area</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getCustomerManager <em>Customer Manager</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getPhoneOrderClerk <em>Phone Order Clerk</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getDeliveryStaff <em>Delivery Staff</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getDeliveryRoute <em>Delivery Route</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getOrderDay <em>Order Day</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getVisitBatch <em>Visit Batch</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getOrdersPerMonth <em>Orders Per Month</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getLicenceType <em>Licence Type</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getLicenceIssued <em>Licence Issued</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getLicenceExpiry <em>Licence Expiry</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getAnnualReviewDate <em>Annual Review Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getLicenceOfficer <em>Licence Officer</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getClassificationCode <em>Classification Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getCreditLevel <em>Credit Level</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getComplianceNote <em>Compliance Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#isMonitored <em>Monitored</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#isModelShop <em>Model Shop</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getMutualAidGroup <em>Mutual Aid Group</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getMarketType <em>Market Type</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getScale <em>Scale</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getMonthlyQuantity <em>Monthly Quantity</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getMonthlyAmount <em>Monthly Amount</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getAveragePrice <em>Average Price</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getBrandCount <em>Brand Count</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getStock <em>Stock</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getContactPerson <em>Contact Person</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getContactPhone <em>Contact Phone</em>}</li>
 *   <li>{@link org.retailerdesk.model.Retailer#getContactAddress <em>Contact Address</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer()
 * @model annotation="http://retailerdesk.org/label zh='\u96f6\u552e\u6237\u7ecf\u8425\u6863\u6848'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='CustomerCodeFormat LicenceNumberFormat GradeRange ClassificationCodeFormat ClassificationConsistent DatesInOrder NotNegative PhoneFormat StaffRoles'"
 * @generated
 */
public interface Retailer extends Entity {
	/**
	 * Returns the value of the '<em><b>Customer Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Code</em>' attribute.
	 * @see #setCustomerCode(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_CustomerCode()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5ba2\u6237\u7f16\u7801'"
	 *        annotation="http://retailerdesk.org/group group='basic'"
	 *        annotation="http://retailerdesk.org/persistence length='16'"
	 * @generated
	 */
	String getCustomerCode();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getCustomerCode <em>Customer Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Code</em>' attribute.
	 * @see #getCustomerCode()
	 * @generated
	 */
	void setCustomerCode(String value);

	/**
	 * Returns the value of the '<em><b>Licence Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Licence Number</em>' attribute.
	 * @see #setLicenceNumber(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_LicenceNumber()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u8bb8\u53ef\u8bc1\u53f7'"
	 *        annotation="http://retailerdesk.org/group group='basic'"
	 *        annotation="http://retailerdesk.org/persistence length='20'"
	 * @generated
	 */
	String getLicenceNumber();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getLicenceNumber <em>Licence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence Number</em>' attribute.
	 * @see #getLicenceNumber()
	 * @generated
	 */
	void setLicenceNumber(String value);

	/**
	 * Returns the value of the '<em><b>Shop Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shop Name</em>' attribute.
	 * @see #setShopName(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_ShopName()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5e97\u94fa\u540d\u79f0'"
	 *        annotation="http://retailerdesk.org/group group='basic'"
	 *        annotation="http://retailerdesk.org/persistence length='100'"
	 * @generated
	 */
	String getShopName();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getShopName <em>Shop Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shop Name</em>' attribute.
	 * @see #getShopName()
	 * @generated
	 */
	void setShopName(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_Owner()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u8d1f\u8d23\u4eba'"
	 *        annotation="http://retailerdesk.org/group group='basic'"
	 *        annotation="http://retailerdesk.org/persistence length='50'"
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_Address()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u7ecf\u8425\u5730\u5740'"
	 *        annotation="http://retailerdesk.org/group group='basic'"
	 *        annotation="http://retailerdesk.org/persistence length='200'"
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Business Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business Scope</em>' attribute.
	 * @see #setBusinessScope(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_BusinessScope()
	 * @model annotation="http://retailerdesk.org/label zh='\u7ecf\u8425\u8303\u56f4'"
	 *        annotation="http://retailerdesk.org/group group='basic'"
	 *        annotation="http://retailerdesk.org/persistence length='200'"
	 * @generated
	 */
	String getBusinessScope();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getBusinessScope <em>Business Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Scope</em>' attribute.
	 * @see #getBusinessScope()
	 * @generated
	 */
	void setBusinessScope(String value);

	/**
	 * Returns the value of the '<em><b>Business Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.BusinessFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business Format</em>' attribute.
	 * @see org.retailerdesk.model.BusinessFormat
	 * @see #setBusinessFormat(BusinessFormat)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_BusinessFormat()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u96f6\u552e\u4e1a\u6001'"
	 *        annotation="http://retailerdesk.org/group group='basic'"
	 * @generated
	 */
	BusinessFormat getBusinessFormat();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getBusinessFormat <em>Business Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Format</em>' attribute.
	 * @see org.retailerdesk.model.BusinessFormat
	 * @see #getBusinessFormat()
	 * @generated
	 */
	void setBusinessFormat(BusinessFormat value);

	/**
	 * Returns the value of the '<em><b>Ordering Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.OrderingMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ordering Method</em>' attribute.
	 * @see org.retailerdesk.model.OrderingMethod
	 * @see #setOrderingMethod(OrderingMethod)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_OrderingMethod()
	 * @model annotation="http://retailerdesk.org/label zh='\u8ba2\u8d27\u65b9\u5f0f'"
	 *        annotation="http://retailerdesk.org/group group='basic'"
	 * @generated
	 */
	OrderingMethod getOrderingMethod();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getOrderingMethod <em>Ordering Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ordering Method</em>' attribute.
	 * @see org.retailerdesk.model.OrderingMethod
	 * @see #getOrderingMethod()
	 * @generated
	 */
	void setOrderingMethod(OrderingMethod value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.RetailerStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.retailerdesk.model.RetailerStatus
	 * @see #setStatus(RetailerStatus)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_Status()
	 * @model annotation="http://retailerdesk.org/label zh='\u7ecf\u8425\u72b6\u6001'"
	 *        annotation="http://retailerdesk.org/group group='basic'"
	 * @generated
	 */
	RetailerStatus getStatus();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.retailerdesk.model.RetailerStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RetailerStatus value);

	/**
	 * Returns the value of the '<em><b>District</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>District</em>' reference.
	 * @see #setDistrict(District)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_District()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u884c\u653f\u533a\u57df'"
	 *        annotation="http://retailerdesk.org/group group='network'"
	 * @generated
	 */
	District getDistrict();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getDistrict <em>District</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>District</em>' reference.
	 * @see #getDistrict()
	 * @generated
	 */
	void setDistrict(District value);

	/**
	 * Returns the value of the '<em><b>Market Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Market Department</em>' reference.
	 * @see #setMarketDepartment(MarketDepartment)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_MarketDepartment()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5e02\u573a\u90e8'"
	 *        annotation="http://retailerdesk.org/group group='network'"
	 * @generated
	 */
	MarketDepartment getMarketDepartment();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getMarketDepartment <em>Market Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Market Department</em>' reference.
	 * @see #getMarketDepartment()
	 * @generated
	 */
	void setMarketDepartment(MarketDepartment value);

	/**
	 * Returns the value of the '<em><b>Floor Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Floor Area</em>' attribute.
	 * @see #isSetFloorArea()
	 * @see #unsetFloorArea()
	 * @see #setFloorArea(double)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_FloorArea()
	 * @model unsettable="true"
	 *        annotation="http://retailerdesk.org/label zh='\u8425\u4e1a\u9762\u79ef'"
	 *        annotation="http://retailerdesk.org/group group='network'"
	 * @generated
	 */
	double getFloorArea();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getFloorArea <em>Floor Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Floor Area</em>' attribute.
	 * @see #isSetFloorArea()
	 * @see #unsetFloorArea()
	 * @see #getFloorArea()
	 * @generated
	 */
	void setFloorArea(double value);

	/**
	 * Unsets the value of the '{@link org.retailerdesk.model.Retailer#getFloorArea <em>Floor Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFloorArea()
	 * @see #getFloorArea()
	 * @see #setFloorArea(double)
	 * @generated
	 */
	void unsetFloorArea();

	/**
	 * Returns whether the value of the '{@link org.retailerdesk.model.Retailer#getFloorArea <em>Floor Area</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Floor Area</em>' attribute is set.
	 * @see #unsetFloorArea()
	 * @see #getFloorArea()
	 * @see #setFloorArea(double)
	 * @generated
	 */
	boolean isSetFloorArea();

	/**
	 * Returns the value of the '<em><b>Customer Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Manager</em>' reference.
	 * @see #setCustomerManager(Staff)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_CustomerManager()
	 * @model annotation="http://retailerdesk.org/label zh='\u5ba2\u6237\u7ecf\u7406'"
	 *        annotation="http://retailerdesk.org/group group='network'"
	 * @generated
	 */
	Staff getCustomerManager();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getCustomerManager <em>Customer Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Manager</em>' reference.
	 * @see #getCustomerManager()
	 * @generated
	 */
	void setCustomerManager(Staff value);

	/**
	 * Returns the value of the '<em><b>Phone Order Clerk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone Order Clerk</em>' reference.
	 * @see #setPhoneOrderClerk(Staff)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_PhoneOrderClerk()
	 * @model annotation="http://retailerdesk.org/label zh='\u7535\u8bdd\u8ba2\u8d27\u5458'"
	 *        annotation="http://retailerdesk.org/group group='network'"
	 * @generated
	 */
	Staff getPhoneOrderClerk();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getPhoneOrderClerk <em>Phone Order Clerk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone Order Clerk</em>' reference.
	 * @see #getPhoneOrderClerk()
	 * @generated
	 */
	void setPhoneOrderClerk(Staff value);

	/**
	 * Returns the value of the '<em><b>Delivery Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delivery Staff</em>' reference.
	 * @see #setDeliveryStaff(Staff)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_DeliveryStaff()
	 * @model annotation="http://retailerdesk.org/label zh='\u9001\u8d27\u5458'"
	 *        annotation="http://retailerdesk.org/group group='network'"
	 * @generated
	 */
	Staff getDeliveryStaff();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getDeliveryStaff <em>Delivery Staff</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivery Staff</em>' reference.
	 * @see #getDeliveryStaff()
	 * @generated
	 */
	void setDeliveryStaff(Staff value);

	/**
	 * Returns the value of the '<em><b>Delivery Route</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delivery Route</em>' reference.
	 * @see #setDeliveryRoute(DeliveryRoute)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_DeliveryRoute()
	 * @model annotation="http://retailerdesk.org/label zh='\u9001\u8d27\u7ebf\u8def'"
	 *        annotation="http://retailerdesk.org/group group='network'"
	 * @generated
	 */
	DeliveryRoute getDeliveryRoute();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getDeliveryRoute <em>Delivery Route</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivery Route</em>' reference.
	 * @see #getDeliveryRoute()
	 * @generated
	 */
	void setDeliveryRoute(DeliveryRoute value);

	/**
	 * Returns the value of the '<em><b>Order Day</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.Weekday}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order Day</em>' attribute.
	 * @see org.retailerdesk.model.Weekday
	 * @see #setOrderDay(Weekday)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_OrderDay()
	 * @model annotation="http://retailerdesk.org/label zh='\u8ba2\u8d27\u65e5'"
	 *        annotation="http://retailerdesk.org/group group='network'"
	 * @generated
	 */
	Weekday getOrderDay();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getOrderDay <em>Order Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order Day</em>' attribute.
	 * @see org.retailerdesk.model.Weekday
	 * @see #getOrderDay()
	 * @generated
	 */
	void setOrderDay(Weekday value);

	/**
	 * Returns the value of the '<em><b>Visit Batch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visit Batch</em>' attribute.
	 * @see #setVisitBatch(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_VisitBatch()
	 * @model annotation="http://retailerdesk.org/label zh='\u62dc\u8bbf\u6279\u6b21'"
	 *        annotation="http://retailerdesk.org/group group='network'"
	 *        annotation="http://retailerdesk.org/persistence length='20'"
	 * @generated
	 */
	String getVisitBatch();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getVisitBatch <em>Visit Batch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit Batch</em>' attribute.
	 * @see #getVisitBatch()
	 * @generated
	 */
	void setVisitBatch(String value);

	/**
	 * Returns the value of the '<em><b>Orders Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Orders Per Month</em>' attribute.
	 * @see #isSetOrdersPerMonth()
	 * @see #unsetOrdersPerMonth()
	 * @see #setOrdersPerMonth(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_OrdersPerMonth()
	 * @model unsettable="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6708\u8ba2\u8d27\u6b21\u6570'"
	 *        annotation="http://retailerdesk.org/group group='network'"
	 * @generated
	 */
	int getOrdersPerMonth();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getOrdersPerMonth <em>Orders Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Orders Per Month</em>' attribute.
	 * @see #isSetOrdersPerMonth()
	 * @see #unsetOrdersPerMonth()
	 * @see #getOrdersPerMonth()
	 * @generated
	 */
	void setOrdersPerMonth(int value);

	/**
	 * Unsets the value of the '{@link org.retailerdesk.model.Retailer#getOrdersPerMonth <em>Orders Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOrdersPerMonth()
	 * @see #getOrdersPerMonth()
	 * @see #setOrdersPerMonth(int)
	 * @generated
	 */
	void unsetOrdersPerMonth();

	/**
	 * Returns whether the value of the '{@link org.retailerdesk.model.Retailer#getOrdersPerMonth <em>Orders Per Month</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Orders Per Month</em>' attribute is set.
	 * @see #unsetOrdersPerMonth()
	 * @see #getOrdersPerMonth()
	 * @see #setOrdersPerMonth(int)
	 * @generated
	 */
	boolean isSetOrdersPerMonth();

	/**
	 * Returns the value of the '<em><b>Licence Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.LicenceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Licence Type</em>' attribute.
	 * @see org.retailerdesk.model.LicenceType
	 * @see #setLicenceType(LicenceType)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_LicenceType()
	 * @model annotation="http://retailerdesk.org/label zh='\u8bb8\u53ef\u8bc1\u7c7b\u578b'"
	 *        annotation="http://retailerdesk.org/group group='licence'"
	 * @generated
	 */
	LicenceType getLicenceType();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getLicenceType <em>Licence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence Type</em>' attribute.
	 * @see org.retailerdesk.model.LicenceType
	 * @see #getLicenceType()
	 * @generated
	 */
	void setLicenceType(LicenceType value);

	/**
	 * Returns the value of the '<em><b>Licence Issued</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Licence Issued</em>' attribute.
	 * @see #setLicenceIssued(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_LicenceIssued()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u53d1\u8bc1\u65e5\u671f'"
	 *        annotation="http://retailerdesk.org/group group='licence'"
	 * @generated
	 */
	LocalDate getLicenceIssued();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getLicenceIssued <em>Licence Issued</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence Issued</em>' attribute.
	 * @see #getLicenceIssued()
	 * @generated
	 */
	void setLicenceIssued(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Licence Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Licence Expiry</em>' attribute.
	 * @see #setLicenceExpiry(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_LicenceExpiry()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u6709\u6548\u671f\u81f3'"
	 *        annotation="http://retailerdesk.org/group group='licence'"
	 * @generated
	 */
	LocalDate getLicenceExpiry();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getLicenceExpiry <em>Licence Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence Expiry</em>' attribute.
	 * @see #getLicenceExpiry()
	 * @generated
	 */
	void setLicenceExpiry(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Annual Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Review Date</em>' attribute.
	 * @see #setAnnualReviewDate(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_AnnualReviewDate()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u5e74\u5ba1\u65e5\u671f'"
	 *        annotation="http://retailerdesk.org/group group='licence'"
	 * @generated
	 */
	LocalDate getAnnualReviewDate();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getAnnualReviewDate <em>Annual Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Review Date</em>' attribute.
	 * @see #getAnnualReviewDate()
	 * @generated
	 */
	void setAnnualReviewDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Licence Officer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Licence Officer</em>' reference.
	 * @see #setLicenceOfficer(Staff)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_LicenceOfficer()
	 * @model annotation="http://retailerdesk.org/label zh='\u4e13\u7ba1\u5458'"
	 *        annotation="http://retailerdesk.org/group group='licence'"
	 * @generated
	 */
	Staff getLicenceOfficer();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getLicenceOfficer <em>Licence Officer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence Officer</em>' reference.
	 * @see #getLicenceOfficer()
	 * @generated
	 */
	void setLicenceOfficer(Staff value);

	/**
	 * Returns the value of the '<em><b>Classification Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Classification Code</em>' attribute.
	 * @see #setClassificationCode(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_ClassificationCode()
	 * @model annotation="http://retailerdesk.org/label zh='\u5ba2\u6237\u5206\u7c7b'"
	 *        annotation="http://retailerdesk.org/group group='licence'"
	 *        annotation="http://retailerdesk.org/persistence length='3'"
	 * @generated
	 */
	String getClassificationCode();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getClassificationCode <em>Classification Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classification Code</em>' attribute.
	 * @see #getClassificationCode()
	 * @generated
	 */
	void setClassificationCode(String value);

	/**
	 * Returns the value of the '<em><b>Credit Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.CreditLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credit Level</em>' attribute.
	 * @see org.retailerdesk.model.CreditLevel
	 * @see #setCreditLevel(CreditLevel)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_CreditLevel()
	 * @model annotation="http://retailerdesk.org/label zh='\u8bda\u4fe1\u7b49\u7ea7'"
	 *        annotation="http://retailerdesk.org/group group='licence'"
	 * @generated
	 */
	CreditLevel getCreditLevel();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getCreditLevel <em>Credit Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credit Level</em>' attribute.
	 * @see org.retailerdesk.model.CreditLevel
	 * @see #getCreditLevel()
	 * @generated
	 */
	void setCreditLevel(CreditLevel value);

	/**
	 * Returns the value of the '<em><b>Compliance Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compliance Note</em>' attribute.
	 * @see #setComplianceNote(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_ComplianceNote()
	 * @model annotation="http://retailerdesk.org/label zh='\u5b88\u6cd5\u60c5\u51b5'"
	 *        annotation="http://retailerdesk.org/group group='licence'"
	 *        annotation="http://retailerdesk.org/persistence length='500'"
	 * @generated
	 */
	String getComplianceNote();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getComplianceNote <em>Compliance Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compliance Note</em>' attribute.
	 * @see #getComplianceNote()
	 * @generated
	 */
	void setComplianceNote(String value);

	/**
	 * Returns the value of the '<em><b>Monitored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monitored</em>' attribute.
	 * @see #setMonitored(boolean)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_Monitored()
	 * @model annotation="http://retailerdesk.org/label zh='\u76d1\u63a7\u6237'"
	 *        annotation="http://retailerdesk.org/group group='licence'"
	 * @generated
	 */
	boolean isMonitored();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#isMonitored <em>Monitored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monitored</em>' attribute.
	 * @see #isMonitored()
	 * @generated
	 */
	void setMonitored(boolean value);

	/**
	 * Returns the value of the '<em><b>Model Shop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Shop</em>' attribute.
	 * @see #setModelShop(boolean)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_ModelShop()
	 * @model annotation="http://retailerdesk.org/label zh='\u793a\u8303\u6237'"
	 *        annotation="http://retailerdesk.org/group group='licence'"
	 * @generated
	 */
	boolean isModelShop();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#isModelShop <em>Model Shop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Shop</em>' attribute.
	 * @see #isModelShop()
	 * @generated
	 */
	void setModelShop(boolean value);

	/**
	 * Returns the value of the '<em><b>Mutual Aid Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mutual Aid Group</em>' reference.
	 * @see #setMutualAidGroup(MutualAidGroup)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_MutualAidGroup()
	 * @model annotation="http://retailerdesk.org/label zh='\u8bda\u4fe1\u4e92\u52a9\u5c0f\u7ec4' en='Mutual-aid group'"
	 *        annotation="http://retailerdesk.org/group group='licence'"
	 * @generated
	 */
	MutualAidGroup getMutualAidGroup();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getMutualAidGroup <em>Mutual Aid Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mutual Aid Group</em>' reference.
	 * @see #getMutualAidGroup()
	 * @generated
	 */
	void setMutualAidGroup(MutualAidGroup value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see #setGrade(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_Grade()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5ba2\u6237\u6863\u4f4d'"
	 *        annotation="http://retailerdesk.org/group group='sales'"
	 * @generated
	 */
	int getGrade();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(int value);

	/**
	 * Returns the value of the '<em><b>Market Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.MarketType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Market Type</em>' attribute.
	 * @see org.retailerdesk.model.MarketType
	 * @see #setMarketType(MarketType)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_MarketType()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5e02\u573a\u7c7b\u578b'"
	 *        annotation="http://retailerdesk.org/group group='sales'"
	 * @generated
	 */
	MarketType getMarketType();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getMarketType <em>Market Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Market Type</em>' attribute.
	 * @see org.retailerdesk.model.MarketType
	 * @see #getMarketType()
	 * @generated
	 */
	void setMarketType(MarketType value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.BusinessScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see org.retailerdesk.model.BusinessScale
	 * @see #setScale(BusinessScale)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_Scale()
	 * @model annotation="http://retailerdesk.org/label zh='\u7ecf\u8425\u89c4\u6a21'"
	 *        annotation="http://retailerdesk.org/group group='sales'"
	 * @generated
	 */
	BusinessScale getScale();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see org.retailerdesk.model.BusinessScale
	 * @see #getScale()
	 * @generated
	 */
	void setScale(BusinessScale value);

	/**
	 * Returns the value of the '<em><b>Monthly Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monthly Quantity</em>' attribute.
	 * @see #isSetMonthlyQuantity()
	 * @see #unsetMonthlyQuantity()
	 * @see #setMonthlyQuantity(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_MonthlyQuantity()
	 * @model unsettable="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6708\u8d2d\u8fdb\u91cf\uff08\u6761\uff09'"
	 *        annotation="http://retailerdesk.org/group group='sales'"
	 * @generated
	 */
	int getMonthlyQuantity();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getMonthlyQuantity <em>Monthly Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monthly Quantity</em>' attribute.
	 * @see #isSetMonthlyQuantity()
	 * @see #unsetMonthlyQuantity()
	 * @see #getMonthlyQuantity()
	 * @generated
	 */
	void setMonthlyQuantity(int value);

	/**
	 * Unsets the value of the '{@link org.retailerdesk.model.Retailer#getMonthlyQuantity <em>Monthly Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMonthlyQuantity()
	 * @see #getMonthlyQuantity()
	 * @see #setMonthlyQuantity(int)
	 * @generated
	 */
	void unsetMonthlyQuantity();

	/**
	 * Returns whether the value of the '{@link org.retailerdesk.model.Retailer#getMonthlyQuantity <em>Monthly Quantity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Monthly Quantity</em>' attribute is set.
	 * @see #unsetMonthlyQuantity()
	 * @see #getMonthlyQuantity()
	 * @see #setMonthlyQuantity(int)
	 * @generated
	 */
	boolean isSetMonthlyQuantity();

	/**
	 * Returns the value of the '<em><b>Monthly Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monthly Amount</em>' attribute.
	 * @see #setMonthlyAmount(BigDecimal)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_MonthlyAmount()
	 * @model annotation="http://retailerdesk.org/label zh='\u6708\u8d2d\u8fdb\u91d1\u989d'"
	 *        annotation="http://retailerdesk.org/group group='sales'"
	 * @generated
	 */
	BigDecimal getMonthlyAmount();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getMonthlyAmount <em>Monthly Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monthly Amount</em>' attribute.
	 * @see #getMonthlyAmount()
	 * @generated
	 */
	void setMonthlyAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Average Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Average Price</em>' attribute.
	 * @see #setAveragePrice(BigDecimal)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_AveragePrice()
	 * @model annotation="http://retailerdesk.org/label zh='\u6761\u5747\u4ef7'"
	 *        annotation="http://retailerdesk.org/group group='sales'"
	 * @generated
	 */
	BigDecimal getAveragePrice();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getAveragePrice <em>Average Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Average Price</em>' attribute.
	 * @see #getAveragePrice()
	 * @generated
	 */
	void setAveragePrice(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Brand Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brand Count</em>' attribute.
	 * @see #isSetBrandCount()
	 * @see #unsetBrandCount()
	 * @see #setBrandCount(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_BrandCount()
	 * @model unsettable="true"
	 *        annotation="http://retailerdesk.org/label zh='\u7ecf\u8425\u54c1\u89c4\u6570'"
	 *        annotation="http://retailerdesk.org/group group='sales'"
	 * @generated
	 */
	int getBrandCount();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getBrandCount <em>Brand Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand Count</em>' attribute.
	 * @see #isSetBrandCount()
	 * @see #unsetBrandCount()
	 * @see #getBrandCount()
	 * @generated
	 */
	void setBrandCount(int value);

	/**
	 * Unsets the value of the '{@link org.retailerdesk.model.Retailer#getBrandCount <em>Brand Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBrandCount()
	 * @see #getBrandCount()
	 * @see #setBrandCount(int)
	 * @generated
	 */
	void unsetBrandCount();

	/**
	 * Returns whether the value of the '{@link org.retailerdesk.model.Retailer#getBrandCount <em>Brand Count</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Brand Count</em>' attribute is set.
	 * @see #unsetBrandCount()
	 * @see #getBrandCount()
	 * @see #setBrandCount(int)
	 * @generated
	 */
	boolean isSetBrandCount();

	/**
	 * Returns the value of the '<em><b>Stock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stock</em>' attribute.
	 * @see #isSetStock()
	 * @see #unsetStock()
	 * @see #setStock(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_Stock()
	 * @model unsettable="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5e93\u5b58\uff08\u6761\uff09'"
	 *        annotation="http://retailerdesk.org/group group='sales'"
	 * @generated
	 */
	int getStock();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getStock <em>Stock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stock</em>' attribute.
	 * @see #isSetStock()
	 * @see #unsetStock()
	 * @see #getStock()
	 * @generated
	 */
	void setStock(int value);

	/**
	 * Unsets the value of the '{@link org.retailerdesk.model.Retailer#getStock <em>Stock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStock()
	 * @see #getStock()
	 * @see #setStock(int)
	 * @generated
	 */
	void unsetStock();

	/**
	 * Returns whether the value of the '{@link org.retailerdesk.model.Retailer#getStock <em>Stock</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Stock</em>' attribute is set.
	 * @see #unsetStock()
	 * @see #getStock()
	 * @see #setStock(int)
	 * @generated
	 */
	boolean isSetStock();

	/**
	 * Returns the value of the '<em><b>Contact Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact Person</em>' attribute.
	 * @see #setContactPerson(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_ContactPerson()
	 * @model annotation="http://retailerdesk.org/label zh='\u8054\u7cfb\u4eba'"
	 *        annotation="http://retailerdesk.org/group group='contact'"
	 *        annotation="http://retailerdesk.org/persistence length='50'"
	 * @generated
	 */
	String getContactPerson();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getContactPerson <em>Contact Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Person</em>' attribute.
	 * @see #getContactPerson()
	 * @generated
	 */
	void setContactPerson(String value);

	/**
	 * Returns the value of the '<em><b>Contact Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact Phone</em>' attribute.
	 * @see #setContactPhone(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_ContactPhone()
	 * @model annotation="http://retailerdesk.org/label zh='\u8054\u7cfb\u7535\u8bdd'"
	 *        annotation="http://retailerdesk.org/group group='contact'"
	 *        annotation="http://retailerdesk.org/persistence length='40'"
	 * @generated
	 */
	String getContactPhone();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getContactPhone <em>Contact Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Phone</em>' attribute.
	 * @see #getContactPhone()
	 * @generated
	 */
	void setContactPhone(String value);

	/**
	 * Returns the value of the '<em><b>Contact Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact Address</em>' attribute.
	 * @see #setContactAddress(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailer_ContactAddress()
	 * @model annotation="http://retailerdesk.org/label zh='\u8054\u7cfb\u5730\u5740'"
	 *        annotation="http://retailerdesk.org/group group='contact'"
	 *        annotation="http://retailerdesk.org/persistence length='200'"
	 * @generated
	 */
	String getContactAddress();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Retailer#getContactAddress <em>Contact Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Address</em>' attribute.
	 * @see #getContactAddress()
	 * @generated
	 */
	void setContactAddress(String value);

} // Retailer
