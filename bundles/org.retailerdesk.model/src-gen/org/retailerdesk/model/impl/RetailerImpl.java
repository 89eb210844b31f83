/**
 */
package org.retailerdesk.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.BusinessScale;
import org.retailerdesk.model.CreditLevel;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.LicenceType;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.OrderingMethod;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Weekday;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Retailer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getCustomerCode <em>Customer Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getLicenceNumber <em>Licence Number</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getShopName <em>Shop Name</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getBusinessScope <em>Business Scope</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getBusinessFormat <em>Business Format</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getOrderingMethod <em>Ordering Method</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getDistrict <em>District</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getMarketDepartment <em>Market Department</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getFloorArea <em>Floor Area</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getCustomerManager <em>Customer Manager</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getPhoneOrderClerk <em>Phone Order Clerk</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getDeliveryStaff <em>Delivery Staff</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getDeliveryRoute <em>Delivery Route</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getOrderDay <em>Order Day</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getVisitBatch <em>Visit Batch</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getOrdersPerMonth <em>Orders Per Month</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getLicenceType <em>Licence Type</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getLicenceIssued <em>Licence Issued</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getLicenceExpiry <em>Licence Expiry</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getAnnualReviewDate <em>Annual Review Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getLicenceOfficer <em>Licence Officer</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getClassificationCode <em>Classification Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getCreditLevel <em>Credit Level</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getComplianceNote <em>Compliance Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#isMonitored <em>Monitored</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#isModelShop <em>Model Shop</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getMutualAidGroup <em>Mutual Aid Group</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getMarketType <em>Market Type</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getMonthlyQuantity <em>Monthly Quantity</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getMonthlyAmount <em>Monthly Amount</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getAveragePrice <em>Average Price</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getBrandCount <em>Brand Count</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getStock <em>Stock</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getContactPerson <em>Contact Person</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getContactPhone <em>Contact Phone</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.RetailerImpl#getContactAddress <em>Contact Address</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RetailerImpl extends EntityImpl implements Retailer {
	/**
	 * The default value of the '{@link #getCustomerCode() <em>Customer Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerCode() <em>Customer Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerCode()
	 * @generated
	 * @ordered
	 */
	protected String customerCode = CUSTOMER_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicenceNumber() <em>Licence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenceNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENCE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicenceNumber() <em>Licence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenceNumber()
	 * @generated
	 * @ordered
	 */
	protected String licenceNumber = LICENCE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getShopName() <em>Shop Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShopName()
	 * @generated
	 * @ordered
	 */
	protected static final String SHOP_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShopName() <em>Shop Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShopName()
	 * @generated
	 * @ordered
	 */
	protected String shopName = SHOP_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBusinessScope() <em>Business Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessScope()
	 * @generated
	 * @ordered
	 */
	protected static final String BUSINESS_SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBusinessScope() <em>Business Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessScope()
	 * @generated
	 * @ordered
	 */
	protected String businessScope = BUSINESS_SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBusinessFormat() <em>Business Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessFormat()
	 * @generated
	 * @ordered
	 */
	protected static final BusinessFormat BUSINESS_FORMAT_EDEFAULT = BusinessFormat.GROCERY;

	/**
	 * The cached value of the '{@link #getBusinessFormat() <em>Business Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessFormat()
	 * @generated
	 * @ordered
	 */
	protected BusinessFormat businessFormat = BUSINESS_FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrderingMethod() <em>Ordering Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderingMethod()
	 * @generated
	 * @ordered
	 */
	protected static final OrderingMethod ORDERING_METHOD_EDEFAULT = OrderingMethod.PHONE;

	/**
	 * The cached value of the '{@link #getOrderingMethod() <em>Ordering Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderingMethod()
	 * @generated
	 * @ordered
	 */
	protected OrderingMethod orderingMethod = ORDERING_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RetailerStatus STATUS_EDEFAULT = RetailerStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RetailerStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDistrict() <em>District</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistrict()
	 * @generated
	 * @ordered
	 */
	protected District district;

	/**
	 * The cached value of the '{@link #getMarketDepartment() <em>Market Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarketDepartment()
	 * @generated
	 * @ordered
	 */
	protected MarketDepartment marketDepartment;

	/**
	 * The default value of the '{@link #getFloorArea() <em>Floor Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFloorArea()
	 * @generated
	 * @ordered
	 */
	protected static final double FLOOR_AREA_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFloorArea() <em>Floor Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFloorArea()
	 * @generated
	 * @ordered
	 */
	protected double floorArea = FLOOR_AREA_EDEFAULT;

	/**
	 * This is true if the Floor Area attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean floorAreaESet;

	/**
	 * The cached value of the '{@link #getCustomerManager() <em>Customer Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerManager()
	 * @generated
	 * @ordered
	 */
	protected Staff customerManager;

	/**
	 * The cached value of the '{@link #getPhoneOrderClerk() <em>Phone Order Clerk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhoneOrderClerk()
	 * @generated
	 * @ordered
	 */
	protected Staff phoneOrderClerk;

	/**
	 * The cached value of the '{@link #getDeliveryStaff() <em>Delivery Staff</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveryStaff()
	 * @generated
	 * @ordered
	 */
	protected Staff deliveryStaff;

	/**
	 * The cached value of the '{@link #getDeliveryRoute() <em>Delivery Route</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveryRoute()
	 * @generated
	 * @ordered
	 */
	protected DeliveryRoute deliveryRoute;

	/**
	 * The default value of the '{@link #getOrderDay() <em>Order Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderDay()
	 * @generated
	 * @ordered
	 */
	protected static final Weekday ORDER_DAY_EDEFAULT = Weekday.MONDAY;

	/**
	 * The cached value of the '{@link #getOrderDay() <em>Order Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderDay()
	 * @generated
	 * @ordered
	 */
	protected Weekday orderDay = ORDER_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVisitBatch() <em>Visit Batch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitBatch()
	 * @generated
	 * @ordered
	 */
	protected static final String VISIT_BATCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVisitBatch() <em>Visit Batch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitBatch()
	 * @generated
	 * @ordered
	 */
	protected String visitBatch = VISIT_BATCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrdersPerMonth() <em>Orders Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdersPerMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDERS_PER_MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrdersPerMonth() <em>Orders Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdersPerMonth()
	 * @generated
	 * @ordered
	 */
	protected int ordersPerMonth = ORDERS_PER_MONTH_EDEFAULT;

	/**
	 * This is true if the Orders Per Month attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ordersPerMonthESet;

	/**
	 * The default value of the '{@link #getLicenceType() <em>Licence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenceType()
	 * @generated
	 * @ordered
	 */
	protected static final LicenceType LICENCE_TYPE_EDEFAULT = LicenceType.REGULAR;

	/**
	 * The cached value of the '{@link #getLicenceType() <em>Licence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenceType()
	 * @generated
	 * @ordered
	 */
	protected LicenceType licenceType = LICENCE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicenceIssued() <em>Licence Issued</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenceIssued()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LICENCE_ISSUED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicenceIssued() <em>Licence Issued</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenceIssued()
	 * @generated
	 * @ordered
	 */
	protected LocalDate licenceIssued = LICENCE_ISSUED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicenceExpiry() <em>Licence Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenceExpiry()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LICENCE_EXPIRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicenceExpiry() <em>Licence Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenceExpiry()
	 * @generated
	 * @ordered
	 */
	protected LocalDate licenceExpiry = LICENCE_EXPIRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualReviewDate() <em>Annual Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualReviewDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ANNUAL_REVIEW_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnualReviewDate() <em>Annual Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualReviewDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate annualReviewDate = ANNUAL_REVIEW_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLicenceOfficer() <em>Licence Officer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenceOfficer()
	 * @generated
	 * @ordered
	 */
	protected Staff licenceOfficer;

	/**
	 * The default value of the '{@link #getClassificationCode() <em>Classification Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassificationCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASSIFICATION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassificationCode() <em>Classification Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassificationCode()
	 * @generated
	 * @ordered
	 */
	protected String classificationCode = CLASSIFICATION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreditLevel() <em>Credit Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditLevel()
	 * @generated
	 * @ordered
	 */
	protected static final CreditLevel CREDIT_LEVEL_EDEFAULT = CreditLevel.AAA;

	/**
	 * The cached value of the '{@link #getCreditLevel() <em>Credit Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditLevel()
	 * @generated
	 * @ordered
	 */
	protected CreditLevel creditLevel = CREDIT_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getComplianceNote() <em>Compliance Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplianceNote()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPLIANCE_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComplianceNote() <em>Compliance Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplianceNote()
	 * @generated
	 * @ordered
	 */
	protected String complianceNote = COMPLIANCE_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMonitored() <em>Monitored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMonitored()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MONITORED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMonitored() <em>Monitored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMonitored()
	 * @generated
	 * @ordered
	 */
	protected boolean monitored = MONITORED_EDEFAULT;

	/**
	 * The default value of the '{@link #isModelShop() <em>Model Shop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isModelShop()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MODEL_SHOP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isModelShop() <em>Model Shop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isModelShop()
	 * @generated
	 * @ordered
	 */
	protected boolean modelShop = MODEL_SHOP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMutualAidGroup() <em>Mutual Aid Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMutualAidGroup()
	 * @generated
	 * @ordered
	 */
	protected MutualAidGroup mutualAidGroup;

	/**
	 * The default value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected static final int GRADE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected int grade = GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMarketType() <em>Market Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarketType()
	 * @generated
	 * @ordered
	 */
	protected static final MarketType MARKET_TYPE_EDEFAULT = MarketType.URBAN;

	/**
	 * The cached value of the '{@link #getMarketType() <em>Market Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarketType()
	 * @generated
	 * @ordered
	 */
	protected MarketType marketType = MARKET_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final BusinessScale SCALE_EDEFAULT = BusinessScale.LARGE;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected BusinessScale scale = SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthlyQuantity() <em>Monthly Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTHLY_QUANTITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMonthlyQuantity() <em>Monthly Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyQuantity()
	 * @generated
	 * @ordered
	 */
	protected int monthlyQuantity = MONTHLY_QUANTITY_EDEFAULT;

	/**
	 * This is true if the Monthly Quantity attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean monthlyQuantityESet;

	/**
	 * The default value of the '{@link #getMonthlyAmount() <em>Monthly Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MONTHLY_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonthlyAmount() <em>Monthly Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal monthlyAmount = MONTHLY_AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAveragePrice() <em>Average Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAveragePrice()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AVERAGE_PRICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAveragePrice() <em>Average Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAveragePrice()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal averagePrice = AVERAGE_PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBrandCount() <em>Brand Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandCount()
	 * @generated
	 * @ordered
	 */
	protected static final int BRAND_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBrandCount() <em>Brand Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandCount()
	 * @generated
	 * @ordered
	 */
	protected int brandCount = BRAND_COUNT_EDEFAULT;

	/**
	 * This is true if the Brand Count attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean brandCountESet;

	/**
	 * The default value of the '{@link #getStock() <em>Stock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStock()
	 * @generated
	 * @ordered
	 */
	protected static final int STOCK_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStock() <em>Stock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStock()
	 * @generated
	 * @ordered
	 */
	protected int stock = STOCK_EDEFAULT;

	/**
	 * This is true if the Stock attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean stockESet;

	/**
	 * The default value of the '{@link #getContactPerson() <em>Contact Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactPerson()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_PERSON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContactPerson() <em>Contact Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactPerson()
	 * @generated
	 * @ordered
	 */
	protected String contactPerson = CONTACT_PERSON_EDEFAULT;

	/**
	 * The default value of the '{@link #getContactPhone() <em>Contact Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContactPhone() <em>Contact Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactPhone()
	 * @generated
	 * @ordered
	 */
	protected String contactPhone = CONTACT_PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContactAddress() <em>Contact Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContactAddress() <em>Contact Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactAddress()
	 * @generated
	 * @ordered
	 */
	protected String contactAddress = CONTACT_ADDRESS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RetailerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.RETAILER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerCode() {
		return customerCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerCode(String newCustomerCode) {
		String oldCustomerCode = customerCode;
		customerCode = newCustomerCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__CUSTOMER_CODE, oldCustomerCode, customerCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicenceNumber() {
		return licenceNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicenceNumber(String newLicenceNumber) {
		String oldLicenceNumber = licenceNumber;
		licenceNumber = newLicenceNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__LICENCE_NUMBER, oldLicenceNumber, licenceNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShopName() {
		return shopName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShopName(String newShopName) {
		String oldShopName = shopName;
		shopName = newShopName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__SHOP_NAME, oldShopName, shopName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBusinessScope() {
		return businessScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessScope(String newBusinessScope) {
		String oldBusinessScope = businessScope;
		businessScope = newBusinessScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__BUSINESS_SCOPE, oldBusinessScope, businessScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessFormat getBusinessFormat() {
		return businessFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessFormat(BusinessFormat newBusinessFormat) {
		BusinessFormat oldBusinessFormat = businessFormat;
		businessFormat = newBusinessFormat == null ? BUSINESS_FORMAT_EDEFAULT : newBusinessFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__BUSINESS_FORMAT, oldBusinessFormat, businessFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrderingMethod getOrderingMethod() {
		return orderingMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrderingMethod(OrderingMethod newOrderingMethod) {
		OrderingMethod oldOrderingMethod = orderingMethod;
		orderingMethod = newOrderingMethod == null ? ORDERING_METHOD_EDEFAULT : newOrderingMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__ORDERING_METHOD, oldOrderingMethod, orderingMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetailerStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RetailerStatus newStatus) {
		RetailerStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public District getDistrict() {
		if (district != null && district.eIsProxy()) {
			InternalEObject oldDistrict = (InternalEObject)district;
			district = (District)eResolveProxy(oldDistrict);
			if (district != oldDistrict) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.RETAILER__DISTRICT, oldDistrict, district));
			}
		}
		return district;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public District basicGetDistrict() {
		return district;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistrict(District newDistrict) {
		District oldDistrict = district;
		district = newDistrict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__DISTRICT, oldDistrict, district));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarketDepartment getMarketDepartment() {
		if (marketDepartment != null && marketDepartment.eIsProxy()) {
			InternalEObject oldMarketDepartment = (InternalEObject)marketDepartment;
			marketDepartment = (MarketDepartment)eResolveProxy(oldMarketDepartment);
			if (marketDepartment != oldMarketDepartment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.RETAILER__MARKET_DEPARTMENT, oldMarketDepartment, marketDepartment));
			}
		}
		return marketDepartment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MarketDepartment basicGetMarketDepartment() {
		return marketDepartment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarketDepartment(MarketDepartment newMarketDepartment) {
		MarketDepartment oldMarketDepartment = marketDepartment;
		marketDepartment = newMarketDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__MARKET_DEPARTMENT, oldMarketDepartment, marketDepartment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFloorArea() {
		return floorArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFloorArea(double newFloorArea) {
		double oldFloorArea = floorArea;
		floorArea = newFloorArea;
		boolean oldFloorAreaESet = floorAreaESet;
		floorAreaESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__FLOOR_AREA, oldFloorArea, floorArea, !oldFloorAreaESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFloorArea() {
		double oldFloorArea = floorArea;
		boolean oldFloorAreaESet = floorAreaESet;
		floorArea = FLOOR_AREA_EDEFAULT;
		floorAreaESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RetailerdeskPackage.RETAILER__FLOOR_AREA, oldFloorArea, FLOOR_AREA_EDEFAULT, oldFloorAreaESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFloorArea() {
		return floorAreaESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getCustomerManager() {
		if (customerManager != null && customerManager.eIsProxy()) {
			InternalEObject oldCustomerManager = (InternalEObject)customerManager;
			customerManager = (Staff)eResolveProxy(oldCustomerManager);
			if (customerManager != oldCustomerManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.RETAILER__CUSTOMER_MANAGER, oldCustomerManager, customerManager));
			}
		}
		return customerManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetCustomerManager() {
		return customerManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerManager(Staff newCustomerManager) {
		Staff oldCustomerManager = customerManager;
		customerManager = newCustomerManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__CUSTOMER_MANAGER, oldCustomerManager, customerManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getPhoneOrderClerk() {
		if (phoneOrderClerk != null && phoneOrderClerk.eIsProxy()) {
			InternalEObject oldPhoneOrderClerk = (InternalEObject)phoneOrderClerk;
			phoneOrderClerk = (Staff)eResolveProxy(oldPhoneOrderClerk);
			if (phoneOrderClerk != oldPhoneOrderClerk) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.RETAILER__PHONE_ORDER_CLERK, oldPhoneOrderClerk, phoneOrderClerk));
			}
		}
		return phoneOrderClerk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetPhoneOrderClerk() {
		return phoneOrderClerk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhoneOrderClerk(Staff newPhoneOrderClerk) {
		Staff oldPhoneOrderClerk = phoneOrderClerk;
		phoneOrderClerk = newPhoneOrderClerk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__PHONE_ORDER_CLERK, oldPhoneOrderClerk, phoneOrderClerk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getDeliveryStaff() {
		if (deliveryStaff != null && deliveryStaff.eIsProxy()) {
			InternalEObject oldDeliveryStaff = (InternalEObject)deliveryStaff;
			deliveryStaff = (Staff)eResolveProxy(oldDeliveryStaff);
			if (deliveryStaff != oldDeliveryStaff) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.RETAILER__DELIVERY_STAFF, oldDeliveryStaff, deliveryStaff));
			}
		}
		return deliveryStaff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetDeliveryStaff() {
		return deliveryStaff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliveryStaff(Staff newDeliveryStaff) {
		Staff oldDeliveryStaff = deliveryStaff;
		deliveryStaff = newDeliveryStaff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__DELIVERY_STAFF, oldDeliveryStaff, deliveryStaff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliveryRoute getDeliveryRoute() {
		if (deliveryRoute != null && deliveryRoute.eIsProxy()) {
			InternalEObject oldDeliveryRoute = (InternalEObject)deliveryRoute;
			deliveryRoute = (DeliveryRoute)eResolveProxy(oldDeliveryRoute);
			if (deliveryRoute != oldDeliveryRoute) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.RETAILER__DELIVERY_ROUTE, oldDeliveryRoute, deliveryRoute));
			}
		}
		return deliveryRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeliveryRoute basicGetDeliveryRoute() {
		return deliveryRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliveryRoute(DeliveryRoute newDeliveryRoute) {
		DeliveryRoute oldDeliveryRoute = deliveryRoute;
		deliveryRoute = newDeliveryRoute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__DELIVERY_ROUTE, oldDeliveryRoute, deliveryRoute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Weekday getOrderDay() {
		return orderDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrderDay(Weekday newOrderDay) {
		Weekday oldOrderDay = orderDay;
		orderDay = newOrderDay == null ? ORDER_DAY_EDEFAULT : newOrderDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__ORDER_DAY, oldOrderDay, orderDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVisitBatch() {
		return visitBatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisitBatch(String newVisitBatch) {
		String oldVisitBatch = visitBatch;
		visitBatch = newVisitBatch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__VISIT_BATCH, oldVisitBatch, visitBatch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrdersPerMonth() {
		return ordersPerMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrdersPerMonth(int newOrdersPerMonth) {
		int oldOrdersPerMonth = ordersPerMonth;
		ordersPerMonth = newOrdersPerMonth;
		boolean oldOrdersPerMonthESet = ordersPerMonthESet;
		ordersPerMonthESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__ORDERS_PER_MONTH, oldOrdersPerMonth, ordersPerMonth, !oldOrdersPerMonthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOrdersPerMonth() {
		int oldOrdersPerMonth = ordersPerMonth;
		boolean oldOrdersPerMonthESet = ordersPerMonthESet;
		ordersPerMonth = ORDERS_PER_MONTH_EDEFAULT;
		ordersPerMonthESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RetailerdeskPackage.RETAILER__ORDERS_PER_MONTH, oldOrdersPerMonth, ORDERS_PER_MONTH_EDEFAULT, oldOrdersPerMonthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOrdersPerMonth() {
		return ordersPerMonthESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LicenceType getLicenceType() {
		return licenceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicenceType(LicenceType newLicenceType) {
		LicenceType oldLicenceType = licenceType;
		licenceType = newLicenceType == null ? LICENCE_TYPE_EDEFAULT : newLicenceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__LICENCE_TYPE, oldLicenceType, licenceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLicenceIssued() {
		return licenceIssued;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicenceIssued(LocalDate newLicenceIssued) {
		LocalDate oldLicenceIssued = licenceIssued;
		licenceIssued = newLicenceIssued;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__LICENCE_ISSUED, oldLicenceIssued, licenceIssued));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLicenceExpiry() {
		return licenceExpiry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicenceExpiry(LocalDate newLicenceExpiry) {
		LocalDate oldLicenceExpiry = licenceExpiry;
		licenceExpiry = newLicenceExpiry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__LICENCE_EXPIRY, oldLicenceExpiry, licenceExpiry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAnnualReviewDate() {
		return annualReviewDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualReviewDate(LocalDate newAnnualReviewDate) {
		LocalDate oldAnnualReviewDate = annualReviewDate;
		annualReviewDate = newAnnualReviewDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__ANNUAL_REVIEW_DATE, oldAnnualReviewDate, annualReviewDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getLicenceOfficer() {
		if (licenceOfficer != null && licenceOfficer.eIsProxy()) {
			InternalEObject oldLicenceOfficer = (InternalEObject)licenceOfficer;
			licenceOfficer = (Staff)eResolveProxy(oldLicenceOfficer);
			if (licenceOfficer != oldLicenceOfficer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.RETAILER__LICENCE_OFFICER, oldLicenceOfficer, licenceOfficer));
			}
		}
		return licenceOfficer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetLicenceOfficer() {
		return licenceOfficer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicenceOfficer(Staff newLicenceOfficer) {
		Staff oldLicenceOfficer = licenceOfficer;
		licenceOfficer = newLicenceOfficer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__LICENCE_OFFICER, oldLicenceOfficer, licenceOfficer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassificationCode() {
		return classificationCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassificationCode(String newClassificationCode) {
		String oldClassificationCode = classificationCode;
		classificationCode = newClassificationCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__CLASSIFICATION_CODE, oldClassificationCode, classificationCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CreditLevel getCreditLevel() {
		return creditLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreditLevel(CreditLevel newCreditLevel) {
		CreditLevel oldCreditLevel = creditLevel;
		creditLevel = newCreditLevel == null ? CREDIT_LEVEL_EDEFAULT : newCreditLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__CREDIT_LEVEL, oldCreditLevel, creditLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComplianceNote() {
		return complianceNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplianceNote(String newComplianceNote) {
		String oldComplianceNote = complianceNote;
		complianceNote = newComplianceNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__COMPLIANCE_NOTE, oldComplianceNote, complianceNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMonitored() {
		return monitored;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonitored(boolean newMonitored) {
		boolean oldMonitored = monitored;
		monitored = newMonitored;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__MONITORED, oldMonitored, monitored));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isModelShop() {
		return modelShop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelShop(boolean newModelShop) {
		boolean oldModelShop = modelShop;
		modelShop = newModelShop;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__MODEL_SHOP, oldModelShop, modelShop));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MutualAidGroup getMutualAidGroup() {
		if (mutualAidGroup != null && mutualAidGroup.eIsProxy()) {
			InternalEObject oldMutualAidGroup = (InternalEObject)mutualAidGroup;
			mutualAidGroup = (MutualAidGroup)eResolveProxy(oldMutualAidGroup);
			if (mutualAidGroup != oldMutualAidGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.RETAILER__MUTUAL_AID_GROUP, oldMutualAidGroup, mutualAidGroup));
			}
		}
		return mutualAidGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MutualAidGroup basicGetMutualAidGroup() {
		return mutualAidGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMutualAidGroup(MutualAidGroup newMutualAidGroup) {
		MutualAidGroup oldMutualAidGroup = mutualAidGroup;
		mutualAidGroup = newMutualAidGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__MUTUAL_AID_GROUP, oldMutualAidGroup, mutualAidGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGrade() {
		return grade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrade(int newGrade) {
		int oldGrade = grade;
		grade = newGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__GRADE, oldGrade, grade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarketType getMarketType() {
		return marketType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarketType(MarketType newMarketType) {
		MarketType oldMarketType = marketType;
		marketType = newMarketType == null ? MARKET_TYPE_EDEFAULT : newMarketType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__MARKET_TYPE, oldMarketType, marketType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessScale getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(BusinessScale newScale) {
		BusinessScale oldScale = scale;
		scale = newScale == null ? SCALE_EDEFAULT : newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonthlyQuantity() {
		return monthlyQuantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthlyQuantity(int newMonthlyQuantity) {
		int oldMonthlyQuantity = monthlyQuantity;
		monthlyQuantity = newMonthlyQuantity;
		boolean oldMonthlyQuantityESet = monthlyQuantityESet;
		monthlyQuantityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__MONTHLY_QUANTITY, oldMonthlyQuantity, monthlyQuantity, !oldMonthlyQuantityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMonthlyQuantity() {
		int oldMonthlyQuantity = monthlyQuantity;
		boolean oldMonthlyQuantityESet = monthlyQuantityESet;
		monthlyQuantity = MONTHLY_QUANTITY_EDEFAULT;
		monthlyQuantityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RetailerdeskPackage.RETAILER__MONTHLY_QUANTITY, oldMonthlyQuantity, MONTHLY_QUANTITY_EDEFAULT, oldMonthlyQuantityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMonthlyQuantity() {
		return monthlyQuantityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMonthlyAmount() {
		return monthlyAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthlyAmount(BigDecimal newMonthlyAmount) {
		BigDecimal oldMonthlyAmount = monthlyAmount;
		monthlyAmount = newMonthlyAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__MONTHLY_AMOUNT, oldMonthlyAmount, monthlyAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAveragePrice() {
		return averagePrice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAveragePrice(BigDecimal newAveragePrice) {
		BigDecimal oldAveragePrice = averagePrice;
		averagePrice = newAveragePrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__AVERAGE_PRICE, oldAveragePrice, averagePrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBrandCount() {
		return brandCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrandCount(int newBrandCount) {
		int oldBrandCount = brandCount;
		brandCount = newBrandCount;
		boolean oldBrandCountESet = brandCountESet;
		brandCountESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__BRAND_COUNT, oldBrandCount, brandCount, !oldBrandCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBrandCount() {
		int oldBrandCount = brandCount;
		boolean oldBrandCountESet = brandCountESet;
		brandCount = BRAND_COUNT_EDEFAULT;
		brandCountESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RetailerdeskPackage.RETAILER__BRAND_COUNT, oldBrandCount, BRAND_COUNT_EDEFAULT, oldBrandCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBrandCount() {
		return brandCountESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStock() {
		return stock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStock(int newStock) {
		int oldStock = stock;
		stock = newStock;
		boolean oldStockESet = stockESet;
		stockESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__STOCK, oldStock, stock, !oldStockESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStock() {
		int oldStock = stock;
		boolean oldStockESet = stockESet;
		stock = STOCK_EDEFAULT;
		stockESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RetailerdeskPackage.RETAILER__STOCK, oldStock, STOCK_EDEFAULT, oldStockESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStock() {
		return stockESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContactPerson() {
		return contactPerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactPerson(String newContactPerson) {
		String oldContactPerson = contactPerson;
		contactPerson = newContactPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__CONTACT_PERSON, oldContactPerson, contactPerson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContactPhone() {
		return contactPhone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactPhone(String newContactPhone) {
		String oldContactPhone = contactPhone;
		contactPhone = newContactPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__CONTACT_PHONE, oldContactPhone, contactPhone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContactAddress() {
		return contactAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactAddress(String newContactAddress) {
		String oldContactAddress = contactAddress;
		contactAddress = newContactAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.RETAILER__CONTACT_ADDRESS, oldContactAddress, contactAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.RETAILER__CUSTOMER_CODE:
				return getCustomerCode();
			case RetailerdeskPackage.RETAILER__LICENCE_NUMBER:
				return getLicenceNumber();
			case RetailerdeskPackage.RETAILER__SHOP_NAME:
				return getShopName();
			case RetailerdeskPackage.RETAILER__OWNER:
				return getOwner();
			case RetailerdeskPackage.RETAILER__ADDRESS:
				return getAddress();
			case RetailerdeskPackage.RETAILER__BUSINESS_SCOPE:
				return getBusinessScope();
			case RetailerdeskPackage.RETAILER__BUSINESS_FORMAT:
				return getBusinessFormat();
			case RetailerdeskPackage.RETAILER__ORDERING_METHOD:
				return getOrderingMethod();
			case RetailerdeskPackage.RETAILER__STATUS:
				return getStatus();
			case RetailerdeskPackage.RETAILER__DISTRICT:
				if (resolve) return getDistrict();
				return basicGetDistrict();
			case RetailerdeskPackage.RETAILER__MARKET_DEPARTMENT:
				if (resolve) return getMarketDepartment();
				return basicGetMarketDepartment();
			case RetailerdeskPackage.RETAILER__FLOOR_AREA:
				return getFloorArea();
			case RetailerdeskPackage.RETAILER__CUSTOMER_MANAGER:
				if (resolve) return getCustomerManager();
				return basicGetCustomerManager();
			case RetailerdeskPackage.RETAILER__PHONE_ORDER_CLERK:
				if (resolve) return getPhoneOrderClerk();
				return basicGetPhoneOrderClerk();
			case RetailerdeskPackage.RETAILER__DELIVERY_STAFF:
				if (resolve) return getDeliveryStaff();
				return basicGetDeliveryStaff();
			case RetailerdeskPackage.RETAILER__DELIVERY_ROUTE:
				if (resolve) return getDeliveryRoute();
				return basicGetDeliveryRoute();
			case RetailerdeskPackage.RETAILER__ORDER_DAY:
				return getOrderDay();
			case RetailerdeskPackage.RETAILER__VISIT_BATCH:
				return getVisitBatch();
			case RetailerdeskPackage.RETAILER__ORDERS_PER_MONTH:
				return getOrdersPerMonth();
			case RetailerdeskPackage.RETAILER__LICENCE_TYPE:
				return getLicenceType();
			case RetailerdeskPackage.RETAILER__LICENCE_ISSUED:
				return getLicenceIssued();
			case RetailerdeskPackage.RETAILER__LICENCE_EXPIRY:
				return getLicenceExpiry();
			case RetailerdeskPackage.RETAILER__ANNUAL_REVIEW_DATE:
				return getAnnualReviewDate();
			case RetailerdeskPackage.RETAILER__LICENCE_OFFICER:
				if (resolve) return getLicenceOfficer();
				return basicGetLicenceOfficer();
			case RetailerdeskPackage.RETAILER__CLASSIFICATION_CODE:
				return getClassificationCode();
			case RetailerdeskPackage.RETAILER__CREDIT_LEVEL:
				return getCreditLevel();
			case RetailerdeskPackage.RETAILER__COMPLIANCE_NOTE:
				return getComplianceNote();
			case RetailerdeskPackage.RETAILER__MONITORED:
				return isMonitored();
			case RetailerdeskPackage.RETAILER__MODEL_SHOP:
				return isModelShop();
			case RetailerdeskPackage.RETAILER__MUTUAL_AID_GROUP:
				if (resolve) return getMutualAidGroup();
				return basicGetMutualAidGroup();
			case RetailerdeskPackage.RETAILER__GRADE:
				return getGrade();
			case RetailerdeskPackage.RETAILER__MARKET_TYPE:
				return getMarketType();
			case RetailerdeskPackage.RETAILER__SCALE:
				return getScale();
			case RetailerdeskPackage.RETAILER__MONTHLY_QUANTITY:
				return getMonthlyQuantity();
			case RetailerdeskPackage.RETAILER__MONTHLY_AMOUNT:
				return getMonthlyAmount();
			case RetailerdeskPackage.RETAILER__AVERAGE_PRICE:
				return getAveragePrice();
			case RetailerdeskPackage.RETAILER__BRAND_COUNT:
				return getBrandCount();
			case RetailerdeskPackage.RETAILER__STOCK:
				return getStock();
			case RetailerdeskPackage.RETAILER__CONTACT_PERSON:
				return getContactPerson();
			case RetailerdeskPackage.RETAILER__CONTACT_PHONE:
				return getContactPhone();
			case RetailerdeskPackage.RETAILER__CONTACT_ADDRESS:
				return getContactAddress();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RetailerdeskPackage.RETAILER__CUSTOMER_CODE:
				setCustomerCode((String)newValue);
				return;
			case RetailerdeskPackage.RETAILER__LICENCE_NUMBER:
				setLicenceNumber((String)newValue);
				return;
			case RetailerdeskPackage.RETAILER__SHOP_NAME:
				setShopName((String)newValue);
				return;
			case RetailerdeskPackage.RETAILER__OWNER:
				setOwner((String)newValue);
				return;
			case RetailerdeskPackage.RETAILER__ADDRESS:
				setAddress((String)newValue);
				return;
			case RetailerdeskPackage.RETAILER__BUSINESS_SCOPE:
				setBusinessScope((String)newValue);
				return;
			case RetailerdeskPackage.RETAILER__BUSINESS_FORMAT:
				setBusinessFormat((BusinessFormat)newValue);
				return;
			case RetailerdeskPackage.RETAILER__ORDERING_METHOD:
				setOrderingMethod((OrderingMethod)newValue);
				return;
			case RetailerdeskPackage.RETAILER__STATUS:
				setStatus((RetailerStatus)newValue);
				return;
			case RetailerdeskPackage.RETAILER__DISTRICT:
				setDistrict((District)newValue);
				return;
			case RetailerdeskPackage.RETAILER__MARKET_DEPARTMENT:
				setMarketDepartment((MarketDepartment)newValue);
				return;
			case RetailerdeskPackage.RETAILER__FLOOR_AREA:
				setFloorArea((Double)newValue);
				return;
			case RetailerdeskPackage.RETAILER__CUSTOMER_MANAGER:
				setCustomerManager((Staff)newValue);
				return;
			case RetailerdeskPackage.RETAILER__PHONE_ORDER_CLERK:
				setPhoneOrderClerk((Staff)newValue);
				return;
			case RetailerdeskPackage.RETAILER__DELIVERY_STAFF:
				setDeliveryStaff((Staff)newValue);
				return;
			case RetailerdeskPackage.RETAILER__DELIVERY_ROUTE:
				setDeliveryRoute((DeliveryRoute)newValue);
				return;
			case RetailerdeskPackage.RETAILER__ORDER_DAY:
				setOrderDay((Weekday)newValue);
				return;
			case RetailerdeskPackage.RETAILER__VISIT_BATCH:
				setVisitBatch((String)newValue);
				return;
			case RetailerdeskPackage.RETAILER__ORDERS_PER_MONTH:
				setOrdersPerMonth((Integer)newValue);
				return;
			case RetailerdeskPackage.RETAILER__LICENCE_TYPE:
				setLicenceType((LicenceType)newValue);
				return;
			case RetailerdeskPackage.RETAILER__LICENCE_ISSUED:
				setLicenceIssued((LocalDate)newValue);
				return;
			case RetailerdeskPackage.RETAILER__LICENCE_EXPIRY:
				setLicenceExpiry((LocalDate)newValue);
				return;
			case RetailerdeskPackage.RETAILER__ANNUAL_REVIEW_DATE:
				setAnnualReviewDate((LocalDate)newValue);
				return;
			case RetailerdeskPackage.RETAILER__LICENCE_OFFICER:
				setLicenceOfficer((Staff)newValue);
				return;
			case RetailerdeskPackage.RETAILER__CLASSIFICATION_CODE:
				setClassificationCode((String)newValue);
				return;
			case RetailerdeskPackage.RETAILER__CREDIT_LEVEL:
				setCreditLevel((CreditLevel)newValue);
				return;
			case RetailerdeskPackage.RETAILER__COMPLIANCE_NOTE:
				setComplianceNote((String)newValue);
				return;
			case RetailerdeskPackage.RETAILER__MONITORED:
				setMonitored((Boolean)newValue);
				return;
			case RetailerdeskPackage.RETAILER__MODEL_SHOP:
				setModelShop((Boolean)newValue);
				return;
			case RetailerdeskPackage.RETAILER__MUTUAL_AID_GROUP:
				setMutualAidGroup((MutualAidGroup)newValue);
				return;
			case RetailerdeskPackage.RETAILER__GRADE:
				setGrade((Integer)newValue);
				return;
			case RetailerdeskPackage.RETAILER__MARKET_TYPE:
				setMarketType((MarketType)newValue);
				return;
			case RetailerdeskPackage.RETAILER__SCALE:
				setScale((BusinessScale)newValue);
				return;
			case RetailerdeskPackage.RETAILER__MONTHLY_QUANTITY:
				setMonthlyQuantity((Integer)newValue);
				return;
			case RetailerdeskPackage.RETAILER__MONTHLY_AMOUNT:
				setMonthlyAmount((BigDecimal)newValue);
				return;
			case RetailerdeskPackage.RETAILER__AVERAGE_PRICE:
				setAveragePrice((BigDecimal)newValue);
				return;
			case RetailerdeskPackage.RETAILER__BRAND_COUNT:
				setBrandCount((Integer)newValue);
				return;
			case RetailerdeskPackage.RETAILER__STOCK:
				setStock((Integer)newValue);
				return;
			case RetailerdeskPackage.RETAILER__CONTACT_PERSON:
				setContactPerson((String)newValue);
				return;
			case RetailerdeskPackage.RETAILER__CONTACT_PHONE:
				setContactPhone((String)newValue);
				return;
			case RetailerdeskPackage.RETAILER__CONTACT_ADDRESS:
				setContactAddress((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RetailerdeskPackage.RETAILER__CUSTOMER_CODE:
				setCustomerCode(CUSTOMER_CODE_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__LICENCE_NUMBER:
				setLicenceNumber(LICENCE_NUMBER_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__SHOP_NAME:
				setShopName(SHOP_NAME_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__BUSINESS_SCOPE:
				setBusinessScope(BUSINESS_SCOPE_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__BUSINESS_FORMAT:
				setBusinessFormat(BUSINESS_FORMAT_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__ORDERING_METHOD:
				setOrderingMethod(ORDERING_METHOD_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__DISTRICT:
				setDistrict((District)null);
				return;
			case RetailerdeskPackage.RETAILER__MARKET_DEPARTMENT:
				setMarketDepartment((MarketDepartment)null);
				return;
			case RetailerdeskPackage.RETAILER__FLOOR_AREA:
				unsetFloorArea();
				return;
			case RetailerdeskPackage.RETAILER__CUSTOMER_MANAGER:
				setCustomerManager((Staff)null);
				return;
			case RetailerdeskPackage.RETAILER__PHONE_ORDER_CLERK:
				setPhoneOrderClerk((Staff)null);
				return;
			case RetailerdeskPackage.RETAILER__DELIVERY_STAFF:
				setDeliveryStaff((Staff)null);
				return;
			case RetailerdeskPackage.RETAILER__DELIVERY_ROUTE:
				setDeliveryRoute((DeliveryRoute)null);
				return;
			case RetailerdeskPackage.RETAILER__ORDER_DAY:
				setOrderDay(ORDER_DAY_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__VISIT_BATCH:
				setVisitBatch(VISIT_BATCH_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__ORDERS_PER_MONTH:
				unsetOrdersPerMonth();
				return;
			case RetailerdeskPackage.RETAILER__LICENCE_TYPE:
				setLicenceType(LICENCE_TYPE_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__LICENCE_ISSUED:
				setLicenceIssued(LICENCE_ISSUED_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__LICENCE_EXPIRY:
				setLicenceExpiry(LICENCE_EXPIRY_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__ANNUAL_REVIEW_DATE:
				setAnnualReviewDate(ANNUAL_REVIEW_DATE_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__LICENCE_OFFICER:
				setLicenceOfficer((Staff)null);
				return;
			case RetailerdeskPackage.RETAILER__CLASSIFICATION_CODE:
				setClassificationCode(CLASSIFICATION_CODE_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__CREDIT_LEVEL:
				setCreditLevel(CREDIT_LEVEL_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__COMPLIANCE_NOTE:
				setComplianceNote(COMPLIANCE_NOTE_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__MONITORED:
				setMonitored(MONITORED_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__MODEL_SHOP:
				setModelShop(MODEL_SHOP_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__MUTUAL_AID_GROUP:
				setMutualAidGroup((MutualAidGroup)null);
				return;
			case RetailerdeskPackage.RETAILER__GRADE:
				setGrade(GRADE_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__MARKET_TYPE:
				setMarketType(MARKET_TYPE_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__MONTHLY_QUANTITY:
				unsetMonthlyQuantity();
				return;
			case RetailerdeskPackage.RETAILER__MONTHLY_AMOUNT:
				setMonthlyAmount(MONTHLY_AMOUNT_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__AVERAGE_PRICE:
				setAveragePrice(AVERAGE_PRICE_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__BRAND_COUNT:
				unsetBrandCount();
				return;
			case RetailerdeskPackage.RETAILER__STOCK:
				unsetStock();
				return;
			case RetailerdeskPackage.RETAILER__CONTACT_PERSON:
				setContactPerson(CONTACT_PERSON_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__CONTACT_PHONE:
				setContactPhone(CONTACT_PHONE_EDEFAULT);
				return;
			case RetailerdeskPackage.RETAILER__CONTACT_ADDRESS:
				setContactAddress(CONTACT_ADDRESS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RetailerdeskPackage.RETAILER__CUSTOMER_CODE:
				return CUSTOMER_CODE_EDEFAULT == null ? customerCode != null : !CUSTOMER_CODE_EDEFAULT.equals(customerCode);
			case RetailerdeskPackage.RETAILER__LICENCE_NUMBER:
				return LICENCE_NUMBER_EDEFAULT == null ? licenceNumber != null : !LICENCE_NUMBER_EDEFAULT.equals(licenceNumber);
			case RetailerdeskPackage.RETAILER__SHOP_NAME:
				return SHOP_NAME_EDEFAULT == null ? shopName != null : !SHOP_NAME_EDEFAULT.equals(shopName);
			case RetailerdeskPackage.RETAILER__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case RetailerdeskPackage.RETAILER__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case RetailerdeskPackage.RETAILER__BUSINESS_SCOPE:
				return BUSINESS_SCOPE_EDEFAULT == null ? businessScope != null : !BUSINESS_SCOPE_EDEFAULT.equals(businessScope);
			case RetailerdeskPackage.RETAILER__BUSINESS_FORMAT:
				return businessFormat != BUSINESS_FORMAT_EDEFAULT;
			case RetailerdeskPackage.RETAILER__ORDERING_METHOD:
				return orderingMethod != ORDERING_METHOD_EDEFAULT;
			case RetailerdeskPackage.RETAILER__STATUS:
				return status != STATUS_EDEFAULT;
			case RetailerdeskPackage.RETAILER__DISTRICT:
				return district != null;
			case RetailerdeskPackage.RETAILER__MARKET_DEPARTMENT:
				return marketDepartment != null;
			case RetailerdeskPackage.RETAILER__FLOOR_AREA:
				return isSetFloorArea();
			case RetailerdeskPackage.RETAILER__CUSTOMER_MANAGER:
				return customerManager != null;
			case RetailerdeskPackage.RETAILER__PHONE_ORDER_CLERK:
				return phoneOrderClerk != null;
			case RetailerdeskPackage.RETAILER__DELIVERY_STAFF:
				return deliveryStaff != null;
			case RetailerdeskPackage.RETAILER__DELIVERY_ROUTE:
				return deliveryRoute != null;
			case RetailerdeskPackage.RETAILER__ORDER_DAY:
				return orderDay != ORDER_DAY_EDEFAULT;
			case RetailerdeskPackage.RETAILER__VISIT_BATCH:
				return VISIT_BATCH_EDEFAULT == null ? visitBatch != null : !VISIT_BATCH_EDEFAULT.equals(visitBatch);
			case RetailerdeskPackage.RETAILER__ORDERS_PER_MONTH:
				return isSetOrdersPerMonth();
			case RetailerdeskPackage.RETAILER__LICENCE_TYPE:
				return licenceType != LICENCE_TYPE_EDEFAULT;
			case RetailerdeskPackage.RETAILER__LICENCE_ISSUED:
				return LICENCE_ISSUED_EDEFAULT == null ? licenceIssued != null : !LICENCE_ISSUED_EDEFAULT.equals(licenceIssued);
			case RetailerdeskPackage.RETAILER__LICENCE_EXPIRY:
				return LICENCE_EXPIRY_EDEFAULT == null ? licenceExpiry != null : !LICENCE_EXPIRY_EDEFAULT.equals(licenceExpiry);
			case RetailerdeskPackage.RETAILER__ANNUAL_REVIEW_DATE:
				return ANNUAL_REVIEW_DATE_EDEFAULT == null ? annualReviewDate != null : !ANNUAL_REVIEW_DATE_EDEFAULT.equals(annualReviewDate);
			case RetailerdeskPackage.RETAILER__LICENCE_OFFICER:
				return licenceOfficer != null;
			case RetailerdeskPackage.RETAILER__CLASSIFICATION_CODE:
				return CLASSIFICATION_CODE_EDEFAULT == null ? classificationCode != null : !CLASSIFICATION_CODE_EDEFAULT.equals(classificationCode);
			case RetailerdeskPackage.RETAILER__CREDIT_LEVEL:
				return creditLevel != CREDIT_LEVEL_EDEFAULT;
			case RetailerdeskPackage.RETAILER__COMPLIANCE_NOTE:
				return COMPLIANCE_NOTE_EDEFAULT == null ? complianceNote != null : !COMPLIANCE_NOTE_EDEFAULT.equals(complianceNote);
			case RetailerdeskPackage.RETAILER__MONITORED:
				return monitored != MONITORED_EDEFAULT;
			case RetailerdeskPackage.RETAILER__MODEL_SHOP:
				return modelShop != MODEL_SHOP_EDEFAULT;
			case RetailerdeskPackage.RETAILER__MUTUAL_AID_GROUP:
				return mutualAidGroup != null;
			case RetailerdeskPackage.RETAILER__GRADE:
				return grade != GRADE_EDEFAULT;
			case RetailerdeskPackage.RETAILER__MARKET_TYPE:
				return marketType != MARKET_TYPE_EDEFAULT;
			case RetailerdeskPackage.RETAILER__SCALE:
				return scale != SCALE_EDEFAULT;
			case RetailerdeskPackage.RETAILER__MONTHLY_QUANTITY:
				return isSetMonthlyQuantity();
			case RetailerdeskPackage.RETAILER__MONTHLY_AMOUNT:
				return MONTHLY_AMOUNT_EDEFAULT == null ? monthlyAmount != null : !MONTHLY_AMOUNT_EDEFAULT.equals(monthlyAmount);
			case RetailerdeskPackage.RETAILER__AVERAGE_PRICE:
				return AVERAGE_PRICE_EDEFAULT == null ? averagePrice != null : !AVERAGE_PRICE_EDEFAULT.equals(averagePrice);
			case RetailerdeskPackage.RETAILER__BRAND_COUNT:
				return isSetBrandCount();
			case RetailerdeskPackage.RETAILER__STOCK:
				return isSetStock();
			case RetailerdeskPackage.RETAILER__CONTACT_PERSON:
				return CONTACT_PERSON_EDEFAULT == null ? contactPerson != null : !CONTACT_PERSON_EDEFAULT.equals(contactPerson);
			case RetailerdeskPackage.RETAILER__CONTACT_PHONE:
				return CONTACT_PHONE_EDEFAULT == null ? contactPhone != null : !CONTACT_PHONE_EDEFAULT.equals(contactPhone);
			case RetailerdeskPackage.RETAILER__CONTACT_ADDRESS:
				return CONTACT_ADDRESS_EDEFAULT == null ? contactAddress != null : !CONTACT_ADDRESS_EDEFAULT.equals(contactAddress);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (customerCode: "); //$NON-NLS-1$
		result.append(customerCode);
		result.append(", licenceNumber: "); //$NON-NLS-1$
		result.append(licenceNumber);
		result.append(", shopName: "); //$NON-NLS-1$
		result.append(shopName);
		result.append(", owner: "); //$NON-NLS-1$
		result.append(owner);
		result.append(", address: "); //$NON-NLS-1$
		result.append(address);
		result.append(", businessScope: "); //$NON-NLS-1$
		result.append(businessScope);
		result.append(", businessFormat: "); //$NON-NLS-1$
		result.append(businessFormat);
		result.append(", orderingMethod: "); //$NON-NLS-1$
		result.append(orderingMethod);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", floorArea: "); //$NON-NLS-1$
		if (floorAreaESet) result.append(floorArea); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", orderDay: "); //$NON-NLS-1$
		result.append(orderDay);
		result.append(", visitBatch: "); //$NON-NLS-1$
		result.append(visitBatch);
		result.append(", ordersPerMonth: "); //$NON-NLS-1$
		if (ordersPerMonthESet) result.append(ordersPerMonth); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", licenceType: "); //$NON-NLS-1$
		result.append(licenceType);
		result.append(", licenceIssued: "); //$NON-NLS-1$
		result.append(licenceIssued);
		result.append(", licenceExpiry: "); //$NON-NLS-1$
		result.append(licenceExpiry);
		result.append(", annualReviewDate: "); //$NON-NLS-1$
		result.append(annualReviewDate);
		result.append(", classificationCode: "); //$NON-NLS-1$
		result.append(classificationCode);
		result.append(", creditLevel: "); //$NON-NLS-1$
		result.append(creditLevel);
		result.append(", complianceNote: "); //$NON-NLS-1$
		result.append(complianceNote);
		result.append(", monitored: "); //$NON-NLS-1$
		result.append(monitored);
		result.append(", modelShop: "); //$NON-NLS-1$
		result.append(modelShop);
		result.append(", grade: "); //$NON-NLS-1$
		result.append(grade);
		result.append(", marketType: "); //$NON-NLS-1$
		result.append(marketType);
		result.append(", scale: "); //$NON-NLS-1$
		result.append(scale);
		result.append(", monthlyQuantity: "); //$NON-NLS-1$
		if (monthlyQuantityESet) result.append(monthlyQuantity); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", monthlyAmount: "); //$NON-NLS-1$
		result.append(monthlyAmount);
		result.append(", averagePrice: "); //$NON-NLS-1$
		result.append(averagePrice);
		result.append(", brandCount: "); //$NON-NLS-1$
		if (brandCountESet) result.append(brandCount); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", stock: "); //$NON-NLS-1$
		if (stockESet) result.append(stock); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", contactPerson: "); //$NON-NLS-1$
		result.append(contactPerson);
		result.append(", contactPhone: "); //$NON-NLS-1$
		result.append(contactPhone);
		result.append(", contactAddress: "); //$NON-NLS-1$
		result.append(contactAddress);
		result.append(')');
		return result.toString();
	}

} //RetailerImpl
