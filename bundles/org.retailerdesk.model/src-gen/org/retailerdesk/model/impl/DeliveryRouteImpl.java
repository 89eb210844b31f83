/**
 */
package org.retailerdesk.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Weekday;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Delivery Route</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.DeliveryRouteImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.DeliveryRouteImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.DeliveryRouteImpl#getMarketDepartment <em>Market Department</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.DeliveryRouteImpl#getOrderDay <em>Order Day</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.DeliveryRouteImpl#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeliveryRouteImpl extends EntityImpl implements DeliveryRoute {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeliveryRouteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.DELIVERY_ROUTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.DELIVERY_ROUTE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.DELIVERY_ROUTE__NAME, oldName, name));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.DELIVERY_ROUTE__MARKET_DEPARTMENT, oldMarketDepartment, marketDepartment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.DELIVERY_ROUTE__MARKET_DEPARTMENT, oldMarketDepartment, marketDepartment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.DELIVERY_ROUTE__ORDER_DAY, oldOrderDay, orderDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.DELIVERY_ROUTE__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.DELIVERY_ROUTE__CODE:
				return getCode();
			case RetailerdeskPackage.DELIVERY_ROUTE__NAME:
				return getName();
			case RetailerdeskPackage.DELIVERY_ROUTE__MARKET_DEPARTMENT:
				if (resolve) return getMarketDepartment();
				return basicGetMarketDepartment();
			case RetailerdeskPackage.DELIVERY_ROUTE__ORDER_DAY:
				return getOrderDay();
			case RetailerdeskPackage.DELIVERY_ROUTE__ACTIVE:
				return isActive();
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
			case RetailerdeskPackage.DELIVERY_ROUTE__CODE:
				setCode((String)newValue);
				return;
			case RetailerdeskPackage.DELIVERY_ROUTE__NAME:
				setName((String)newValue);
				return;
			case RetailerdeskPackage.DELIVERY_ROUTE__MARKET_DEPARTMENT:
				setMarketDepartment((MarketDepartment)newValue);
				return;
			case RetailerdeskPackage.DELIVERY_ROUTE__ORDER_DAY:
				setOrderDay((Weekday)newValue);
				return;
			case RetailerdeskPackage.DELIVERY_ROUTE__ACTIVE:
				setActive((Boolean)newValue);
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
			case RetailerdeskPackage.DELIVERY_ROUTE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RetailerdeskPackage.DELIVERY_ROUTE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RetailerdeskPackage.DELIVERY_ROUTE__MARKET_DEPARTMENT:
				setMarketDepartment((MarketDepartment)null);
				return;
			case RetailerdeskPackage.DELIVERY_ROUTE__ORDER_DAY:
				setOrderDay(ORDER_DAY_EDEFAULT);
				return;
			case RetailerdeskPackage.DELIVERY_ROUTE__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
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
			case RetailerdeskPackage.DELIVERY_ROUTE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RetailerdeskPackage.DELIVERY_ROUTE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RetailerdeskPackage.DELIVERY_ROUTE__MARKET_DEPARTMENT:
				return marketDepartment != null;
			case RetailerdeskPackage.DELIVERY_ROUTE__ORDER_DAY:
				return orderDay != ORDER_DAY_EDEFAULT;
			case RetailerdeskPackage.DELIVERY_ROUTE__ACTIVE:
				return active != ACTIVE_EDEFAULT;
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
		result.append(" (code: "); //$NON-NLS-1$
		result.append(code);
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", orderDay: "); //$NON-NLS-1$
		result.append(orderDay);
		result.append(", active: "); //$NON-NLS-1$
		result.append(active);
		result.append(')');
		return result.toString();
	}

} //DeliveryRouteImpl
