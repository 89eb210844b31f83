/**
 */
package org.retailerdesk.model.impl;

import java.time.LocalDate;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Staff</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.StaffImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.StaffImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.StaffImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.StaffImpl#getManagerGrade <em>Manager Grade</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.StaffImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.StaffImpl#getMarketDepartment <em>Market Department</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.StaffImpl#isActive <em>Active</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.StaffImpl#getHireDate <em>Hire Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaffImpl extends EntityImpl implements Staff {
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
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final StaffRole ROLE_EDEFAULT = StaffRole.CUSTOMER_MANAGER;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected StaffRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getManagerGrade() <em>Manager Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagerGrade()
	 * @generated
	 * @ordered
	 */
	protected static final int MANAGER_GRADE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getManagerGrade() <em>Manager Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagerGrade()
	 * @generated
	 * @ordered
	 */
	protected int managerGrade = MANAGER_GRADE_EDEFAULT;

	/**
	 * This is true if the Manager Grade attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean managerGradeESet;

	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

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
	protected static final boolean ACTIVE_EDEFAULT = false;

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
	 * The default value of the '{@link #getHireDate() <em>Hire Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHireDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate HIRE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHireDate() <em>Hire Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHireDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate hireDate = HIRE_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StaffImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.STAFF;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.STAFF__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.STAFF__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(StaffRole newRole) {
		StaffRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.STAFF__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getManagerGrade() {
		return managerGrade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagerGrade(int newManagerGrade) {
		int oldManagerGrade = managerGrade;
		managerGrade = newManagerGrade;
		boolean oldManagerGradeESet = managerGradeESet;
		managerGradeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.STAFF__MANAGER_GRADE, oldManagerGrade, managerGrade, !oldManagerGradeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetManagerGrade() {
		int oldManagerGrade = managerGrade;
		boolean oldManagerGradeESet = managerGradeESet;
		managerGrade = MANAGER_GRADE_EDEFAULT;
		managerGradeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RetailerdeskPackage.STAFF__MANAGER_GRADE, oldManagerGrade, MANAGER_GRADE_EDEFAULT, oldManagerGradeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetManagerGrade() {
		return managerGradeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.STAFF__PHONE, oldPhone, phone));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.STAFF__MARKET_DEPARTMENT, oldMarketDepartment, marketDepartment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.STAFF__MARKET_DEPARTMENT, oldMarketDepartment, marketDepartment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.STAFF__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getHireDate() {
		return hireDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHireDate(LocalDate newHireDate) {
		LocalDate oldHireDate = hireDate;
		hireDate = newHireDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.STAFF__HIRE_DATE, oldHireDate, hireDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.STAFF__CODE:
				return getCode();
			case RetailerdeskPackage.STAFF__NAME:
				return getName();
			case RetailerdeskPackage.STAFF__ROLE:
				return getRole();
			case RetailerdeskPackage.STAFF__MANAGER_GRADE:
				return getManagerGrade();
			case RetailerdeskPackage.STAFF__PHONE:
				return getPhone();
			case RetailerdeskPackage.STAFF__MARKET_DEPARTMENT:
				if (resolve) return getMarketDepartment();
				return basicGetMarketDepartment();
			case RetailerdeskPackage.STAFF__ACTIVE:
				return isActive();
			case RetailerdeskPackage.STAFF__HIRE_DATE:
				return getHireDate();
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
			case RetailerdeskPackage.STAFF__CODE:
				setCode((String)newValue);
				return;
			case RetailerdeskPackage.STAFF__NAME:
				setName((String)newValue);
				return;
			case RetailerdeskPackage.STAFF__ROLE:
				setRole((StaffRole)newValue);
				return;
			case RetailerdeskPackage.STAFF__MANAGER_GRADE:
				setManagerGrade((Integer)newValue);
				return;
			case RetailerdeskPackage.STAFF__PHONE:
				setPhone((String)newValue);
				return;
			case RetailerdeskPackage.STAFF__MARKET_DEPARTMENT:
				setMarketDepartment((MarketDepartment)newValue);
				return;
			case RetailerdeskPackage.STAFF__ACTIVE:
				setActive((Boolean)newValue);
				return;
			case RetailerdeskPackage.STAFF__HIRE_DATE:
				setHireDate((LocalDate)newValue);
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
			case RetailerdeskPackage.STAFF__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RetailerdeskPackage.STAFF__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RetailerdeskPackage.STAFF__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case RetailerdeskPackage.STAFF__MANAGER_GRADE:
				unsetManagerGrade();
				return;
			case RetailerdeskPackage.STAFF__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case RetailerdeskPackage.STAFF__MARKET_DEPARTMENT:
				setMarketDepartment((MarketDepartment)null);
				return;
			case RetailerdeskPackage.STAFF__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
			case RetailerdeskPackage.STAFF__HIRE_DATE:
				setHireDate(HIRE_DATE_EDEFAULT);
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
			case RetailerdeskPackage.STAFF__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RetailerdeskPackage.STAFF__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RetailerdeskPackage.STAFF__ROLE:
				return role != ROLE_EDEFAULT;
			case RetailerdeskPackage.STAFF__MANAGER_GRADE:
				return isSetManagerGrade();
			case RetailerdeskPackage.STAFF__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case RetailerdeskPackage.STAFF__MARKET_DEPARTMENT:
				return marketDepartment != null;
			case RetailerdeskPackage.STAFF__ACTIVE:
				return active != ACTIVE_EDEFAULT;
			case RetailerdeskPackage.STAFF__HIRE_DATE:
				return HIRE_DATE_EDEFAULT == null ? hireDate != null : !HIRE_DATE_EDEFAULT.equals(hireDate);
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
		result.append(", role: "); //$NON-NLS-1$
		result.append(role);
		result.append(", managerGrade: "); //$NON-NLS-1$
		if (managerGradeESet) result.append(managerGrade); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", phone: "); //$NON-NLS-1$
		result.append(phone);
		result.append(", active: "); //$NON-NLS-1$
		result.append(active);
		result.append(", hireDate: "); //$NON-NLS-1$
		result.append(hireDate);
		result.append(')');
		return result.toString();
	}

} //StaffImpl
