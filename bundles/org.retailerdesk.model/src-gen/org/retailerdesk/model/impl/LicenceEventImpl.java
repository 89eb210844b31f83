/**
 */
package org.retailerdesk.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.LicenceEvent;
import org.retailerdesk.model.LicenceEventKind;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Licence Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.LicenceEventImpl#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.LicenceEventImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.LicenceEventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.LicenceEventImpl#getOldValue <em>Old Value</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.LicenceEventImpl#getNewValue <em>New Value</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.LicenceEventImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LicenceEventImpl extends EntityImpl implements LicenceEvent {
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
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final LicenceEventKind KIND_EDEFAULT = LicenceEventKind.SUSPENDED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected LicenceEventKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOldValue() <em>Old Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldValue()
	 * @generated
	 * @ordered
	 */
	protected static final String OLD_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOldValue() <em>Old Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldValue()
	 * @generated
	 * @ordered
	 */
	protected String oldValue = OLD_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewValue() <em>New Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewValue()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewValue() <em>New Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewValue()
	 * @generated
	 * @ordered
	 */
	protected String newValue = NEW_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LicenceEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.LICENCE_EVENT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.LICENCE_EVENT__RETAILER, oldRetailer, retailer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.LICENCE_EVENT__RETAILER, oldRetailer, retailer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.LICENCE_EVENT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LicenceEventKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(LicenceEventKind newKind) {
		LicenceEventKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.LICENCE_EVENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldValue() {
		return oldValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldValue(String newOldValue) {
		String oldOldValue = oldValue;
		oldValue = newOldValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.LICENCE_EVENT__OLD_VALUE, oldOldValue, oldValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewValue() {
		return newValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewValue(String newNewValue) {
		String oldNewValue = newValue;
		newValue = newNewValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.LICENCE_EVENT__NEW_VALUE, oldNewValue, newValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.LICENCE_EVENT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.LICENCE_EVENT__RETAILER:
				if (resolve) return getRetailer();
				return basicGetRetailer();
			case RetailerdeskPackage.LICENCE_EVENT__DATE:
				return getDate();
			case RetailerdeskPackage.LICENCE_EVENT__KIND:
				return getKind();
			case RetailerdeskPackage.LICENCE_EVENT__OLD_VALUE:
				return getOldValue();
			case RetailerdeskPackage.LICENCE_EVENT__NEW_VALUE:
				return getNewValue();
			case RetailerdeskPackage.LICENCE_EVENT__NOTE:
				return getNote();
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
			case RetailerdeskPackage.LICENCE_EVENT__RETAILER:
				setRetailer((Retailer)newValue);
				return;
			case RetailerdeskPackage.LICENCE_EVENT__DATE:
				setDate((LocalDate)newValue);
				return;
			case RetailerdeskPackage.LICENCE_EVENT__KIND:
				setKind((LicenceEventKind)newValue);
				return;
			case RetailerdeskPackage.LICENCE_EVENT__OLD_VALUE:
				setOldValue((String)newValue);
				return;
			case RetailerdeskPackage.LICENCE_EVENT__NEW_VALUE:
				setNewValue((String)newValue);
				return;
			case RetailerdeskPackage.LICENCE_EVENT__NOTE:
				setNote((String)newValue);
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
			case RetailerdeskPackage.LICENCE_EVENT__RETAILER:
				setRetailer((Retailer)null);
				return;
			case RetailerdeskPackage.LICENCE_EVENT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case RetailerdeskPackage.LICENCE_EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RetailerdeskPackage.LICENCE_EVENT__OLD_VALUE:
				setOldValue(OLD_VALUE_EDEFAULT);
				return;
			case RetailerdeskPackage.LICENCE_EVENT__NEW_VALUE:
				setNewValue(NEW_VALUE_EDEFAULT);
				return;
			case RetailerdeskPackage.LICENCE_EVENT__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case RetailerdeskPackage.LICENCE_EVENT__RETAILER:
				return retailer != null;
			case RetailerdeskPackage.LICENCE_EVENT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case RetailerdeskPackage.LICENCE_EVENT__KIND:
				return kind != KIND_EDEFAULT;
			case RetailerdeskPackage.LICENCE_EVENT__OLD_VALUE:
				return OLD_VALUE_EDEFAULT == null ? oldValue != null : !OLD_VALUE_EDEFAULT.equals(oldValue);
			case RetailerdeskPackage.LICENCE_EVENT__NEW_VALUE:
				return NEW_VALUE_EDEFAULT == null ? newValue != null : !NEW_VALUE_EDEFAULT.equals(newValue);
			case RetailerdeskPackage.LICENCE_EVENT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", oldValue: "); //$NON-NLS-1$
		result.append(oldValue);
		result.append(", newValue: "); //$NON-NLS-1$
		result.append(newValue);
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //LicenceEventImpl
