/**
 */
package org.retailerdesk.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The domain of a tobacco retailer service centre (see shared/domain/DOMAIN.md). Persistence: retailerdesk/persistence annotations give column lengths; retailerdesk/group gives the retailer-file group of a feature.
 * <!-- end-model-doc -->
 * @see org.retailerdesk.model.RetailerdeskFactory
 * @model kind="package"
 * @generated
 */
public interface RetailerdeskPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://retailerdesk.org/model/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "retailerdesk"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RetailerdeskPackage eINSTANCE = org.retailerdesk.model.impl.RetailerdeskPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.EntityImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__VERSION = 1;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.ServiceCentreImpl <em>Service Centre</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.ServiceCentreImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getServiceCentre()
	 * @generated
	 */
	int SERVICE_CENTRE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTRE__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTRE__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTRE__CODE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTRE__NAME = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTRE__ADDRESS = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTRE__PHONE = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Service Centre</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTRE_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.DistrictImpl <em>District</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.DistrictImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getDistrict()
	 * @generated
	 */
	int DISTRICT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__CODE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__NAME = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Centre</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__CENTRE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT__ACTIVE = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>District</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRICT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.MarketDepartmentImpl <em>Market Department</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.MarketDepartmentImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getMarketDepartment()
	 * @generated
	 */
	int MARKET_DEPARTMENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_DEPARTMENT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_DEPARTMENT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_DEPARTMENT__CODE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_DEPARTMENT__NAME = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>District</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_DEPARTMENT__DISTRICT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_DEPARTMENT__ACTIVE = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Market Department</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_DEPARTMENT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.DeliveryRouteImpl <em>Delivery Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.DeliveryRouteImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getDeliveryRoute()
	 * @generated
	 */
	int DELIVERY_ROUTE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_ROUTE__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_ROUTE__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_ROUTE__CODE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_ROUTE__NAME = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Market Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_ROUTE__MARKET_DEPARTMENT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Order Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_ROUTE__ORDER_DAY = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_ROUTE__ACTIVE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Delivery Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_ROUTE_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.StaffImpl <em>Staff</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.StaffImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getStaff()
	 * @generated
	 */
	int STAFF = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__CODE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__NAME = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ROLE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Manager Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__MANAGER_GRADE = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__PHONE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Market Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__MARKET_DEPARTMENT = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__ACTIVE = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Hire Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF__HIRE_DATE = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Staff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.RetailerImpl <em>Retailer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.RetailerImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getRetailer()
	 * @generated
	 */
	int RETAILER = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Customer Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__CUSTOMER_CODE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Licence Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__LICENCE_NUMBER = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Shop Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__SHOP_NAME = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__OWNER = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__ADDRESS = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Business Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__BUSINESS_SCOPE = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Business Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__BUSINESS_FORMAT = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Ordering Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__ORDERING_METHOD = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__STATUS = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>District</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__DISTRICT = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Market Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__MARKET_DEPARTMENT = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Floor Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__FLOOR_AREA = ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Customer Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__CUSTOMER_MANAGER = ENTITY_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Phone Order Clerk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__PHONE_ORDER_CLERK = ENTITY_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Delivery Staff</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__DELIVERY_STAFF = ENTITY_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Delivery Route</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__DELIVERY_ROUTE = ENTITY_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Order Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__ORDER_DAY = ENTITY_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Visit Batch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__VISIT_BATCH = ENTITY_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Orders Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__ORDERS_PER_MONTH = ENTITY_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Licence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__LICENCE_TYPE = ENTITY_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Licence Issued</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__LICENCE_ISSUED = ENTITY_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Licence Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__LICENCE_EXPIRY = ENTITY_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Annual Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__ANNUAL_REVIEW_DATE = ENTITY_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Licence Officer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__LICENCE_OFFICER = ENTITY_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Classification Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__CLASSIFICATION_CODE = ENTITY_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Credit Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__CREDIT_LEVEL = ENTITY_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Compliance Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__COMPLIANCE_NOTE = ENTITY_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Monitored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__MONITORED = ENTITY_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Model Shop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__MODEL_SHOP = ENTITY_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Mutual Aid Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__MUTUAL_AID_GROUP = ENTITY_FEATURE_COUNT + 29;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__GRADE = ENTITY_FEATURE_COUNT + 30;

	/**
	 * The feature id for the '<em><b>Market Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__MARKET_TYPE = ENTITY_FEATURE_COUNT + 31;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__SCALE = ENTITY_FEATURE_COUNT + 32;

	/**
	 * The feature id for the '<em><b>Monthly Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__MONTHLY_QUANTITY = ENTITY_FEATURE_COUNT + 33;

	/**
	 * The feature id for the '<em><b>Monthly Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__MONTHLY_AMOUNT = ENTITY_FEATURE_COUNT + 34;

	/**
	 * The feature id for the '<em><b>Average Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__AVERAGE_PRICE = ENTITY_FEATURE_COUNT + 35;

	/**
	 * The feature id for the '<em><b>Brand Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__BRAND_COUNT = ENTITY_FEATURE_COUNT + 36;

	/**
	 * The feature id for the '<em><b>Stock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__STOCK = ENTITY_FEATURE_COUNT + 37;

	/**
	 * The feature id for the '<em><b>Contact Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__CONTACT_PERSON = ENTITY_FEATURE_COUNT + 38;

	/**
	 * The feature id for the '<em><b>Contact Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__CONTACT_PHONE = ENTITY_FEATURE_COUNT + 39;

	/**
	 * The feature id for the '<em><b>Contact Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER__CONTACT_ADDRESS = ENTITY_FEATURE_COUNT + 40;

	/**
	 * The number of structural features of the '<em>Retailer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 41;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.RetailerImageImpl <em>Retailer Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.RetailerImageImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getRetailerImage()
	 * @generated
	 */
	int RETAILER_IMAGE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER_IMAGE__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER_IMAGE__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER_IMAGE__RETAILER = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER_IMAGE__KIND = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER_IMAGE__PATH = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Taken On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER_IMAGE__TAKEN_ON = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER_IMAGE__CAPTION = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Retailer Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETAILER_IMAGE_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.OperatingRecordImpl <em>Operating Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.OperatingRecordImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getOperatingRecord()
	 * @generated
	 */
	int OPERATING_RECORD = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_RECORD__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_RECORD__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_RECORD__RETAILER = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_RECORD__DATE = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_RECORD__RECORDED_BY = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_RECORD__NOTE = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Operating Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_RECORD_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.InspectionImpl <em>Inspection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.InspectionImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getInspection()
	 * @generated
	 */
	int INSPECTION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__ID = OPERATING_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__VERSION = OPERATING_RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__RETAILER = OPERATING_RECORD__RETAILER;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__DATE = OPERATING_RECORD__DATE;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__RECORDED_BY = OPERATING_RECORD__RECORDED_BY;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__NOTE = OPERATING_RECORD__NOTE;

	/**
	 * The feature id for the '<em><b>Hygiene</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__HYGIENE = OPERATING_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Display</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__DISPLAY = OPERATING_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Price Marking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__PRICE_MARKING = OPERATING_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Honest Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__HONEST_OPERATION = OPERATING_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__VISIT = OPERATING_RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Inspection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FEATURE_COUNT = OPERATING_RECORD_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.StockCountImpl <em>Stock Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.StockCountImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getStockCount()
	 * @generated
	 */
	int STOCK_COUNT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_COUNT__ID = OPERATING_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_COUNT__VERSION = OPERATING_RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_COUNT__RETAILER = OPERATING_RECORD__RETAILER;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_COUNT__DATE = OPERATING_RECORD__DATE;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_COUNT__RECORDED_BY = OPERATING_RECORD__RECORDED_BY;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_COUNT__NOTE = OPERATING_RECORD__NOTE;

	/**
	 * The feature id for the '<em><b>Cartons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_COUNT__CARTONS = OPERATING_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Brands In Stock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_COUNT__BRANDS_IN_STOCK = OPERATING_RECORD_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Stock Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_COUNT_FEATURE_COUNT = OPERATING_RECORD_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.GuidanceImpl <em>Guidance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.GuidanceImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getGuidance()
	 * @generated
	 */
	int GUIDANCE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE__ID = OPERATING_RECORD__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE__VERSION = OPERATING_RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE__RETAILER = OPERATING_RECORD__RETAILER;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE__DATE = OPERATING_RECORD__DATE;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE__RECORDED_BY = OPERATING_RECORD__RECORDED_BY;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE__NOTE = OPERATING_RECORD__NOTE;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE__TOPIC = OPERATING_RECORD_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Guidance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_FEATURE_COUNT = OPERATING_RECORD_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.PriorityHouseholdImpl <em>Priority Household</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.PriorityHouseholdImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPriorityHousehold()
	 * @generated
	 */
	int PRIORITY_HOUSEHOLD = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__RETAILER = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__CATEGORY = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Evidence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__EVIDENCE_TYPE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Evidence Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__EVIDENCE_ISSUER = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Evidence Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__EVIDENCE_DATE = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Verified By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__VERIFIED_BY = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Verified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__VERIFIED_ON = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__REVIEW_DATE = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Expiry Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__EXPIRY_DATE = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Preference Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__PREFERENCE_RULE = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Preference Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__PREFERENCE_VALUE = ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Help Given</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__HELP_GIVEN = ENTITY_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD__ACTIVE = ENTITY_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Priority Household</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_HOUSEHOLD_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 14;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.BrandImpl <em>Brand</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.BrandImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getBrand()
	 * @generated
	 */
	int BRAND = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__CODE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__NAME = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Price Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__PRICE_BAND = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Price Per Carton</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__PRICE_PER_CARTON = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scarce</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__SCARCE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__MANUFACTURER = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Retail Price Per Carton</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__RETAIL_PRICE_PER_CARTON = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__ACTIVE = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Brand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.AllocationRoundImpl <em>Allocation Round</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.AllocationRoundImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAllocationRound()
	 * @generated
	 */
	int ALLOCATION_ROUND = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND__CODE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND__TITLE = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Brand</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND__BRAND = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND__PERIOD_START = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND__PERIOD_END = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Total Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND__TOTAL_QUANTITY = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND__METHOD = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND__STATUS = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Published On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND__PUBLISHED_ON = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Allocation Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ROUND_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.AllocationRuleImpl <em>Allocation Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.AllocationRuleImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAllocationRule()
	 * @generated
	 */
	int ALLOCATION_RULE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RULE__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RULE__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Round</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RULE__ROUND = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RULE__KIND = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RULE__DIMENSION = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RULE__KEY = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RULE__VALUE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RULE__POSITION = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Allocation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RULE_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.AllocationLineImpl <em>Allocation Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.AllocationLineImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAllocationLine()
	 * @generated
	 */
	int ALLOCATION_LINE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_LINE__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_LINE__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Round</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_LINE__ROUND = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_LINE__RETAILER = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_LINE__GRADE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_LINE__QUANTITY = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_LINE__EXPLANATION = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Overridden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_LINE__OVERRIDDEN = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Override Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_LINE__OVERRIDE_REASON = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Overridden By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_LINE__OVERRIDDEN_BY = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Allocation Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_LINE_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.PolicyImpl <em>Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.PolicyImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPolicy()
	 * @generated
	 */
	int POLICY = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__CODE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__TITLE = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__CATEGORY = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__ISSUED_ON = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__EFFECTIVE_FROM = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Effective To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__EFFECTIVE_TO = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__SUMMARY = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__ISSUER = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Full Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__FULL_TEXT = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Attachment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__ATTACHMENT = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__SCOPE = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 11;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.PublicityRecordImpl <em>Publicity Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.PublicityRecordImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPublicityRecord()
	 * @generated
	 */
	int PUBLICITY_RECORD = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_RECORD__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_RECORD__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_RECORD__RETAILER = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_RECORD__POLICY = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_RECORD__DATE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_RECORD__CHANNEL = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Delivered By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_RECORD__DELIVERED_BY = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Acknowledgement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_RECORD__ACKNOWLEDGEMENT = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_RECORD__NOTE = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_RECORD__VISIT = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Publicity Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICITY_RECORD_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.VisitImpl <em>Visit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.VisitImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getVisit()
	 * @generated
	 */
	int VISIT = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__RETAILER = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Visitor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__VISITOR = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__DATE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__PURPOSE = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Shop Open</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__SHOP_OPEN = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sales Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__SALES_NOTE = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Stock Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__STOCK_NOTE = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Compliance Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__COMPLIANCE_NOTE = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>New Product Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__NEW_PRODUCT_NOTE = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Complaint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__COMPLAINT = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__NOTE = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__FOLLOW_UP = ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Follow Up Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__FOLLOW_UP_DUE = ENTITY_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 13;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.MutualAidGroupImpl <em>Mutual Aid Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.MutualAidGroupImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getMutualAidGroup()
	 * @generated
	 */
	int MUTUAL_AID_GROUP = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUAL_AID_GROUP__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUAL_AID_GROUP__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUAL_AID_GROUP__CODE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUAL_AID_GROUP__NAME = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Market Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUAL_AID_GROUP__MARKET_DEPARTMENT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUAL_AID_GROUP__ACTIVE = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Mutual Aid Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUAL_AID_GROUP_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.impl.LicenceEventImpl <em>Licence Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.impl.LicenceEventImpl
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getLicenceEvent()
	 * @generated
	 */
	int LICENCE_EVENT = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE_EVENT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE_EVENT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE_EVENT__RETAILER = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE_EVENT__DATE = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE_EVENT__KIND = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Old Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE_EVENT__OLD_VALUE = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>New Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE_EVENT__NEW_VALUE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE_EVENT__NOTE = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Licence Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE_EVENT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.BusinessFormat <em>Business Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.BusinessFormat
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getBusinessFormat()
	 * @generated
	 */
	int BUSINESS_FORMAT = 22;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.OrderingMethod <em>Ordering Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.OrderingMethod
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getOrderingMethod()
	 * @generated
	 */
	int ORDERING_METHOD = 23;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.Weekday <em>Weekday</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.Weekday
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getWeekday()
	 * @generated
	 */
	int WEEKDAY = 24;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.MarketType <em>Market Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.MarketType
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getMarketType()
	 * @generated
	 */
	int MARKET_TYPE = 25;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.BusinessScale <em>Business Scale</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.BusinessScale
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getBusinessScale()
	 * @generated
	 */
	int BUSINESS_SCALE = 26;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.LicenceType <em>Licence Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.LicenceType
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getLicenceType()
	 * @generated
	 */
	int LICENCE_TYPE = 27;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.CreditLevel <em>Credit Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.CreditLevel
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getCreditLevel()
	 * @generated
	 */
	int CREDIT_LEVEL = 28;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.LicenceEventKind <em>Licence Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.LicenceEventKind
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getLicenceEventKind()
	 * @generated
	 */
	int LICENCE_EVENT_KIND = 29;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.RetailerStatus <em>Retailer Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.RetailerStatus
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getRetailerStatus()
	 * @generated
	 */
	int RETAILER_STATUS = 30;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.StaffRole <em>Staff Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.StaffRole
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getStaffRole()
	 * @generated
	 */
	int STAFF_ROLE = 31;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.ImageKind <em>Image Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.ImageKind
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getImageKind()
	 * @generated
	 */
	int IMAGE_KIND = 32;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.InspectionResult <em>Inspection Result</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.InspectionResult
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getInspectionResult()
	 * @generated
	 */
	int INSPECTION_RESULT = 33;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.GuidanceTopic <em>Guidance Topic</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.GuidanceTopic
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getGuidanceTopic()
	 * @generated
	 */
	int GUIDANCE_TOPIC = 34;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.AssistanceCategory <em>Assistance Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.AssistanceCategory
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAssistanceCategory()
	 * @generated
	 */
	int ASSISTANCE_CATEGORY = 35;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.PreferenceRule <em>Preference Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.PreferenceRule
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPreferenceRule()
	 * @generated
	 */
	int PREFERENCE_RULE = 36;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.PriceBand <em>Price Band</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.PriceBand
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPriceBand()
	 * @generated
	 */
	int PRICE_BAND = 37;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.AllocationMethod <em>Allocation Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.AllocationMethod
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAllocationMethod()
	 * @generated
	 */
	int ALLOCATION_METHOD = 38;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.RoundStatus <em>Round Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.RoundStatus
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getRoundStatus()
	 * @generated
	 */
	int ROUND_STATUS = 39;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.RuleKind <em>Rule Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.RuleKind
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getRuleKind()
	 * @generated
	 */
	int RULE_KIND = 40;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.PolicyCategory <em>Policy Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.PolicyCategory
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPolicyCategory()
	 * @generated
	 */
	int POLICY_CATEGORY = 41;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.PublicityChannel <em>Publicity Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.PublicityChannel
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPublicityChannel()
	 * @generated
	 */
	int PUBLICITY_CHANNEL = 42;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.Acknowledgement <em>Acknowledgement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.Acknowledgement
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAcknowledgement()
	 * @generated
	 */
	int ACKNOWLEDGEMENT = 43;

	/**
	 * The meta object id for the '{@link org.retailerdesk.model.VisitPurpose <em>Visit Purpose</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.retailerdesk.model.VisitPurpose
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getVisitPurpose()
	 * @generated
	 */
	int VISIT_PURPOSE = 44;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 45;


	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.retailerdesk.model.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Entity#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.retailerdesk.model.Entity#getId()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Entity#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.retailerdesk.model.Entity#getVersion()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Version();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.ServiceCentre <em>Service Centre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Centre</em>'.
	 * @see org.retailerdesk.model.ServiceCentre
	 * @generated
	 */
	EClass getServiceCentre();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.ServiceCentre#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.retailerdesk.model.ServiceCentre#getCode()
	 * @see #getServiceCentre()
	 * @generated
	 */
	EAttribute getServiceCentre_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.ServiceCentre#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.retailerdesk.model.ServiceCentre#getName()
	 * @see #getServiceCentre()
	 * @generated
	 */
	EAttribute getServiceCentre_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.ServiceCentre#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.retailerdesk.model.ServiceCentre#getAddress()
	 * @see #getServiceCentre()
	 * @generated
	 */
	EAttribute getServiceCentre_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.ServiceCentre#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.retailerdesk.model.ServiceCentre#getPhone()
	 * @see #getServiceCentre()
	 * @generated
	 */
	EAttribute getServiceCentre_Phone();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.District <em>District</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>District</em>'.
	 * @see org.retailerdesk.model.District
	 * @generated
	 */
	EClass getDistrict();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.District#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.retailerdesk.model.District#getCode()
	 * @see #getDistrict()
	 * @generated
	 */
	EAttribute getDistrict_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.District#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.retailerdesk.model.District#getName()
	 * @see #getDistrict()
	 * @generated
	 */
	EAttribute getDistrict_Name();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.District#getCentre <em>Centre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Centre</em>'.
	 * @see org.retailerdesk.model.District#getCentre()
	 * @see #getDistrict()
	 * @generated
	 */
	EReference getDistrict_Centre();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.District#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.retailerdesk.model.District#isActive()
	 * @see #getDistrict()
	 * @generated
	 */
	EAttribute getDistrict_Active();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.MarketDepartment <em>Market Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Market Department</em>'.
	 * @see org.retailerdesk.model.MarketDepartment
	 * @generated
	 */
	EClass getMarketDepartment();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.MarketDepartment#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.retailerdesk.model.MarketDepartment#getCode()
	 * @see #getMarketDepartment()
	 * @generated
	 */
	EAttribute getMarketDepartment_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.MarketDepartment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.retailerdesk.model.MarketDepartment#getName()
	 * @see #getMarketDepartment()
	 * @generated
	 */
	EAttribute getMarketDepartment_Name();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.MarketDepartment#getDistrict <em>District</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>District</em>'.
	 * @see org.retailerdesk.model.MarketDepartment#getDistrict()
	 * @see #getMarketDepartment()
	 * @generated
	 */
	EReference getMarketDepartment_District();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.MarketDepartment#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.retailerdesk.model.MarketDepartment#isActive()
	 * @see #getMarketDepartment()
	 * @generated
	 */
	EAttribute getMarketDepartment_Active();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.DeliveryRoute <em>Delivery Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delivery Route</em>'.
	 * @see org.retailerdesk.model.DeliveryRoute
	 * @generated
	 */
	EClass getDeliveryRoute();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.DeliveryRoute#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.retailerdesk.model.DeliveryRoute#getCode()
	 * @see #getDeliveryRoute()
	 * @generated
	 */
	EAttribute getDeliveryRoute_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.DeliveryRoute#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.retailerdesk.model.DeliveryRoute#getName()
	 * @see #getDeliveryRoute()
	 * @generated
	 */
	EAttribute getDeliveryRoute_Name();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.DeliveryRoute#getMarketDepartment <em>Market Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Market Department</em>'.
	 * @see org.retailerdesk.model.DeliveryRoute#getMarketDepartment()
	 * @see #getDeliveryRoute()
	 * @generated
	 */
	EReference getDeliveryRoute_MarketDepartment();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.DeliveryRoute#getOrderDay <em>Order Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order Day</em>'.
	 * @see org.retailerdesk.model.DeliveryRoute#getOrderDay()
	 * @see #getDeliveryRoute()
	 * @generated
	 */
	EAttribute getDeliveryRoute_OrderDay();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.DeliveryRoute#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.retailerdesk.model.DeliveryRoute#isActive()
	 * @see #getDeliveryRoute()
	 * @generated
	 */
	EAttribute getDeliveryRoute_Active();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.Staff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staff</em>'.
	 * @see org.retailerdesk.model.Staff
	 * @generated
	 */
	EClass getStaff();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Staff#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.retailerdesk.model.Staff#getCode()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Staff#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.retailerdesk.model.Staff#getName()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Staff#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.retailerdesk.model.Staff#getRole()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Staff#getManagerGrade <em>Manager Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manager Grade</em>'.
	 * @see org.retailerdesk.model.Staff#getManagerGrade()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_ManagerGrade();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Staff#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.retailerdesk.model.Staff#getPhone()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Phone();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Staff#getMarketDepartment <em>Market Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Market Department</em>'.
	 * @see org.retailerdesk.model.Staff#getMarketDepartment()
	 * @see #getStaff()
	 * @generated
	 */
	EReference getStaff_MarketDepartment();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Staff#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.retailerdesk.model.Staff#isActive()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_Active();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Staff#getHireDate <em>Hire Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hire Date</em>'.
	 * @see org.retailerdesk.model.Staff#getHireDate()
	 * @see #getStaff()
	 * @generated
	 */
	EAttribute getStaff_HireDate();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.Retailer <em>Retailer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retailer</em>'.
	 * @see org.retailerdesk.model.Retailer
	 * @generated
	 */
	EClass getRetailer();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getCustomerCode <em>Customer Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Code</em>'.
	 * @see org.retailerdesk.model.Retailer#getCustomerCode()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_CustomerCode();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getLicenceNumber <em>Licence Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence Number</em>'.
	 * @see org.retailerdesk.model.Retailer#getLicenceNumber()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_LicenceNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getShopName <em>Shop Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shop Name</em>'.
	 * @see org.retailerdesk.model.Retailer#getShopName()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_ShopName();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.retailerdesk.model.Retailer#getOwner()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.retailerdesk.model.Retailer#getAddress()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getBusinessScope <em>Business Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Scope</em>'.
	 * @see org.retailerdesk.model.Retailer#getBusinessScope()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_BusinessScope();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getBusinessFormat <em>Business Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Format</em>'.
	 * @see org.retailerdesk.model.Retailer#getBusinessFormat()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_BusinessFormat();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getOrderingMethod <em>Ordering Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ordering Method</em>'.
	 * @see org.retailerdesk.model.Retailer#getOrderingMethod()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_OrderingMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.retailerdesk.model.Retailer#getStatus()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_Status();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Retailer#getDistrict <em>District</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>District</em>'.
	 * @see org.retailerdesk.model.Retailer#getDistrict()
	 * @see #getRetailer()
	 * @generated
	 */
	EReference getRetailer_District();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Retailer#getMarketDepartment <em>Market Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Market Department</em>'.
	 * @see org.retailerdesk.model.Retailer#getMarketDepartment()
	 * @see #getRetailer()
	 * @generated
	 */
	EReference getRetailer_MarketDepartment();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getFloorArea <em>Floor Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Floor Area</em>'.
	 * @see org.retailerdesk.model.Retailer#getFloorArea()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_FloorArea();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Retailer#getCustomerManager <em>Customer Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer Manager</em>'.
	 * @see org.retailerdesk.model.Retailer#getCustomerManager()
	 * @see #getRetailer()
	 * @generated
	 */
	EReference getRetailer_CustomerManager();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Retailer#getPhoneOrderClerk <em>Phone Order Clerk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Phone Order Clerk</em>'.
	 * @see org.retailerdesk.model.Retailer#getPhoneOrderClerk()
	 * @see #getRetailer()
	 * @generated
	 */
	EReference getRetailer_PhoneOrderClerk();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Retailer#getDeliveryStaff <em>Delivery Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Delivery Staff</em>'.
	 * @see org.retailerdesk.model.Retailer#getDeliveryStaff()
	 * @see #getRetailer()
	 * @generated
	 */
	EReference getRetailer_DeliveryStaff();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Retailer#getDeliveryRoute <em>Delivery Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Delivery Route</em>'.
	 * @see org.retailerdesk.model.Retailer#getDeliveryRoute()
	 * @see #getRetailer()
	 * @generated
	 */
	EReference getRetailer_DeliveryRoute();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getOrderDay <em>Order Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order Day</em>'.
	 * @see org.retailerdesk.model.Retailer#getOrderDay()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_OrderDay();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getVisitBatch <em>Visit Batch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visit Batch</em>'.
	 * @see org.retailerdesk.model.Retailer#getVisitBatch()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_VisitBatch();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getOrdersPerMonth <em>Orders Per Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Orders Per Month</em>'.
	 * @see org.retailerdesk.model.Retailer#getOrdersPerMonth()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_OrdersPerMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getLicenceType <em>Licence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence Type</em>'.
	 * @see org.retailerdesk.model.Retailer#getLicenceType()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_LicenceType();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getLicenceIssued <em>Licence Issued</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence Issued</em>'.
	 * @see org.retailerdesk.model.Retailer#getLicenceIssued()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_LicenceIssued();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getLicenceExpiry <em>Licence Expiry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence Expiry</em>'.
	 * @see org.retailerdesk.model.Retailer#getLicenceExpiry()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_LicenceExpiry();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getAnnualReviewDate <em>Annual Review Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Review Date</em>'.
	 * @see org.retailerdesk.model.Retailer#getAnnualReviewDate()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_AnnualReviewDate();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Retailer#getLicenceOfficer <em>Licence Officer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Licence Officer</em>'.
	 * @see org.retailerdesk.model.Retailer#getLicenceOfficer()
	 * @see #getRetailer()
	 * @generated
	 */
	EReference getRetailer_LicenceOfficer();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getClassificationCode <em>Classification Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classification Code</em>'.
	 * @see org.retailerdesk.model.Retailer#getClassificationCode()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_ClassificationCode();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getCreditLevel <em>Credit Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credit Level</em>'.
	 * @see org.retailerdesk.model.Retailer#getCreditLevel()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_CreditLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getComplianceNote <em>Compliance Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compliance Note</em>'.
	 * @see org.retailerdesk.model.Retailer#getComplianceNote()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_ComplianceNote();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#isMonitored <em>Monitored</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monitored</em>'.
	 * @see org.retailerdesk.model.Retailer#isMonitored()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_Monitored();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#isModelShop <em>Model Shop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Shop</em>'.
	 * @see org.retailerdesk.model.Retailer#isModelShop()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_ModelShop();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Retailer#getMutualAidGroup <em>Mutual Aid Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mutual Aid Group</em>'.
	 * @see org.retailerdesk.model.Retailer#getMutualAidGroup()
	 * @see #getRetailer()
	 * @generated
	 */
	EReference getRetailer_MutualAidGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.retailerdesk.model.Retailer#getGrade()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getMarketType <em>Market Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Market Type</em>'.
	 * @see org.retailerdesk.model.Retailer#getMarketType()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_MarketType();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.retailerdesk.model.Retailer#getScale()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getMonthlyQuantity <em>Monthly Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monthly Quantity</em>'.
	 * @see org.retailerdesk.model.Retailer#getMonthlyQuantity()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_MonthlyQuantity();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getMonthlyAmount <em>Monthly Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monthly Amount</em>'.
	 * @see org.retailerdesk.model.Retailer#getMonthlyAmount()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_MonthlyAmount();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getAveragePrice <em>Average Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Average Price</em>'.
	 * @see org.retailerdesk.model.Retailer#getAveragePrice()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_AveragePrice();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getBrandCount <em>Brand Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Brand Count</em>'.
	 * @see org.retailerdesk.model.Retailer#getBrandCount()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_BrandCount();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getStock <em>Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stock</em>'.
	 * @see org.retailerdesk.model.Retailer#getStock()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_Stock();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getContactPerson <em>Contact Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Person</em>'.
	 * @see org.retailerdesk.model.Retailer#getContactPerson()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_ContactPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getContactPhone <em>Contact Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Phone</em>'.
	 * @see org.retailerdesk.model.Retailer#getContactPhone()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_ContactPhone();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Retailer#getContactAddress <em>Contact Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Address</em>'.
	 * @see org.retailerdesk.model.Retailer#getContactAddress()
	 * @see #getRetailer()
	 * @generated
	 */
	EAttribute getRetailer_ContactAddress();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.RetailerImage <em>Retailer Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retailer Image</em>'.
	 * @see org.retailerdesk.model.RetailerImage
	 * @generated
	 */
	EClass getRetailerImage();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.RetailerImage#getRetailer <em>Retailer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Retailer</em>'.
	 * @see org.retailerdesk.model.RetailerImage#getRetailer()
	 * @see #getRetailerImage()
	 * @generated
	 */
	EReference getRetailerImage_Retailer();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.RetailerImage#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.retailerdesk.model.RetailerImage#getKind()
	 * @see #getRetailerImage()
	 * @generated
	 */
	EAttribute getRetailerImage_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.RetailerImage#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.retailerdesk.model.RetailerImage#getPath()
	 * @see #getRetailerImage()
	 * @generated
	 */
	EAttribute getRetailerImage_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.RetailerImage#getTakenOn <em>Taken On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taken On</em>'.
	 * @see org.retailerdesk.model.RetailerImage#getTakenOn()
	 * @see #getRetailerImage()
	 * @generated
	 */
	EAttribute getRetailerImage_TakenOn();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.RetailerImage#getCaption <em>Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption</em>'.
	 * @see org.retailerdesk.model.RetailerImage#getCaption()
	 * @see #getRetailerImage()
	 * @generated
	 */
	EAttribute getRetailerImage_Caption();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.OperatingRecord <em>Operating Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operating Record</em>'.
	 * @see org.retailerdesk.model.OperatingRecord
	 * @generated
	 */
	EClass getOperatingRecord();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.OperatingRecord#getRetailer <em>Retailer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Retailer</em>'.
	 * @see org.retailerdesk.model.OperatingRecord#getRetailer()
	 * @see #getOperatingRecord()
	 * @generated
	 */
	EReference getOperatingRecord_Retailer();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.OperatingRecord#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.retailerdesk.model.OperatingRecord#getDate()
	 * @see #getOperatingRecord()
	 * @generated
	 */
	EAttribute getOperatingRecord_Date();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.OperatingRecord#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Recorded By</em>'.
	 * @see org.retailerdesk.model.OperatingRecord#getRecordedBy()
	 * @see #getOperatingRecord()
	 * @generated
	 */
	EReference getOperatingRecord_RecordedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.OperatingRecord#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.retailerdesk.model.OperatingRecord#getNote()
	 * @see #getOperatingRecord()
	 * @generated
	 */
	EAttribute getOperatingRecord_Note();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.Inspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inspection</em>'.
	 * @see org.retailerdesk.model.Inspection
	 * @generated
	 */
	EClass getInspection();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Inspection#getHygiene <em>Hygiene</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hygiene</em>'.
	 * @see org.retailerdesk.model.Inspection#getHygiene()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Hygiene();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Inspection#getDisplay <em>Display</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display</em>'.
	 * @see org.retailerdesk.model.Inspection#getDisplay()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Display();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Inspection#getPriceMarking <em>Price Marking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price Marking</em>'.
	 * @see org.retailerdesk.model.Inspection#getPriceMarking()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_PriceMarking();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Inspection#getHonestOperation <em>Honest Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Honest Operation</em>'.
	 * @see org.retailerdesk.model.Inspection#getHonestOperation()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_HonestOperation();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Inspection#getVisit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Visit</em>'.
	 * @see org.retailerdesk.model.Inspection#getVisit()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Visit();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.StockCount <em>Stock Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stock Count</em>'.
	 * @see org.retailerdesk.model.StockCount
	 * @generated
	 */
	EClass getStockCount();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.StockCount#getCartons <em>Cartons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cartons</em>'.
	 * @see org.retailerdesk.model.StockCount#getCartons()
	 * @see #getStockCount()
	 * @generated
	 */
	EAttribute getStockCount_Cartons();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.StockCount#getBrandsInStock <em>Brands In Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Brands In Stock</em>'.
	 * @see org.retailerdesk.model.StockCount#getBrandsInStock()
	 * @see #getStockCount()
	 * @generated
	 */
	EAttribute getStockCount_BrandsInStock();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.Guidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Guidance</em>'.
	 * @see org.retailerdesk.model.Guidance
	 * @generated
	 */
	EClass getGuidance();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Guidance#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.retailerdesk.model.Guidance#getTopic()
	 * @see #getGuidance()
	 * @generated
	 */
	EAttribute getGuidance_Topic();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.PriorityHousehold <em>Priority Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Household</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold
	 * @generated
	 */
	EClass getPriorityHousehold();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.PriorityHousehold#getRetailer <em>Retailer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Retailer</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getRetailer()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EReference getPriorityHousehold_Retailer();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getCategory()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#getEvidenceType <em>Evidence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Type</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getEvidenceType()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_EvidenceType();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#getEvidenceNumber <em>Evidence Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Number</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getEvidenceNumber()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_EvidenceNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#getEvidenceIssuer <em>Evidence Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Issuer</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getEvidenceIssuer()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_EvidenceIssuer();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#getEvidenceDate <em>Evidence Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Date</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getEvidenceDate()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_EvidenceDate();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.PriorityHousehold#getVerifiedBy <em>Verified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Verified By</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getVerifiedBy()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EReference getPriorityHousehold_VerifiedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#getVerifiedOn <em>Verified On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verified On</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getVerifiedOn()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_VerifiedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#getReviewDate <em>Review Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Date</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getReviewDate()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_ReviewDate();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#getExpiryDate <em>Expiry Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiry Date</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getExpiryDate()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_ExpiryDate();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#getPreferenceRule <em>Preference Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preference Rule</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getPreferenceRule()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_PreferenceRule();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#getPreferenceValue <em>Preference Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preference Value</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getPreferenceValue()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_PreferenceValue();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#getHelpGiven <em>Help Given</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Help Given</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#getHelpGiven()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_HelpGiven();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PriorityHousehold#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.retailerdesk.model.PriorityHousehold#isActive()
	 * @see #getPriorityHousehold()
	 * @generated
	 */
	EAttribute getPriorityHousehold_Active();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.Brand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Brand</em>'.
	 * @see org.retailerdesk.model.Brand
	 * @generated
	 */
	EClass getBrand();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Brand#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.retailerdesk.model.Brand#getCode()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Brand#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.retailerdesk.model.Brand#getName()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Brand#getPriceBand <em>Price Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price Band</em>'.
	 * @see org.retailerdesk.model.Brand#getPriceBand()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_PriceBand();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Brand#getPricePerCarton <em>Price Per Carton</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price Per Carton</em>'.
	 * @see org.retailerdesk.model.Brand#getPricePerCarton()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_PricePerCarton();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Brand#isScarce <em>Scarce</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scarce</em>'.
	 * @see org.retailerdesk.model.Brand#isScarce()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Scarce();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Brand#getManufacturer <em>Manufacturer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manufacturer</em>'.
	 * @see org.retailerdesk.model.Brand#getManufacturer()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Manufacturer();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Brand#getRetailPricePerCarton <em>Retail Price Per Carton</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retail Price Per Carton</em>'.
	 * @see org.retailerdesk.model.Brand#getRetailPricePerCarton()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_RetailPricePerCarton();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Brand#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.retailerdesk.model.Brand#isActive()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Active();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.AllocationRound <em>Allocation Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allocation Round</em>'.
	 * @see org.retailerdesk.model.AllocationRound
	 * @generated
	 */
	EClass getAllocationRound();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRound#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.retailerdesk.model.AllocationRound#getCode()
	 * @see #getAllocationRound()
	 * @generated
	 */
	EAttribute getAllocationRound_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRound#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.retailerdesk.model.AllocationRound#getTitle()
	 * @see #getAllocationRound()
	 * @generated
	 */
	EAttribute getAllocationRound_Title();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.AllocationRound#getBrand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Brand</em>'.
	 * @see org.retailerdesk.model.AllocationRound#getBrand()
	 * @see #getAllocationRound()
	 * @generated
	 */
	EReference getAllocationRound_Brand();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRound#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.retailerdesk.model.AllocationRound#getPeriodStart()
	 * @see #getAllocationRound()
	 * @generated
	 */
	EAttribute getAllocationRound_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRound#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.retailerdesk.model.AllocationRound#getPeriodEnd()
	 * @see #getAllocationRound()
	 * @generated
	 */
	EAttribute getAllocationRound_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRound#getTotalQuantity <em>Total Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Quantity</em>'.
	 * @see org.retailerdesk.model.AllocationRound#getTotalQuantity()
	 * @see #getAllocationRound()
	 * @generated
	 */
	EAttribute getAllocationRound_TotalQuantity();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRound#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.retailerdesk.model.AllocationRound#getMethod()
	 * @see #getAllocationRound()
	 * @generated
	 */
	EAttribute getAllocationRound_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRound#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.retailerdesk.model.AllocationRound#getStatus()
	 * @see #getAllocationRound()
	 * @generated
	 */
	EAttribute getAllocationRound_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRound#getPublishedOn <em>Published On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published On</em>'.
	 * @see org.retailerdesk.model.AllocationRound#getPublishedOn()
	 * @see #getAllocationRound()
	 * @generated
	 */
	EAttribute getAllocationRound_PublishedOn();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.AllocationRule <em>Allocation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allocation Rule</em>'.
	 * @see org.retailerdesk.model.AllocationRule
	 * @generated
	 */
	EClass getAllocationRule();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.AllocationRule#getRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Round</em>'.
	 * @see org.retailerdesk.model.AllocationRule#getRound()
	 * @see #getAllocationRule()
	 * @generated
	 */
	EReference getAllocationRule_Round();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRule#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.retailerdesk.model.AllocationRule#getKind()
	 * @see #getAllocationRule()
	 * @generated
	 */
	EAttribute getAllocationRule_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRule#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimension</em>'.
	 * @see org.retailerdesk.model.AllocationRule#getDimension()
	 * @see #getAllocationRule()
	 * @generated
	 */
	EAttribute getAllocationRule_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRule#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.retailerdesk.model.AllocationRule#getKey()
	 * @see #getAllocationRule()
	 * @generated
	 */
	EAttribute getAllocationRule_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRule#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.retailerdesk.model.AllocationRule#getValue()
	 * @see #getAllocationRule()
	 * @generated
	 */
	EAttribute getAllocationRule_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationRule#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.retailerdesk.model.AllocationRule#getPosition()
	 * @see #getAllocationRule()
	 * @generated
	 */
	EAttribute getAllocationRule_Position();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.AllocationLine <em>Allocation Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allocation Line</em>'.
	 * @see org.retailerdesk.model.AllocationLine
	 * @generated
	 */
	EClass getAllocationLine();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.AllocationLine#getRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Round</em>'.
	 * @see org.retailerdesk.model.AllocationLine#getRound()
	 * @see #getAllocationLine()
	 * @generated
	 */
	EReference getAllocationLine_Round();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.AllocationLine#getRetailer <em>Retailer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Retailer</em>'.
	 * @see org.retailerdesk.model.AllocationLine#getRetailer()
	 * @see #getAllocationLine()
	 * @generated
	 */
	EReference getAllocationLine_Retailer();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationLine#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.retailerdesk.model.AllocationLine#getGrade()
	 * @see #getAllocationLine()
	 * @generated
	 */
	EAttribute getAllocationLine_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationLine#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.retailerdesk.model.AllocationLine#getQuantity()
	 * @see #getAllocationLine()
	 * @generated
	 */
	EAttribute getAllocationLine_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationLine#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see org.retailerdesk.model.AllocationLine#getExplanation()
	 * @see #getAllocationLine()
	 * @generated
	 */
	EAttribute getAllocationLine_Explanation();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationLine#isOverridden <em>Overridden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overridden</em>'.
	 * @see org.retailerdesk.model.AllocationLine#isOverridden()
	 * @see #getAllocationLine()
	 * @generated
	 */
	EAttribute getAllocationLine_Overridden();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.AllocationLine#getOverrideReason <em>Override Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Override Reason</em>'.
	 * @see org.retailerdesk.model.AllocationLine#getOverrideReason()
	 * @see #getAllocationLine()
	 * @generated
	 */
	EAttribute getAllocationLine_OverrideReason();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.AllocationLine#getOverriddenBy <em>Overridden By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Overridden By</em>'.
	 * @see org.retailerdesk.model.AllocationLine#getOverriddenBy()
	 * @see #getAllocationLine()
	 * @generated
	 */
	EReference getAllocationLine_OverriddenBy();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy</em>'.
	 * @see org.retailerdesk.model.Policy
	 * @generated
	 */
	EClass getPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Policy#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.retailerdesk.model.Policy#getCode()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Policy#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.retailerdesk.model.Policy#getTitle()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Policy#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.retailerdesk.model.Policy#getCategory()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Policy#getIssuedOn <em>Issued On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued On</em>'.
	 * @see org.retailerdesk.model.Policy#getIssuedOn()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_IssuedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Policy#getEffectiveFrom <em>Effective From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective From</em>'.
	 * @see org.retailerdesk.model.Policy#getEffectiveFrom()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_EffectiveFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Policy#getEffectiveTo <em>Effective To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective To</em>'.
	 * @see org.retailerdesk.model.Policy#getEffectiveTo()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_EffectiveTo();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Policy#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.retailerdesk.model.Policy#getSummary()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Policy#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.retailerdesk.model.Policy#getIssuer()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Policy#getFullText <em>Full Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full Text</em>'.
	 * @see org.retailerdesk.model.Policy#getFullText()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_FullText();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Policy#getAttachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attachment</em>'.
	 * @see org.retailerdesk.model.Policy#getAttachment()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Attachment();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Policy#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.retailerdesk.model.Policy#getScope()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Scope();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.PublicityRecord <em>Publicity Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Publicity Record</em>'.
	 * @see org.retailerdesk.model.PublicityRecord
	 * @generated
	 */
	EClass getPublicityRecord();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.PublicityRecord#getRetailer <em>Retailer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Retailer</em>'.
	 * @see org.retailerdesk.model.PublicityRecord#getRetailer()
	 * @see #getPublicityRecord()
	 * @generated
	 */
	EReference getPublicityRecord_Retailer();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.PublicityRecord#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Policy</em>'.
	 * @see org.retailerdesk.model.PublicityRecord#getPolicy()
	 * @see #getPublicityRecord()
	 * @generated
	 */
	EReference getPublicityRecord_Policy();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PublicityRecord#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.retailerdesk.model.PublicityRecord#getDate()
	 * @see #getPublicityRecord()
	 * @generated
	 */
	EAttribute getPublicityRecord_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PublicityRecord#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.retailerdesk.model.PublicityRecord#getChannel()
	 * @see #getPublicityRecord()
	 * @generated
	 */
	EAttribute getPublicityRecord_Channel();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.PublicityRecord#getDeliveredBy <em>Delivered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Delivered By</em>'.
	 * @see org.retailerdesk.model.PublicityRecord#getDeliveredBy()
	 * @see #getPublicityRecord()
	 * @generated
	 */
	EReference getPublicityRecord_DeliveredBy();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PublicityRecord#getAcknowledgement <em>Acknowledgement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledgement</em>'.
	 * @see org.retailerdesk.model.PublicityRecord#getAcknowledgement()
	 * @see #getPublicityRecord()
	 * @generated
	 */
	EAttribute getPublicityRecord_Acknowledgement();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.PublicityRecord#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.retailerdesk.model.PublicityRecord#getNote()
	 * @see #getPublicityRecord()
	 * @generated
	 */
	EAttribute getPublicityRecord_Note();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.PublicityRecord#getVisit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Visit</em>'.
	 * @see org.retailerdesk.model.PublicityRecord#getVisit()
	 * @see #getPublicityRecord()
	 * @generated
	 */
	EReference getPublicityRecord_Visit();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.Visit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Visit</em>'.
	 * @see org.retailerdesk.model.Visit
	 * @generated
	 */
	EClass getVisit();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Visit#getRetailer <em>Retailer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Retailer</em>'.
	 * @see org.retailerdesk.model.Visit#getRetailer()
	 * @see #getVisit()
	 * @generated
	 */
	EReference getVisit_Retailer();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.Visit#getVisitor <em>Visitor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Visitor</em>'.
	 * @see org.retailerdesk.model.Visit#getVisitor()
	 * @see #getVisit()
	 * @generated
	 */
	EReference getVisit_Visitor();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Visit#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.retailerdesk.model.Visit#getDate()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Visit#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.retailerdesk.model.Visit#getPurpose()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Visit#isShopOpen <em>Shop Open</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shop Open</em>'.
	 * @see org.retailerdesk.model.Visit#isShopOpen()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_ShopOpen();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Visit#getSalesNote <em>Sales Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sales Note</em>'.
	 * @see org.retailerdesk.model.Visit#getSalesNote()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_SalesNote();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Visit#getStockNote <em>Stock Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stock Note</em>'.
	 * @see org.retailerdesk.model.Visit#getStockNote()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_StockNote();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Visit#getComplianceNote <em>Compliance Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compliance Note</em>'.
	 * @see org.retailerdesk.model.Visit#getComplianceNote()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_ComplianceNote();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Visit#getNewProductNote <em>New Product Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Product Note</em>'.
	 * @see org.retailerdesk.model.Visit#getNewProductNote()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_NewProductNote();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Visit#getComplaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complaint</em>'.
	 * @see org.retailerdesk.model.Visit#getComplaint()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Complaint();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Visit#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.retailerdesk.model.Visit#getNote()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Visit#getFollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up</em>'.
	 * @see org.retailerdesk.model.Visit#getFollowUp()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_FollowUp();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.Visit#getFollowUpDue <em>Follow Up Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up Due</em>'.
	 * @see org.retailerdesk.model.Visit#getFollowUpDue()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_FollowUpDue();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.MutualAidGroup <em>Mutual Aid Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutual Aid Group</em>'.
	 * @see org.retailerdesk.model.MutualAidGroup
	 * @generated
	 */
	EClass getMutualAidGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.MutualAidGroup#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.retailerdesk.model.MutualAidGroup#getCode()
	 * @see #getMutualAidGroup()
	 * @generated
	 */
	EAttribute getMutualAidGroup_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.MutualAidGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.retailerdesk.model.MutualAidGroup#getName()
	 * @see #getMutualAidGroup()
	 * @generated
	 */
	EAttribute getMutualAidGroup_Name();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.MutualAidGroup#getMarketDepartment <em>Market Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Market Department</em>'.
	 * @see org.retailerdesk.model.MutualAidGroup#getMarketDepartment()
	 * @see #getMutualAidGroup()
	 * @generated
	 */
	EReference getMutualAidGroup_MarketDepartment();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.MutualAidGroup#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.retailerdesk.model.MutualAidGroup#isActive()
	 * @see #getMutualAidGroup()
	 * @generated
	 */
	EAttribute getMutualAidGroup_Active();

	/**
	 * Returns the meta object for class '{@link org.retailerdesk.model.LicenceEvent <em>Licence Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Licence Event</em>'.
	 * @see org.retailerdesk.model.LicenceEvent
	 * @generated
	 */
	EClass getLicenceEvent();

	/**
	 * Returns the meta object for the reference '{@link org.retailerdesk.model.LicenceEvent#getRetailer <em>Retailer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Retailer</em>'.
	 * @see org.retailerdesk.model.LicenceEvent#getRetailer()
	 * @see #getLicenceEvent()
	 * @generated
	 */
	EReference getLicenceEvent_Retailer();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.LicenceEvent#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.retailerdesk.model.LicenceEvent#getDate()
	 * @see #getLicenceEvent()
	 * @generated
	 */
	EAttribute getLicenceEvent_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.LicenceEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.retailerdesk.model.LicenceEvent#getKind()
	 * @see #getLicenceEvent()
	 * @generated
	 */
	EAttribute getLicenceEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.LicenceEvent#getOldValue <em>Old Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Value</em>'.
	 * @see org.retailerdesk.model.LicenceEvent#getOldValue()
	 * @see #getLicenceEvent()
	 * @generated
	 */
	EAttribute getLicenceEvent_OldValue();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.LicenceEvent#getNewValue <em>New Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Value</em>'.
	 * @see org.retailerdesk.model.LicenceEvent#getNewValue()
	 * @see #getLicenceEvent()
	 * @generated
	 */
	EAttribute getLicenceEvent_NewValue();

	/**
	 * Returns the meta object for the attribute '{@link org.retailerdesk.model.LicenceEvent#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.retailerdesk.model.LicenceEvent#getNote()
	 * @see #getLicenceEvent()
	 * @generated
	 */
	EAttribute getLicenceEvent_Note();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.BusinessFormat <em>Business Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Business Format</em>'.
	 * @see org.retailerdesk.model.BusinessFormat
	 * @generated
	 */
	EEnum getBusinessFormat();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.OrderingMethod <em>Ordering Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ordering Method</em>'.
	 * @see org.retailerdesk.model.OrderingMethod
	 * @generated
	 */
	EEnum getOrderingMethod();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.Weekday <em>Weekday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weekday</em>'.
	 * @see org.retailerdesk.model.Weekday
	 * @generated
	 */
	EEnum getWeekday();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.MarketType <em>Market Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Market Type</em>'.
	 * @see org.retailerdesk.model.MarketType
	 * @generated
	 */
	EEnum getMarketType();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.BusinessScale <em>Business Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Business Scale</em>'.
	 * @see org.retailerdesk.model.BusinessScale
	 * @generated
	 */
	EEnum getBusinessScale();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.LicenceType <em>Licence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Licence Type</em>'.
	 * @see org.retailerdesk.model.LicenceType
	 * @generated
	 */
	EEnum getLicenceType();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.CreditLevel <em>Credit Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Credit Level</em>'.
	 * @see org.retailerdesk.model.CreditLevel
	 * @generated
	 */
	EEnum getCreditLevel();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.LicenceEventKind <em>Licence Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Licence Event Kind</em>'.
	 * @see org.retailerdesk.model.LicenceEventKind
	 * @generated
	 */
	EEnum getLicenceEventKind();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.RetailerStatus <em>Retailer Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Retailer Status</em>'.
	 * @see org.retailerdesk.model.RetailerStatus
	 * @generated
	 */
	EEnum getRetailerStatus();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.StaffRole <em>Staff Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Staff Role</em>'.
	 * @see org.retailerdesk.model.StaffRole
	 * @generated
	 */
	EEnum getStaffRole();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.ImageKind <em>Image Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Image Kind</em>'.
	 * @see org.retailerdesk.model.ImageKind
	 * @generated
	 */
	EEnum getImageKind();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.InspectionResult <em>Inspection Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Inspection Result</em>'.
	 * @see org.retailerdesk.model.InspectionResult
	 * @generated
	 */
	EEnum getInspectionResult();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.GuidanceTopic <em>Guidance Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Guidance Topic</em>'.
	 * @see org.retailerdesk.model.GuidanceTopic
	 * @generated
	 */
	EEnum getGuidanceTopic();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.AssistanceCategory <em>Assistance Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assistance Category</em>'.
	 * @see org.retailerdesk.model.AssistanceCategory
	 * @generated
	 */
	EEnum getAssistanceCategory();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.PreferenceRule <em>Preference Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Preference Rule</em>'.
	 * @see org.retailerdesk.model.PreferenceRule
	 * @generated
	 */
	EEnum getPreferenceRule();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.PriceBand <em>Price Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Price Band</em>'.
	 * @see org.retailerdesk.model.PriceBand
	 * @generated
	 */
	EEnum getPriceBand();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.AllocationMethod <em>Allocation Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Allocation Method</em>'.
	 * @see org.retailerdesk.model.AllocationMethod
	 * @generated
	 */
	EEnum getAllocationMethod();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.RoundStatus <em>Round Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Round Status</em>'.
	 * @see org.retailerdesk.model.RoundStatus
	 * @generated
	 */
	EEnum getRoundStatus();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.RuleKind <em>Rule Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rule Kind</em>'.
	 * @see org.retailerdesk.model.RuleKind
	 * @generated
	 */
	EEnum getRuleKind();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.PolicyCategory <em>Policy Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Policy Category</em>'.
	 * @see org.retailerdesk.model.PolicyCategory
	 * @generated
	 */
	EEnum getPolicyCategory();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.PublicityChannel <em>Publicity Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Publicity Channel</em>'.
	 * @see org.retailerdesk.model.PublicityChannel
	 * @generated
	 */
	EEnum getPublicityChannel();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.Acknowledgement <em>Acknowledgement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Acknowledgement</em>'.
	 * @see org.retailerdesk.model.Acknowledgement
	 * @generated
	 */
	EEnum getAcknowledgement();

	/**
	 * Returns the meta object for enum '{@link org.retailerdesk.model.VisitPurpose <em>Visit Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Visit Purpose</em>'.
	 * @see org.retailerdesk.model.VisitPurpose
	 * @generated
	 */
	EEnum getVisitPurpose();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time of day; as text ISO-8601 (yyyy-MM-dd).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RetailerdeskFactory getRetailerdeskFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.EntityImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ID = eINSTANCE.getEntity_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__VERSION = eINSTANCE.getEntity_Version();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.ServiceCentreImpl <em>Service Centre</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.ServiceCentreImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getServiceCentre()
		 * @generated
		 */
		EClass SERVICE_CENTRE = eINSTANCE.getServiceCentre();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTRE__CODE = eINSTANCE.getServiceCentre_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTRE__NAME = eINSTANCE.getServiceCentre_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTRE__ADDRESS = eINSTANCE.getServiceCentre_Address();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTRE__PHONE = eINSTANCE.getServiceCentre_Phone();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.DistrictImpl <em>District</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.DistrictImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getDistrict()
		 * @generated
		 */
		EClass DISTRICT = eINSTANCE.getDistrict();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRICT__CODE = eINSTANCE.getDistrict_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRICT__NAME = eINSTANCE.getDistrict_Name();

		/**
		 * The meta object literal for the '<em><b>Centre</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISTRICT__CENTRE = eINSTANCE.getDistrict_Centre();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRICT__ACTIVE = eINSTANCE.getDistrict_Active();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.MarketDepartmentImpl <em>Market Department</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.MarketDepartmentImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getMarketDepartment()
		 * @generated
		 */
		EClass MARKET_DEPARTMENT = eINSTANCE.getMarketDepartment();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKET_DEPARTMENT__CODE = eINSTANCE.getMarketDepartment_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKET_DEPARTMENT__NAME = eINSTANCE.getMarketDepartment_Name();

		/**
		 * The meta object literal for the '<em><b>District</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MARKET_DEPARTMENT__DISTRICT = eINSTANCE.getMarketDepartment_District();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKET_DEPARTMENT__ACTIVE = eINSTANCE.getMarketDepartment_Active();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.DeliveryRouteImpl <em>Delivery Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.DeliveryRouteImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getDeliveryRoute()
		 * @generated
		 */
		EClass DELIVERY_ROUTE = eINSTANCE.getDeliveryRoute();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_ROUTE__CODE = eINSTANCE.getDeliveryRoute_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_ROUTE__NAME = eINSTANCE.getDeliveryRoute_Name();

		/**
		 * The meta object literal for the '<em><b>Market Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERY_ROUTE__MARKET_DEPARTMENT = eINSTANCE.getDeliveryRoute_MarketDepartment();

		/**
		 * The meta object literal for the '<em><b>Order Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_ROUTE__ORDER_DAY = eINSTANCE.getDeliveryRoute_OrderDay();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_ROUTE__ACTIVE = eINSTANCE.getDeliveryRoute_Active();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.StaffImpl <em>Staff</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.StaffImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getStaff()
		 * @generated
		 */
		EClass STAFF = eINSTANCE.getStaff();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__CODE = eINSTANCE.getStaff_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__NAME = eINSTANCE.getStaff_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__ROLE = eINSTANCE.getStaff_Role();

		/**
		 * The meta object literal for the '<em><b>Manager Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__MANAGER_GRADE = eINSTANCE.getStaff_ManagerGrade();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__PHONE = eINSTANCE.getStaff_Phone();

		/**
		 * The meta object literal for the '<em><b>Market Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF__MARKET_DEPARTMENT = eINSTANCE.getStaff_MarketDepartment();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__ACTIVE = eINSTANCE.getStaff_Active();

		/**
		 * The meta object literal for the '<em><b>Hire Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF__HIRE_DATE = eINSTANCE.getStaff_HireDate();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.RetailerImpl <em>Retailer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.RetailerImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getRetailer()
		 * @generated
		 */
		EClass RETAILER = eINSTANCE.getRetailer();

		/**
		 * The meta object literal for the '<em><b>Customer Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__CUSTOMER_CODE = eINSTANCE.getRetailer_CustomerCode();

		/**
		 * The meta object literal for the '<em><b>Licence Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__LICENCE_NUMBER = eINSTANCE.getRetailer_LicenceNumber();

		/**
		 * The meta object literal for the '<em><b>Shop Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__SHOP_NAME = eINSTANCE.getRetailer_ShopName();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__OWNER = eINSTANCE.getRetailer_Owner();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__ADDRESS = eINSTANCE.getRetailer_Address();

		/**
		 * The meta object literal for the '<em><b>Business Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__BUSINESS_SCOPE = eINSTANCE.getRetailer_BusinessScope();

		/**
		 * The meta object literal for the '<em><b>Business Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__BUSINESS_FORMAT = eINSTANCE.getRetailer_BusinessFormat();

		/**
		 * The meta object literal for the '<em><b>Ordering Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__ORDERING_METHOD = eINSTANCE.getRetailer_OrderingMethod();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__STATUS = eINSTANCE.getRetailer_Status();

		/**
		 * The meta object literal for the '<em><b>District</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETAILER__DISTRICT = eINSTANCE.getRetailer_District();

		/**
		 * The meta object literal for the '<em><b>Market Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETAILER__MARKET_DEPARTMENT = eINSTANCE.getRetailer_MarketDepartment();

		/**
		 * The meta object literal for the '<em><b>Floor Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__FLOOR_AREA = eINSTANCE.getRetailer_FloorArea();

		/**
		 * The meta object literal for the '<em><b>Customer Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETAILER__CUSTOMER_MANAGER = eINSTANCE.getRetailer_CustomerManager();

		/**
		 * The meta object literal for the '<em><b>Phone Order Clerk</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETAILER__PHONE_ORDER_CLERK = eINSTANCE.getRetailer_PhoneOrderClerk();

		/**
		 * The meta object literal for the '<em><b>Delivery Staff</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETAILER__DELIVERY_STAFF = eINSTANCE.getRetailer_DeliveryStaff();

		/**
		 * The meta object literal for the '<em><b>Delivery Route</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETAILER__DELIVERY_ROUTE = eINSTANCE.getRetailer_DeliveryRoute();

		/**
		 * The meta object literal for the '<em><b>Order Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__ORDER_DAY = eINSTANCE.getRetailer_OrderDay();

		/**
		 * The meta object literal for the '<em><b>Visit Batch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__VISIT_BATCH = eINSTANCE.getRetailer_VisitBatch();

		/**
		 * The meta object literal for the '<em><b>Orders Per Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__ORDERS_PER_MONTH = eINSTANCE.getRetailer_OrdersPerMonth();

		/**
		 * The meta object literal for the '<em><b>Licence Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__LICENCE_TYPE = eINSTANCE.getRetailer_LicenceType();

		/**
		 * The meta object literal for the '<em><b>Licence Issued</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__LICENCE_ISSUED = eINSTANCE.getRetailer_LicenceIssued();

		/**
		 * The meta object literal for the '<em><b>Licence Expiry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__LICENCE_EXPIRY = eINSTANCE.getRetailer_LicenceExpiry();

		/**
		 * The meta object literal for the '<em><b>Annual Review Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__ANNUAL_REVIEW_DATE = eINSTANCE.getRetailer_AnnualReviewDate();

		/**
		 * The meta object literal for the '<em><b>Licence Officer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETAILER__LICENCE_OFFICER = eINSTANCE.getRetailer_LicenceOfficer();

		/**
		 * The meta object literal for the '<em><b>Classification Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__CLASSIFICATION_CODE = eINSTANCE.getRetailer_ClassificationCode();

		/**
		 * The meta object literal for the '<em><b>Credit Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__CREDIT_LEVEL = eINSTANCE.getRetailer_CreditLevel();

		/**
		 * The meta object literal for the '<em><b>Compliance Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__COMPLIANCE_NOTE = eINSTANCE.getRetailer_ComplianceNote();

		/**
		 * The meta object literal for the '<em><b>Monitored</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__MONITORED = eINSTANCE.getRetailer_Monitored();

		/**
		 * The meta object literal for the '<em><b>Model Shop</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__MODEL_SHOP = eINSTANCE.getRetailer_ModelShop();

		/**
		 * The meta object literal for the '<em><b>Mutual Aid Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETAILER__MUTUAL_AID_GROUP = eINSTANCE.getRetailer_MutualAidGroup();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__GRADE = eINSTANCE.getRetailer_Grade();

		/**
		 * The meta object literal for the '<em><b>Market Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__MARKET_TYPE = eINSTANCE.getRetailer_MarketType();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__SCALE = eINSTANCE.getRetailer_Scale();

		/**
		 * The meta object literal for the '<em><b>Monthly Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__MONTHLY_QUANTITY = eINSTANCE.getRetailer_MonthlyQuantity();

		/**
		 * The meta object literal for the '<em><b>Monthly Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__MONTHLY_AMOUNT = eINSTANCE.getRetailer_MonthlyAmount();

		/**
		 * The meta object literal for the '<em><b>Average Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__AVERAGE_PRICE = eINSTANCE.getRetailer_AveragePrice();

		/**
		 * The meta object literal for the '<em><b>Brand Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__BRAND_COUNT = eINSTANCE.getRetailer_BrandCount();

		/**
		 * The meta object literal for the '<em><b>Stock</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__STOCK = eINSTANCE.getRetailer_Stock();

		/**
		 * The meta object literal for the '<em><b>Contact Person</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__CONTACT_PERSON = eINSTANCE.getRetailer_ContactPerson();

		/**
		 * The meta object literal for the '<em><b>Contact Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__CONTACT_PHONE = eINSTANCE.getRetailer_ContactPhone();

		/**
		 * The meta object literal for the '<em><b>Contact Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER__CONTACT_ADDRESS = eINSTANCE.getRetailer_ContactAddress();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.RetailerImageImpl <em>Retailer Image</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.RetailerImageImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getRetailerImage()
		 * @generated
		 */
		EClass RETAILER_IMAGE = eINSTANCE.getRetailerImage();

		/**
		 * The meta object literal for the '<em><b>Retailer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETAILER_IMAGE__RETAILER = eINSTANCE.getRetailerImage_Retailer();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER_IMAGE__KIND = eINSTANCE.getRetailerImage_Kind();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER_IMAGE__PATH = eINSTANCE.getRetailerImage_Path();

		/**
		 * The meta object literal for the '<em><b>Taken On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER_IMAGE__TAKEN_ON = eINSTANCE.getRetailerImage_TakenOn();

		/**
		 * The meta object literal for the '<em><b>Caption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETAILER_IMAGE__CAPTION = eINSTANCE.getRetailerImage_Caption();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.OperatingRecordImpl <em>Operating Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.OperatingRecordImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getOperatingRecord()
		 * @generated
		 */
		EClass OPERATING_RECORD = eINSTANCE.getOperatingRecord();

		/**
		 * The meta object literal for the '<em><b>Retailer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATING_RECORD__RETAILER = eINSTANCE.getOperatingRecord_Retailer();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_RECORD__DATE = eINSTANCE.getOperatingRecord_Date();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATING_RECORD__RECORDED_BY = eINSTANCE.getOperatingRecord_RecordedBy();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_RECORD__NOTE = eINSTANCE.getOperatingRecord_Note();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.InspectionImpl <em>Inspection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.InspectionImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getInspection()
		 * @generated
		 */
		EClass INSPECTION = eINSTANCE.getInspection();

		/**
		 * The meta object literal for the '<em><b>Hygiene</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__HYGIENE = eINSTANCE.getInspection_Hygiene();

		/**
		 * The meta object literal for the '<em><b>Display</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__DISPLAY = eINSTANCE.getInspection_Display();

		/**
		 * The meta object literal for the '<em><b>Price Marking</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__PRICE_MARKING = eINSTANCE.getInspection_PriceMarking();

		/**
		 * The meta object literal for the '<em><b>Honest Operation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__HONEST_OPERATION = eINSTANCE.getInspection_HonestOperation();

		/**
		 * The meta object literal for the '<em><b>Visit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__VISIT = eINSTANCE.getInspection_Visit();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.StockCountImpl <em>Stock Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.StockCountImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getStockCount()
		 * @generated
		 */
		EClass STOCK_COUNT = eINSTANCE.getStockCount();

		/**
		 * The meta object literal for the '<em><b>Cartons</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK_COUNT__CARTONS = eINSTANCE.getStockCount_Cartons();

		/**
		 * The meta object literal for the '<em><b>Brands In Stock</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK_COUNT__BRANDS_IN_STOCK = eINSTANCE.getStockCount_BrandsInStock();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.GuidanceImpl <em>Guidance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.GuidanceImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getGuidance()
		 * @generated
		 */
		EClass GUIDANCE = eINSTANCE.getGuidance();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE__TOPIC = eINSTANCE.getGuidance_Topic();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.PriorityHouseholdImpl <em>Priority Household</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.PriorityHouseholdImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPriorityHousehold()
		 * @generated
		 */
		EClass PRIORITY_HOUSEHOLD = eINSTANCE.getPriorityHousehold();

		/**
		 * The meta object literal for the '<em><b>Retailer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_HOUSEHOLD__RETAILER = eINSTANCE.getPriorityHousehold_Retailer();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__CATEGORY = eINSTANCE.getPriorityHousehold_Category();

		/**
		 * The meta object literal for the '<em><b>Evidence Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__EVIDENCE_TYPE = eINSTANCE.getPriorityHousehold_EvidenceType();

		/**
		 * The meta object literal for the '<em><b>Evidence Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER = eINSTANCE.getPriorityHousehold_EvidenceNumber();

		/**
		 * The meta object literal for the '<em><b>Evidence Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__EVIDENCE_ISSUER = eINSTANCE.getPriorityHousehold_EvidenceIssuer();

		/**
		 * The meta object literal for the '<em><b>Evidence Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__EVIDENCE_DATE = eINSTANCE.getPriorityHousehold_EvidenceDate();

		/**
		 * The meta object literal for the '<em><b>Verified By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_HOUSEHOLD__VERIFIED_BY = eINSTANCE.getPriorityHousehold_VerifiedBy();

		/**
		 * The meta object literal for the '<em><b>Verified On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__VERIFIED_ON = eINSTANCE.getPriorityHousehold_VerifiedOn();

		/**
		 * The meta object literal for the '<em><b>Review Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__REVIEW_DATE = eINSTANCE.getPriorityHousehold_ReviewDate();

		/**
		 * The meta object literal for the '<em><b>Expiry Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__EXPIRY_DATE = eINSTANCE.getPriorityHousehold_ExpiryDate();

		/**
		 * The meta object literal for the '<em><b>Preference Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__PREFERENCE_RULE = eINSTANCE.getPriorityHousehold_PreferenceRule();

		/**
		 * The meta object literal for the '<em><b>Preference Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__PREFERENCE_VALUE = eINSTANCE.getPriorityHousehold_PreferenceValue();

		/**
		 * The meta object literal for the '<em><b>Help Given</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__HELP_GIVEN = eINSTANCE.getPriorityHousehold_HelpGiven();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_HOUSEHOLD__ACTIVE = eINSTANCE.getPriorityHousehold_Active();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.BrandImpl <em>Brand</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.BrandImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getBrand()
		 * @generated
		 */
		EClass BRAND = eINSTANCE.getBrand();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__CODE = eINSTANCE.getBrand_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__NAME = eINSTANCE.getBrand_Name();

		/**
		 * The meta object literal for the '<em><b>Price Band</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__PRICE_BAND = eINSTANCE.getBrand_PriceBand();

		/**
		 * The meta object literal for the '<em><b>Price Per Carton</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__PRICE_PER_CARTON = eINSTANCE.getBrand_PricePerCarton();

		/**
		 * The meta object literal for the '<em><b>Scarce</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__SCARCE = eINSTANCE.getBrand_Scarce();

		/**
		 * The meta object literal for the '<em><b>Manufacturer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__MANUFACTURER = eINSTANCE.getBrand_Manufacturer();

		/**
		 * The meta object literal for the '<em><b>Retail Price Per Carton</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__RETAIL_PRICE_PER_CARTON = eINSTANCE.getBrand_RetailPricePerCarton();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__ACTIVE = eINSTANCE.getBrand_Active();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.AllocationRoundImpl <em>Allocation Round</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.AllocationRoundImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAllocationRound()
		 * @generated
		 */
		EClass ALLOCATION_ROUND = eINSTANCE.getAllocationRound();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_ROUND__CODE = eINSTANCE.getAllocationRound_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_ROUND__TITLE = eINSTANCE.getAllocationRound_Title();

		/**
		 * The meta object literal for the '<em><b>Brand</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_ROUND__BRAND = eINSTANCE.getAllocationRound_Brand();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_ROUND__PERIOD_START = eINSTANCE.getAllocationRound_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_ROUND__PERIOD_END = eINSTANCE.getAllocationRound_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Total Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_ROUND__TOTAL_QUANTITY = eINSTANCE.getAllocationRound_TotalQuantity();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_ROUND__METHOD = eINSTANCE.getAllocationRound_Method();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_ROUND__STATUS = eINSTANCE.getAllocationRound_Status();

		/**
		 * The meta object literal for the '<em><b>Published On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_ROUND__PUBLISHED_ON = eINSTANCE.getAllocationRound_PublishedOn();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.AllocationRuleImpl <em>Allocation Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.AllocationRuleImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAllocationRule()
		 * @generated
		 */
		EClass ALLOCATION_RULE = eINSTANCE.getAllocationRule();

		/**
		 * The meta object literal for the '<em><b>Round</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_RULE__ROUND = eINSTANCE.getAllocationRule_Round();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RULE__KIND = eINSTANCE.getAllocationRule_Kind();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RULE__DIMENSION = eINSTANCE.getAllocationRule_Dimension();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RULE__KEY = eINSTANCE.getAllocationRule_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RULE__VALUE = eINSTANCE.getAllocationRule_Value();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RULE__POSITION = eINSTANCE.getAllocationRule_Position();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.AllocationLineImpl <em>Allocation Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.AllocationLineImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAllocationLine()
		 * @generated
		 */
		EClass ALLOCATION_LINE = eINSTANCE.getAllocationLine();

		/**
		 * The meta object literal for the '<em><b>Round</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_LINE__ROUND = eINSTANCE.getAllocationLine_Round();

		/**
		 * The meta object literal for the '<em><b>Retailer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_LINE__RETAILER = eINSTANCE.getAllocationLine_Retailer();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_LINE__GRADE = eINSTANCE.getAllocationLine_Grade();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_LINE__QUANTITY = eINSTANCE.getAllocationLine_Quantity();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_LINE__EXPLANATION = eINSTANCE.getAllocationLine_Explanation();

		/**
		 * The meta object literal for the '<em><b>Overridden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_LINE__OVERRIDDEN = eINSTANCE.getAllocationLine_Overridden();

		/**
		 * The meta object literal for the '<em><b>Override Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_LINE__OVERRIDE_REASON = eINSTANCE.getAllocationLine_OverrideReason();

		/**
		 * The meta object literal for the '<em><b>Overridden By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_LINE__OVERRIDDEN_BY = eINSTANCE.getAllocationLine_OverriddenBy();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.PolicyImpl <em>Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.PolicyImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPolicy()
		 * @generated
		 */
		EClass POLICY = eINSTANCE.getPolicy();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__CODE = eINSTANCE.getPolicy_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__TITLE = eINSTANCE.getPolicy_Title();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__CATEGORY = eINSTANCE.getPolicy_Category();

		/**
		 * The meta object literal for the '<em><b>Issued On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__ISSUED_ON = eINSTANCE.getPolicy_IssuedOn();

		/**
		 * The meta object literal for the '<em><b>Effective From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__EFFECTIVE_FROM = eINSTANCE.getPolicy_EffectiveFrom();

		/**
		 * The meta object literal for the '<em><b>Effective To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__EFFECTIVE_TO = eINSTANCE.getPolicy_EffectiveTo();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__SUMMARY = eINSTANCE.getPolicy_Summary();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__ISSUER = eINSTANCE.getPolicy_Issuer();

		/**
		 * The meta object literal for the '<em><b>Full Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__FULL_TEXT = eINSTANCE.getPolicy_FullText();

		/**
		 * The meta object literal for the '<em><b>Attachment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__ATTACHMENT = eINSTANCE.getPolicy_Attachment();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__SCOPE = eINSTANCE.getPolicy_Scope();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.PublicityRecordImpl <em>Publicity Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.PublicityRecordImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPublicityRecord()
		 * @generated
		 */
		EClass PUBLICITY_RECORD = eINSTANCE.getPublicityRecord();

		/**
		 * The meta object literal for the '<em><b>Retailer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PUBLICITY_RECORD__RETAILER = eINSTANCE.getPublicityRecord_Retailer();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PUBLICITY_RECORD__POLICY = eINSTANCE.getPublicityRecord_Policy();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICITY_RECORD__DATE = eINSTANCE.getPublicityRecord_Date();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICITY_RECORD__CHANNEL = eINSTANCE.getPublicityRecord_Channel();

		/**
		 * The meta object literal for the '<em><b>Delivered By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PUBLICITY_RECORD__DELIVERED_BY = eINSTANCE.getPublicityRecord_DeliveredBy();

		/**
		 * The meta object literal for the '<em><b>Acknowledgement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICITY_RECORD__ACKNOWLEDGEMENT = eINSTANCE.getPublicityRecord_Acknowledgement();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICITY_RECORD__NOTE = eINSTANCE.getPublicityRecord_Note();

		/**
		 * The meta object literal for the '<em><b>Visit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PUBLICITY_RECORD__VISIT = eINSTANCE.getPublicityRecord_Visit();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.VisitImpl <em>Visit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.VisitImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getVisit()
		 * @generated
		 */
		EClass VISIT = eINSTANCE.getVisit();

		/**
		 * The meta object literal for the '<em><b>Retailer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT__RETAILER = eINSTANCE.getVisit_Retailer();

		/**
		 * The meta object literal for the '<em><b>Visitor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT__VISITOR = eINSTANCE.getVisit_Visitor();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__DATE = eINSTANCE.getVisit_Date();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__PURPOSE = eINSTANCE.getVisit_Purpose();

		/**
		 * The meta object literal for the '<em><b>Shop Open</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__SHOP_OPEN = eINSTANCE.getVisit_ShopOpen();

		/**
		 * The meta object literal for the '<em><b>Sales Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__SALES_NOTE = eINSTANCE.getVisit_SalesNote();

		/**
		 * The meta object literal for the '<em><b>Stock Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__STOCK_NOTE = eINSTANCE.getVisit_StockNote();

		/**
		 * The meta object literal for the '<em><b>Compliance Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__COMPLIANCE_NOTE = eINSTANCE.getVisit_ComplianceNote();

		/**
		 * The meta object literal for the '<em><b>New Product Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__NEW_PRODUCT_NOTE = eINSTANCE.getVisit_NewProductNote();

		/**
		 * The meta object literal for the '<em><b>Complaint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__COMPLAINT = eINSTANCE.getVisit_Complaint();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__NOTE = eINSTANCE.getVisit_Note();

		/**
		 * The meta object literal for the '<em><b>Follow Up</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__FOLLOW_UP = eINSTANCE.getVisit_FollowUp();

		/**
		 * The meta object literal for the '<em><b>Follow Up Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__FOLLOW_UP_DUE = eINSTANCE.getVisit_FollowUpDue();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.MutualAidGroupImpl <em>Mutual Aid Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.MutualAidGroupImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getMutualAidGroup()
		 * @generated
		 */
		EClass MUTUAL_AID_GROUP = eINSTANCE.getMutualAidGroup();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTUAL_AID_GROUP__CODE = eINSTANCE.getMutualAidGroup_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTUAL_AID_GROUP__NAME = eINSTANCE.getMutualAidGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Market Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTUAL_AID_GROUP__MARKET_DEPARTMENT = eINSTANCE.getMutualAidGroup_MarketDepartment();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTUAL_AID_GROUP__ACTIVE = eINSTANCE.getMutualAidGroup_Active();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.impl.LicenceEventImpl <em>Licence Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.impl.LicenceEventImpl
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getLicenceEvent()
		 * @generated
		 */
		EClass LICENCE_EVENT = eINSTANCE.getLicenceEvent();

		/**
		 * The meta object literal for the '<em><b>Retailer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LICENCE_EVENT__RETAILER = eINSTANCE.getLicenceEvent_Retailer();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENCE_EVENT__DATE = eINSTANCE.getLicenceEvent_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENCE_EVENT__KIND = eINSTANCE.getLicenceEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Old Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENCE_EVENT__OLD_VALUE = eINSTANCE.getLicenceEvent_OldValue();

		/**
		 * The meta object literal for the '<em><b>New Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENCE_EVENT__NEW_VALUE = eINSTANCE.getLicenceEvent_NewValue();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENCE_EVENT__NOTE = eINSTANCE.getLicenceEvent_Note();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.BusinessFormat <em>Business Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.BusinessFormat
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getBusinessFormat()
		 * @generated
		 */
		EEnum BUSINESS_FORMAT = eINSTANCE.getBusinessFormat();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.OrderingMethod <em>Ordering Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.OrderingMethod
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getOrderingMethod()
		 * @generated
		 */
		EEnum ORDERING_METHOD = eINSTANCE.getOrderingMethod();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.Weekday <em>Weekday</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.Weekday
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getWeekday()
		 * @generated
		 */
		EEnum WEEKDAY = eINSTANCE.getWeekday();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.MarketType <em>Market Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.MarketType
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getMarketType()
		 * @generated
		 */
		EEnum MARKET_TYPE = eINSTANCE.getMarketType();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.BusinessScale <em>Business Scale</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.BusinessScale
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getBusinessScale()
		 * @generated
		 */
		EEnum BUSINESS_SCALE = eINSTANCE.getBusinessScale();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.LicenceType <em>Licence Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.LicenceType
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getLicenceType()
		 * @generated
		 */
		EEnum LICENCE_TYPE = eINSTANCE.getLicenceType();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.CreditLevel <em>Credit Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.CreditLevel
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getCreditLevel()
		 * @generated
		 */
		EEnum CREDIT_LEVEL = eINSTANCE.getCreditLevel();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.LicenceEventKind <em>Licence Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.LicenceEventKind
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getLicenceEventKind()
		 * @generated
		 */
		EEnum LICENCE_EVENT_KIND = eINSTANCE.getLicenceEventKind();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.RetailerStatus <em>Retailer Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.RetailerStatus
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getRetailerStatus()
		 * @generated
		 */
		EEnum RETAILER_STATUS = eINSTANCE.getRetailerStatus();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.StaffRole <em>Staff Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.StaffRole
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getStaffRole()
		 * @generated
		 */
		EEnum STAFF_ROLE = eINSTANCE.getStaffRole();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.ImageKind <em>Image Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.ImageKind
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getImageKind()
		 * @generated
		 */
		EEnum IMAGE_KIND = eINSTANCE.getImageKind();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.InspectionResult <em>Inspection Result</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.InspectionResult
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getInspectionResult()
		 * @generated
		 */
		EEnum INSPECTION_RESULT = eINSTANCE.getInspectionResult();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.GuidanceTopic <em>Guidance Topic</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.GuidanceTopic
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getGuidanceTopic()
		 * @generated
		 */
		EEnum GUIDANCE_TOPIC = eINSTANCE.getGuidanceTopic();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.AssistanceCategory <em>Assistance Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.AssistanceCategory
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAssistanceCategory()
		 * @generated
		 */
		EEnum ASSISTANCE_CATEGORY = eINSTANCE.getAssistanceCategory();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.PreferenceRule <em>Preference Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.PreferenceRule
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPreferenceRule()
		 * @generated
		 */
		EEnum PREFERENCE_RULE = eINSTANCE.getPreferenceRule();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.PriceBand <em>Price Band</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.PriceBand
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPriceBand()
		 * @generated
		 */
		EEnum PRICE_BAND = eINSTANCE.getPriceBand();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.AllocationMethod <em>Allocation Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.AllocationMethod
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAllocationMethod()
		 * @generated
		 */
		EEnum ALLOCATION_METHOD = eINSTANCE.getAllocationMethod();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.RoundStatus <em>Round Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.RoundStatus
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getRoundStatus()
		 * @generated
		 */
		EEnum ROUND_STATUS = eINSTANCE.getRoundStatus();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.RuleKind <em>Rule Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.RuleKind
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getRuleKind()
		 * @generated
		 */
		EEnum RULE_KIND = eINSTANCE.getRuleKind();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.PolicyCategory <em>Policy Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.PolicyCategory
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPolicyCategory()
		 * @generated
		 */
		EEnum POLICY_CATEGORY = eINSTANCE.getPolicyCategory();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.PublicityChannel <em>Publicity Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.PublicityChannel
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getPublicityChannel()
		 * @generated
		 */
		EEnum PUBLICITY_CHANNEL = eINSTANCE.getPublicityChannel();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.Acknowledgement <em>Acknowledgement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.Acknowledgement
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getAcknowledgement()
		 * @generated
		 */
		EEnum ACKNOWLEDGEMENT = eINSTANCE.getAcknowledgement();

		/**
		 * The meta object literal for the '{@link org.retailerdesk.model.VisitPurpose <em>Visit Purpose</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.retailerdesk.model.VisitPurpose
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getVisitPurpose()
		 * @generated
		 */
		EEnum VISIT_PURPOSE = eINSTANCE.getVisitPurpose();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.retailerdesk.model.impl.RetailerdeskPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //RetailerdeskPackage
