/**
 */
package org.retailerdesk.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.InspectionResult;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Visit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inspection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.InspectionImpl#getHygiene <em>Hygiene</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.InspectionImpl#getDisplay <em>Display</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.InspectionImpl#getPriceMarking <em>Price Marking</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.InspectionImpl#getHonestOperation <em>Honest Operation</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.InspectionImpl#getVisit <em>Visit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionImpl extends OperatingRecordImpl implements Inspection {
	/**
	 * The default value of the '{@link #getHygiene() <em>Hygiene</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHygiene()
	 * @generated
	 * @ordered
	 */
	protected static final InspectionResult HYGIENE_EDEFAULT = InspectionResult.GOOD;

	/**
	 * The cached value of the '{@link #getHygiene() <em>Hygiene</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHygiene()
	 * @generated
	 * @ordered
	 */
	protected InspectionResult hygiene = HYGIENE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisplay() <em>Display</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplay()
	 * @generated
	 * @ordered
	 */
	protected static final InspectionResult DISPLAY_EDEFAULT = InspectionResult.GOOD;

	/**
	 * The cached value of the '{@link #getDisplay() <em>Display</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplay()
	 * @generated
	 * @ordered
	 */
	protected InspectionResult display = DISPLAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriceMarking() <em>Price Marking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriceMarking()
	 * @generated
	 * @ordered
	 */
	protected static final InspectionResult PRICE_MARKING_EDEFAULT = InspectionResult.GOOD;

	/**
	 * The cached value of the '{@link #getPriceMarking() <em>Price Marking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriceMarking()
	 * @generated
	 * @ordered
	 */
	protected InspectionResult priceMarking = PRICE_MARKING_EDEFAULT;

	/**
	 * The default value of the '{@link #getHonestOperation() <em>Honest Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHonestOperation()
	 * @generated
	 * @ordered
	 */
	protected static final InspectionResult HONEST_OPERATION_EDEFAULT = InspectionResult.GOOD;

	/**
	 * The cached value of the '{@link #getHonestOperation() <em>Honest Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHonestOperation()
	 * @generated
	 * @ordered
	 */
	protected InspectionResult honestOperation = HONEST_OPERATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVisit() <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisit()
	 * @generated
	 * @ordered
	 */
	protected Visit visit;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.INSPECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionResult getHygiene() {
		return hygiene;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHygiene(InspectionResult newHygiene) {
		InspectionResult oldHygiene = hygiene;
		hygiene = newHygiene == null ? HYGIENE_EDEFAULT : newHygiene;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.INSPECTION__HYGIENE, oldHygiene, hygiene));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionResult getDisplay() {
		return display;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplay(InspectionResult newDisplay) {
		InspectionResult oldDisplay = display;
		display = newDisplay == null ? DISPLAY_EDEFAULT : newDisplay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.INSPECTION__DISPLAY, oldDisplay, display));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionResult getPriceMarking() {
		return priceMarking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriceMarking(InspectionResult newPriceMarking) {
		InspectionResult oldPriceMarking = priceMarking;
		priceMarking = newPriceMarking == null ? PRICE_MARKING_EDEFAULT : newPriceMarking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.INSPECTION__PRICE_MARKING, oldPriceMarking, priceMarking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionResult getHonestOperation() {
		return honestOperation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHonestOperation(InspectionResult newHonestOperation) {
		InspectionResult oldHonestOperation = honestOperation;
		honestOperation = newHonestOperation == null ? HONEST_OPERATION_EDEFAULT : newHonestOperation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.INSPECTION__HONEST_OPERATION, oldHonestOperation, honestOperation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Visit getVisit() {
		if (visit != null && visit.eIsProxy()) {
			InternalEObject oldVisit = (InternalEObject)visit;
			visit = (Visit)eResolveProxy(oldVisit);
			if (visit != oldVisit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.INSPECTION__VISIT, oldVisit, visit));
			}
		}
		return visit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Visit basicGetVisit() {
		return visit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisit(Visit newVisit) {
		Visit oldVisit = visit;
		visit = newVisit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.INSPECTION__VISIT, oldVisit, visit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.INSPECTION__HYGIENE:
				return getHygiene();
			case RetailerdeskPackage.INSPECTION__DISPLAY:
				return getDisplay();
			case RetailerdeskPackage.INSPECTION__PRICE_MARKING:
				return getPriceMarking();
			case RetailerdeskPackage.INSPECTION__HONEST_OPERATION:
				return getHonestOperation();
			case RetailerdeskPackage.INSPECTION__VISIT:
				if (resolve) return getVisit();
				return basicGetVisit();
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
			case RetailerdeskPackage.INSPECTION__HYGIENE:
				setHygiene((InspectionResult)newValue);
				return;
			case RetailerdeskPackage.INSPECTION__DISPLAY:
				setDisplay((InspectionResult)newValue);
				return;
			case RetailerdeskPackage.INSPECTION__PRICE_MARKING:
				setPriceMarking((InspectionResult)newValue);
				return;
			case RetailerdeskPackage.INSPECTION__HONEST_OPERATION:
				setHonestOperation((InspectionResult)newValue);
				return;
			case RetailerdeskPackage.INSPECTION__VISIT:
				setVisit((Visit)newValue);
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
			case RetailerdeskPackage.INSPECTION__HYGIENE:
				setHygiene(HYGIENE_EDEFAULT);
				return;
			case RetailerdeskPackage.INSPECTION__DISPLAY:
				setDisplay(DISPLAY_EDEFAULT);
				return;
			case RetailerdeskPackage.INSPECTION__PRICE_MARKING:
				setPriceMarking(PRICE_MARKING_EDEFAULT);
				return;
			case RetailerdeskPackage.INSPECTION__HONEST_OPERATION:
				setHonestOperation(HONEST_OPERATION_EDEFAULT);
				return;
			case RetailerdeskPackage.INSPECTION__VISIT:
				setVisit((Visit)null);
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
			case RetailerdeskPackage.INSPECTION__HYGIENE:
				return hygiene != HYGIENE_EDEFAULT;
			case RetailerdeskPackage.INSPECTION__DISPLAY:
				return display != DISPLAY_EDEFAULT;
			case RetailerdeskPackage.INSPECTION__PRICE_MARKING:
				return priceMarking != PRICE_MARKING_EDEFAULT;
			case RetailerdeskPackage.INSPECTION__HONEST_OPERATION:
				return honestOperation != HONEST_OPERATION_EDEFAULT;
			case RetailerdeskPackage.INSPECTION__VISIT:
				return visit != null;
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
		result.append(" (hygiene: "); //$NON-NLS-1$
		result.append(hygiene);
		result.append(", display: "); //$NON-NLS-1$
		result.append(display);
		result.append(", priceMarking: "); //$NON-NLS-1$
		result.append(priceMarking);
		result.append(", honestOperation: "); //$NON-NLS-1$
		result.append(honestOperation);
		result.append(')');
		return result.toString();
	}

} //InspectionImpl
