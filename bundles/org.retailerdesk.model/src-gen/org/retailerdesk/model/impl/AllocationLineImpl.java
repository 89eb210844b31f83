/**
 */
package org.retailerdesk.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Allocation Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.AllocationLineImpl#getRound <em>Round</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationLineImpl#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationLineImpl#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationLineImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationLineImpl#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationLineImpl#isOverridden <em>Overridden</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationLineImpl#getOverrideReason <em>Override Reason</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.AllocationLineImpl#getOverriddenBy <em>Overridden By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AllocationLineImpl extends EntityImpl implements AllocationLine {
	/**
	 * The cached value of the '{@link #getRound() <em>Round</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound()
	 * @generated
	 * @ordered
	 */
	protected AllocationRound round;

	/**
	 * The cached value of the '{@link #getRetailer() <em>Retailer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetailer()
	 * @generated
	 * @ordered
	 */
	protected Retailer retailer;

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
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final int QUANTITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected int quantity = QUANTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPLANATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected String explanation = EXPLANATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isOverridden() <em>Overridden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverridden()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OVERRIDDEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOverridden() <em>Overridden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverridden()
	 * @generated
	 * @ordered
	 */
	protected boolean overridden = OVERRIDDEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverrideReason() <em>Override Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrideReason()
	 * @generated
	 * @ordered
	 */
	protected static final String OVERRIDE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOverrideReason() <em>Override Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrideReason()
	 * @generated
	 * @ordered
	 */
	protected String overrideReason = OVERRIDE_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOverriddenBy() <em>Overridden By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverriddenBy()
	 * @generated
	 * @ordered
	 */
	protected Staff overriddenBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AllocationLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.ALLOCATION_LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllocationRound getRound() {
		if (round != null && round.eIsProxy()) {
			InternalEObject oldRound = (InternalEObject)round;
			round = (AllocationRound)eResolveProxy(oldRound);
			if (round != oldRound) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.ALLOCATION_LINE__ROUND, oldRound, round));
			}
		}
		return round;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AllocationRound basicGetRound() {
		return round;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRound(AllocationRound newRound) {
		AllocationRound oldRound = round;
		round = newRound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_LINE__ROUND, oldRound, round));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Retailer getRetailer() {
		if (retailer != null && retailer.eIsProxy()) {
			InternalEObject oldRetailer = (InternalEObject)retailer;
			retailer = (Retailer)eResolveProxy(oldRetailer);
			if (retailer != oldRetailer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.ALLOCATION_LINE__RETAILER, oldRetailer, retailer));
			}
		}
		return retailer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Retailer basicGetRetailer() {
		return retailer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetailer(Retailer newRetailer) {
		Retailer oldRetailer = retailer;
		retailer = newRetailer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_LINE__RETAILER, oldRetailer, retailer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_LINE__GRADE, oldGrade, grade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuantity() {
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(int newQuantity) {
		int oldQuantity = quantity;
		quantity = newQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_LINE__QUANTITY, oldQuantity, quantity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExplanation() {
		return explanation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplanation(String newExplanation) {
		String oldExplanation = explanation;
		explanation = newExplanation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_LINE__EXPLANATION, oldExplanation, explanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOverridden() {
		return overridden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverridden(boolean newOverridden) {
		boolean oldOverridden = overridden;
		overridden = newOverridden;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_LINE__OVERRIDDEN, oldOverridden, overridden));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOverrideReason() {
		return overrideReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverrideReason(String newOverrideReason) {
		String oldOverrideReason = overrideReason;
		overrideReason = newOverrideReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_LINE__OVERRIDE_REASON, oldOverrideReason, overrideReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getOverriddenBy() {
		if (overriddenBy != null && overriddenBy.eIsProxy()) {
			InternalEObject oldOverriddenBy = (InternalEObject)overriddenBy;
			overriddenBy = (Staff)eResolveProxy(oldOverriddenBy);
			if (overriddenBy != oldOverriddenBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.ALLOCATION_LINE__OVERRIDDEN_BY, oldOverriddenBy, overriddenBy));
			}
		}
		return overriddenBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetOverriddenBy() {
		return overriddenBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverriddenBy(Staff newOverriddenBy) {
		Staff oldOverriddenBy = overriddenBy;
		overriddenBy = newOverriddenBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.ALLOCATION_LINE__OVERRIDDEN_BY, oldOverriddenBy, overriddenBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.ALLOCATION_LINE__ROUND:
				if (resolve) return getRound();
				return basicGetRound();
			case RetailerdeskPackage.ALLOCATION_LINE__RETAILER:
				if (resolve) return getRetailer();
				return basicGetRetailer();
			case RetailerdeskPackage.ALLOCATION_LINE__GRADE:
				return getGrade();
			case RetailerdeskPackage.ALLOCATION_LINE__QUANTITY:
				return getQuantity();
			case RetailerdeskPackage.ALLOCATION_LINE__EXPLANATION:
				return getExplanation();
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDDEN:
				return isOverridden();
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDE_REASON:
				return getOverrideReason();
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDDEN_BY:
				if (resolve) return getOverriddenBy();
				return basicGetOverriddenBy();
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
			case RetailerdeskPackage.ALLOCATION_LINE__ROUND:
				setRound((AllocationRound)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__RETAILER:
				setRetailer((Retailer)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__GRADE:
				setGrade((Integer)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__QUANTITY:
				setQuantity((Integer)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__EXPLANATION:
				setExplanation((String)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDDEN:
				setOverridden((Boolean)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDE_REASON:
				setOverrideReason((String)newValue);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDDEN_BY:
				setOverriddenBy((Staff)newValue);
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
			case RetailerdeskPackage.ALLOCATION_LINE__ROUND:
				setRound((AllocationRound)null);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__RETAILER:
				setRetailer((Retailer)null);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__GRADE:
				setGrade(GRADE_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__EXPLANATION:
				setExplanation(EXPLANATION_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDDEN:
				setOverridden(OVERRIDDEN_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDE_REASON:
				setOverrideReason(OVERRIDE_REASON_EDEFAULT);
				return;
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDDEN_BY:
				setOverriddenBy((Staff)null);
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
			case RetailerdeskPackage.ALLOCATION_LINE__ROUND:
				return round != null;
			case RetailerdeskPackage.ALLOCATION_LINE__RETAILER:
				return retailer != null;
			case RetailerdeskPackage.ALLOCATION_LINE__GRADE:
				return grade != GRADE_EDEFAULT;
			case RetailerdeskPackage.ALLOCATION_LINE__QUANTITY:
				return quantity != QUANTITY_EDEFAULT;
			case RetailerdeskPackage.ALLOCATION_LINE__EXPLANATION:
				return EXPLANATION_EDEFAULT == null ? explanation != null : !EXPLANATION_EDEFAULT.equals(explanation);
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDDEN:
				return overridden != OVERRIDDEN_EDEFAULT;
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDE_REASON:
				return OVERRIDE_REASON_EDEFAULT == null ? overrideReason != null : !OVERRIDE_REASON_EDEFAULT.equals(overrideReason);
			case RetailerdeskPackage.ALLOCATION_LINE__OVERRIDDEN_BY:
				return overriddenBy != null;
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
		result.append(" (grade: "); //$NON-NLS-1$
		result.append(grade);
		result.append(", quantity: "); //$NON-NLS-1$
		result.append(quantity);
		result.append(", explanation: "); //$NON-NLS-1$
		result.append(explanation);
		result.append(", overridden: "); //$NON-NLS-1$
		result.append(overridden);
		result.append(", overrideReason: "); //$NON-NLS-1$
		result.append(overrideReason);
		result.append(')');
		return result.toString();
	}

} //AllocationLineImpl
