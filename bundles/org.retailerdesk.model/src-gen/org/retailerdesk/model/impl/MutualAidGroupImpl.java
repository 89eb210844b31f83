/**
 */
package org.retailerdesk.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.RetailerdeskPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mutual Aid Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.MutualAidGroupImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.MutualAidGroupImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.MutualAidGroupImpl#getMarketDepartment <em>Market Department</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.MutualAidGroupImpl#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MutualAidGroupImpl extends EntityImpl implements MutualAidGroup {
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
	protected MutualAidGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.MUTUAL_AID_GROUP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.MUTUAL_AID_GROUP__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.MUTUAL_AID_GROUP__NAME, oldName, name));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.MUTUAL_AID_GROUP__MARKET_DEPARTMENT, oldMarketDepartment, marketDepartment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.MUTUAL_AID_GROUP__MARKET_DEPARTMENT, oldMarketDepartment, marketDepartment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.MUTUAL_AID_GROUP__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.MUTUAL_AID_GROUP__CODE:
				return getCode();
			case RetailerdeskPackage.MUTUAL_AID_GROUP__NAME:
				return getName();
			case RetailerdeskPackage.MUTUAL_AID_GROUP__MARKET_DEPARTMENT:
				if (resolve) return getMarketDepartment();
				return basicGetMarketDepartment();
			case RetailerdeskPackage.MUTUAL_AID_GROUP__ACTIVE:
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
			case RetailerdeskPackage.MUTUAL_AID_GROUP__CODE:
				setCode((String)newValue);
				return;
			case RetailerdeskPackage.MUTUAL_AID_GROUP__NAME:
				setName((String)newValue);
				return;
			case RetailerdeskPackage.MUTUAL_AID_GROUP__MARKET_DEPARTMENT:
				setMarketDepartment((MarketDepartment)newValue);
				return;
			case RetailerdeskPackage.MUTUAL_AID_GROUP__ACTIVE:
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
			case RetailerdeskPackage.MUTUAL_AID_GROUP__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RetailerdeskPackage.MUTUAL_AID_GROUP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RetailerdeskPackage.MUTUAL_AID_GROUP__MARKET_DEPARTMENT:
				setMarketDepartment((MarketDepartment)null);
				return;
			case RetailerdeskPackage.MUTUAL_AID_GROUP__ACTIVE:
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
			case RetailerdeskPackage.MUTUAL_AID_GROUP__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RetailerdeskPackage.MUTUAL_AID_GROUP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RetailerdeskPackage.MUTUAL_AID_GROUP__MARKET_DEPARTMENT:
				return marketDepartment != null;
			case RetailerdeskPackage.MUTUAL_AID_GROUP__ACTIVE:
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
		result.append(", active: "); //$NON-NLS-1$
		result.append(active);
		result.append(')');
		return result.toString();
	}

} //MutualAidGroupImpl
