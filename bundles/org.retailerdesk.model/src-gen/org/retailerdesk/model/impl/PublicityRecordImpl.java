/**
 */
package org.retailerdesk.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Visit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Publicity Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.PublicityRecordImpl#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PublicityRecordImpl#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PublicityRecordImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PublicityRecordImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PublicityRecordImpl#getDeliveredBy <em>Delivered By</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PublicityRecordImpl#getAcknowledgement <em>Acknowledgement</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PublicityRecordImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PublicityRecordImpl#getVisit <em>Visit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PublicityRecordImpl extends EntityImpl implements PublicityRecord {
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
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected Policy policy;

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
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final PublicityChannel CHANNEL_EDEFAULT = PublicityChannel.VISIT;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected PublicityChannel channel = CHANNEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDeliveredBy() <em>Delivered By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveredBy()
	 * @generated
	 * @ordered
	 */
	protected Staff deliveredBy;

	/**
	 * The default value of the '{@link #getAcknowledgement() <em>Acknowledgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgement()
	 * @generated
	 * @ordered
	 */
	protected static final Acknowledgement ACKNOWLEDGEMENT_EDEFAULT = Acknowledgement.SIGNED;

	/**
	 * The cached value of the '{@link #getAcknowledgement() <em>Acknowledgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgement()
	 * @generated
	 * @ordered
	 */
	protected Acknowledgement acknowledgement = ACKNOWLEDGEMENT_EDEFAULT;

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
	protected PublicityRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.PUBLICITY_RECORD;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.PUBLICITY_RECORD__RETAILER, oldRetailer, retailer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PUBLICITY_RECORD__RETAILER, oldRetailer, retailer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Policy getPolicy() {
		if (policy != null && policy.eIsProxy()) {
			InternalEObject oldPolicy = (InternalEObject)policy;
			policy = (Policy)eResolveProxy(oldPolicy);
			if (policy != oldPolicy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.PUBLICITY_RECORD__POLICY, oldPolicy, policy));
			}
		}
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Policy basicGetPolicy() {
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(Policy newPolicy) {
		Policy oldPolicy = policy;
		policy = newPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PUBLICITY_RECORD__POLICY, oldPolicy, policy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PUBLICITY_RECORD__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PublicityChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(PublicityChannel newChannel) {
		PublicityChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PUBLICITY_RECORD__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getDeliveredBy() {
		if (deliveredBy != null && deliveredBy.eIsProxy()) {
			InternalEObject oldDeliveredBy = (InternalEObject)deliveredBy;
			deliveredBy = (Staff)eResolveProxy(oldDeliveredBy);
			if (deliveredBy != oldDeliveredBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.PUBLICITY_RECORD__DELIVERED_BY, oldDeliveredBy, deliveredBy));
			}
		}
		return deliveredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetDeliveredBy() {
		return deliveredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliveredBy(Staff newDeliveredBy) {
		Staff oldDeliveredBy = deliveredBy;
		deliveredBy = newDeliveredBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PUBLICITY_RECORD__DELIVERED_BY, oldDeliveredBy, deliveredBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Acknowledgement getAcknowledgement() {
		return acknowledgement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgement(Acknowledgement newAcknowledgement) {
		Acknowledgement oldAcknowledgement = acknowledgement;
		acknowledgement = newAcknowledgement == null ? ACKNOWLEDGEMENT_EDEFAULT : newAcknowledgement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PUBLICITY_RECORD__ACKNOWLEDGEMENT, oldAcknowledgement, acknowledgement));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PUBLICITY_RECORD__NOTE, oldNote, note));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.PUBLICITY_RECORD__VISIT, oldVisit, visit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PUBLICITY_RECORD__VISIT, oldVisit, visit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.PUBLICITY_RECORD__RETAILER:
				if (resolve) return getRetailer();
				return basicGetRetailer();
			case RetailerdeskPackage.PUBLICITY_RECORD__POLICY:
				if (resolve) return getPolicy();
				return basicGetPolicy();
			case RetailerdeskPackage.PUBLICITY_RECORD__DATE:
				return getDate();
			case RetailerdeskPackage.PUBLICITY_RECORD__CHANNEL:
				return getChannel();
			case RetailerdeskPackage.PUBLICITY_RECORD__DELIVERED_BY:
				if (resolve) return getDeliveredBy();
				return basicGetDeliveredBy();
			case RetailerdeskPackage.PUBLICITY_RECORD__ACKNOWLEDGEMENT:
				return getAcknowledgement();
			case RetailerdeskPackage.PUBLICITY_RECORD__NOTE:
				return getNote();
			case RetailerdeskPackage.PUBLICITY_RECORD__VISIT:
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
			case RetailerdeskPackage.PUBLICITY_RECORD__RETAILER:
				setRetailer((Retailer)newValue);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__POLICY:
				setPolicy((Policy)newValue);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__DATE:
				setDate((LocalDate)newValue);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__CHANNEL:
				setChannel((PublicityChannel)newValue);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__DELIVERED_BY:
				setDeliveredBy((Staff)newValue);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__ACKNOWLEDGEMENT:
				setAcknowledgement((Acknowledgement)newValue);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__NOTE:
				setNote((String)newValue);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__VISIT:
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
			case RetailerdeskPackage.PUBLICITY_RECORD__RETAILER:
				setRetailer((Retailer)null);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__POLICY:
				setPolicy((Policy)null);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__DELIVERED_BY:
				setDeliveredBy((Staff)null);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__ACKNOWLEDGEMENT:
				setAcknowledgement(ACKNOWLEDGEMENT_EDEFAULT);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case RetailerdeskPackage.PUBLICITY_RECORD__VISIT:
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
			case RetailerdeskPackage.PUBLICITY_RECORD__RETAILER:
				return retailer != null;
			case RetailerdeskPackage.PUBLICITY_RECORD__POLICY:
				return policy != null;
			case RetailerdeskPackage.PUBLICITY_RECORD__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case RetailerdeskPackage.PUBLICITY_RECORD__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case RetailerdeskPackage.PUBLICITY_RECORD__DELIVERED_BY:
				return deliveredBy != null;
			case RetailerdeskPackage.PUBLICITY_RECORD__ACKNOWLEDGEMENT:
				return acknowledgement != ACKNOWLEDGEMENT_EDEFAULT;
			case RetailerdeskPackage.PUBLICITY_RECORD__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case RetailerdeskPackage.PUBLICITY_RECORD__VISIT:
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
		result.append(" (date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", channel: "); //$NON-NLS-1$
		result.append(channel);
		result.append(", acknowledgement: "); //$NON-NLS-1$
		result.append(acknowledgement);
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //PublicityRecordImpl
