/**
 */
package org.retailerdesk.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.AllocationMethod;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.RoundStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Allocation Round</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.AllocationRoundImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationRoundImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationRoundImpl#getBrand <em>Brand</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationRoundImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationRoundImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationRoundImpl#getTotalQuantity <em>Total Quantity</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationRoundImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationRoundImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationRoundImpl#getPublishedOn <em>Published On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AllocationRoundImpl extends EntityImpl implements AllocationRound {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBrand() <em>Brand</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrand()
	 * @generated
	 * @ordered
	 */
	protected Brand brand;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalQuantity() <em>Total Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final int TOTAL_QUANTITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTotalQuantity() <em>Total Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalQuantity()
	 * @generated
	 * @ordered
	 */
	protected int totalQuantity = TOTAL_QUANTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final AllocationMethod METHOD_EDEFAULT = AllocationMethod.BY_GRADE;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected AllocationMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RoundStatus STATUS_EDEFAULT = RoundStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RoundStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublishedOn() <em>Published On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PUBLISHED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedOn() <em>Published On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate publishedOn = PUBLISHED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AllocationRoundImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.ALLOCATION_ROUND;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_ROUND__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_ROUND__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Brand getBrand() {
		if (brand != null && brand.eIsProxy()) {
			InternalEObject oldBrand = (InternalEObject)brand;
			brand = (Brand)eResolveProxy(oldBrand);
			if (brand != oldBrand) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.ALLOCATION_ROUND__BRAND, oldBrand, brand));
			}
		}
		return brand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Brand basicGetBrand() {
		return brand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrand(Brand newBrand) {
		Brand oldBrand = brand;
		brand = newBrand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_ROUND__BRAND, oldBrand, brand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(LocalDate newPeriodStart) {
		LocalDate oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_ROUND__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(LocalDate newPeriodEnd) {
		LocalDate oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_ROUND__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTotalQuantity() {
		return totalQuantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalQuantity(int newTotalQuantity) {
		int oldTotalQuantity = totalQuantity;
		totalQuantity = newTotalQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_ROUND__TOTAL_QUANTITY, oldTotalQuantity, totalQuantity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllocationMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(AllocationMethod newMethod) {
		AllocationMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_ROUND__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoundStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RoundStatus newStatus) {
		RoundStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_ROUND__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedOn(LocalDate newPublishedOn) {
		LocalDate oldPublishedOn = publishedOn;
		publishedOn = newPublishedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_ROUND__PUBLISHED_ON, oldPublishedOn, publishedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.ALLOCATION_ROUND__CODE:
				return getCode();
			case RetailerdeskPackage.ALLOCATION_ROUND__TITLE:
				return getTitle();
			case RetailerdeskPackage.ALLOCATION_ROUND__BRAND:
				if (resolve) return getBrand();
				return basicGetBrand();
			case RetailerdeskPackage.ALLOCATION_ROUND__PERIOD_START:
				return getPeriodStart();
			case RetailerdeskPackage.ALLOCATION_ROUND__PERIOD_END:
				return getPeriodEnd();
			case RetailerdeskPackage.ALLOCATION_ROUND__TOTAL_QUANTITY:
				return getTotalQuantity();
			case RetailerdeskPackage.ALLOCATION_ROUND__METHOD:
				return getMethod();
			case RetailerdeskPackage.ALLOCATION_ROUND__STATUS:
				return getStatus();
			case RetailerdeskPackage.ALLOCATION_ROUND__PUBLISHED_ON:
				return getPublishedOn();
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
			case RetailerdeskPackage.ALLOCATION_ROUND__CODE:
				setCode((String)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__TITLE:
				setTitle((String)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__BRAND:
				setBrand((Brand)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__PERIOD_START:
				setPeriodStart((LocalDate)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__TOTAL_QUANTITY:
				setTotalQuantity((Integer)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__METHOD:
				setMethod((AllocationMethod)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__STATUS:
				setStatus((RoundStatus)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__PUBLISHED_ON:
				setPublishedOn((LocalDate)newValue);
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
			case RetailerdeskPackage.ALLOCATION_ROUND__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__BRAND:
				setBrand((Brand)null);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__TOTAL_QUANTITY:
				setTotalQuantity(TOTAL_QUANTITY_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_ROUND__PUBLISHED_ON:
				setPublishedOn(PUBLISHED_ON_EDEFAULT);
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
			case RetailerdeskPackage.ALLOCATION_ROUND__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RetailerdeskPackage.ALLOCATION_ROUND__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RetailerdeskPackage.ALLOCATION_ROUND__BRAND:
				return brand != null;
			case RetailerdeskPackage.ALLOCATION_ROUND__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case RetailerdeskPackage.ALLOCATION_ROUND__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case RetailerdeskPackage.ALLOCATION_ROUND__TOTAL_QUANTITY:
				return totalQuantity != TOTAL_QUANTITY_EDEFAULT;
			case RetailerdeskPackage.ALLOCATION_ROUND__METHOD:
				return method != METHOD_EDEFAULT;
			case RetailerdeskPackage.ALLOCATION_ROUND__STATUS:
				return status != STATUS_EDEFAULT;
			case RetailerdeskPackage.ALLOCATION_ROUND__PUBLISHED_ON:
				return PUBLISHED_ON_EDEFAULT == null ? publishedOn != null : !PUBLISHED_ON_EDEFAULT.equals(publishedOn);
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
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", periodStart: "); //$NON-NLS-1$
		result.append(periodStart);
		result.append(", periodEnd: "); //$NON-NLS-1$
		result.append(periodEnd);
		result.append(", totalQuantity: "); //$NON-NLS-1$
		result.append(totalQuantity);
		result.append(", method: "); //$NON-NLS-1$
		result.append(method);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", publishedOn: "); //$NON-NLS-1$
		result.append(publishedOn);
		result.append(')');
		return result.toString();
	}

} //AllocationRoundImpl
