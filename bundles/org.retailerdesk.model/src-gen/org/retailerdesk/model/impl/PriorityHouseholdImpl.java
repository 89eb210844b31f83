/**
 */
package org.retailerdesk.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Priority Household</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getEvidenceType <em>Evidence Type</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getEvidenceNumber <em>Evidence Number</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getEvidenceIssuer <em>Evidence Issuer</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getEvidenceDate <em>Evidence Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getVerifiedBy <em>Verified By</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getVerifiedOn <em>Verified On</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getReviewDate <em>Review Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getExpiryDate <em>Expiry Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getPreferenceRule <em>Preference Rule</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getPreferenceValue <em>Preference Value</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#getHelpGiven <em>Help Given</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PriorityHouseholdImpl#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PriorityHouseholdImpl extends EntityImpl implements PriorityHousehold {
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
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final AssistanceCategory CATEGORY_EDEFAULT = AssistanceCategory.LAID_OFF;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected AssistanceCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceType() <em>Evidence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceType()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceType() <em>Evidence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceType()
	 * @generated
	 * @ordered
	 */
	protected String evidenceType = EVIDENCE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceNumber() <em>Evidence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceNumber() <em>Evidence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceNumber()
	 * @generated
	 * @ordered
	 */
	protected String evidenceNumber = EVIDENCE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceIssuer() <em>Evidence Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceIssuer()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_ISSUER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceIssuer() <em>Evidence Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceIssuer()
	 * @generated
	 * @ordered
	 */
	protected String evidenceIssuer = EVIDENCE_ISSUER_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceDate() <em>Evidence Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EVIDENCE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceDate() <em>Evidence Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate evidenceDate = EVIDENCE_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVerifiedBy() <em>Verified By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedBy()
	 * @generated
	 * @ordered
	 */
	protected Staff verifiedBy;

	/**
	 * The default value of the '{@link #getVerifiedOn() <em>Verified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VERIFIED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerifiedOn() <em>Verified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate verifiedOn = VERIFIED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewDate() <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVIEW_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewDate() <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reviewDate = REVIEW_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiryDate() <em>Expiry Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiryDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPIRY_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiryDate() <em>Expiry Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiryDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate expiryDate = EXPIRY_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferenceRule() <em>Preference Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferenceRule()
	 * @generated
	 * @ordered
	 */
	protected static final PreferenceRule PREFERENCE_RULE_EDEFAULT = PreferenceRule.NONE;

	/**
	 * The cached value of the '{@link #getPreferenceRule() <em>Preference Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferenceRule()
	 * @generated
	 * @ordered
	 */
	protected PreferenceRule preferenceRule = PREFERENCE_RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferenceValue() <em>Preference Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferenceValue()
	 * @generated
	 * @ordered
	 */
	protected static final double PREFERENCE_VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPreferenceValue() <em>Preference Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferenceValue()
	 * @generated
	 * @ordered
	 */
	protected double preferenceValue = PREFERENCE_VALUE_EDEFAULT;

	/**
	 * This is true if the Preference Value attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean preferenceValueESet;

	/**
	 * The default value of the '{@link #getHelpGiven() <em>Help Given</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelpGiven()
	 * @generated
	 * @ordered
	 */
	protected static final String HELP_GIVEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHelpGiven() <em>Help Given</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelpGiven()
	 * @generated
	 * @ordered
	 */
	protected String helpGiven = HELP_GIVEN_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PriorityHouseholdImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.PRIORITY_HOUSEHOLD;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.PRIORITY_HOUSEHOLD__RETAILER, oldRetailer, retailer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__RETAILER, oldRetailer, retailer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssistanceCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(AssistanceCategory newCategory) {
		AssistanceCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceType() {
		return evidenceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceType(String newEvidenceType) {
		String oldEvidenceType = evidenceType;
		evidenceType = newEvidenceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE, oldEvidenceType, evidenceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceNumber() {
		return evidenceNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceNumber(String newEvidenceNumber) {
		String oldEvidenceNumber = evidenceNumber;
		evidenceNumber = newEvidenceNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER, oldEvidenceNumber, evidenceNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceIssuer() {
		return evidenceIssuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceIssuer(String newEvidenceIssuer) {
		String oldEvidenceIssuer = evidenceIssuer;
		evidenceIssuer = newEvidenceIssuer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_ISSUER, oldEvidenceIssuer, evidenceIssuer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEvidenceDate() {
		return evidenceDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceDate(LocalDate newEvidenceDate) {
		LocalDate oldEvidenceDate = evidenceDate;
		evidenceDate = newEvidenceDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_DATE, oldEvidenceDate, evidenceDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getVerifiedBy() {
		if (verifiedBy != null && verifiedBy.eIsProxy()) {
			InternalEObject oldVerifiedBy = (InternalEObject)verifiedBy;
			verifiedBy = (Staff)eResolveProxy(oldVerifiedBy);
			if (verifiedBy != oldVerifiedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.PRIORITY_HOUSEHOLD__VERIFIED_BY, oldVerifiedBy, verifiedBy));
			}
		}
		return verifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetVerifiedBy() {
		return verifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerifiedBy(Staff newVerifiedBy) {
		Staff oldVerifiedBy = verifiedBy;
		verifiedBy = newVerifiedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__VERIFIED_BY, oldVerifiedBy, verifiedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getVerifiedOn() {
		return verifiedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerifiedOn(LocalDate newVerifiedOn) {
		LocalDate oldVerifiedOn = verifiedOn;
		verifiedOn = newVerifiedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__VERIFIED_ON, oldVerifiedOn, verifiedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReviewDate() {
		return reviewDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewDate(LocalDate newReviewDate) {
		LocalDate oldReviewDate = reviewDate;
		reviewDate = newReviewDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__REVIEW_DATE, oldReviewDate, reviewDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpiryDate() {
		return expiryDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiryDate(LocalDate newExpiryDate) {
		LocalDate oldExpiryDate = expiryDate;
		expiryDate = newExpiryDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__EXPIRY_DATE, oldExpiryDate, expiryDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PreferenceRule getPreferenceRule() {
		return preferenceRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferenceRule(PreferenceRule newPreferenceRule) {
		PreferenceRule oldPreferenceRule = preferenceRule;
		preferenceRule = newPreferenceRule == null ? PREFERENCE_RULE_EDEFAULT : newPreferenceRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__PREFERENCE_RULE, oldPreferenceRule, preferenceRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPreferenceValue() {
		return preferenceValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferenceValue(double newPreferenceValue) {
		double oldPreferenceValue = preferenceValue;
		preferenceValue = newPreferenceValue;
		boolean oldPreferenceValueESet = preferenceValueESet;
		preferenceValueESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__PREFERENCE_VALUE, oldPreferenceValue, preferenceValue, !oldPreferenceValueESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPreferenceValue() {
		double oldPreferenceValue = preferenceValue;
		boolean oldPreferenceValueESet = preferenceValueESet;
		preferenceValue = PREFERENCE_VALUE_EDEFAULT;
		preferenceValueESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__PREFERENCE_VALUE, oldPreferenceValue, PREFERENCE_VALUE_EDEFAULT, oldPreferenceValueESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPreferenceValue() {
		return preferenceValueESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHelpGiven() {
		return helpGiven;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHelpGiven(String newHelpGiven) {
		String oldHelpGiven = helpGiven;
		helpGiven = newHelpGiven;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__HELP_GIVEN, oldHelpGiven, helpGiven));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.PRIORITY_HOUSEHOLD__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__RETAILER:
				if (resolve) return getRetailer();
				return basicGetRetailer();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__CATEGORY:
				return getCategory();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE:
				return getEvidenceType();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER:
				return getEvidenceNumber();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_ISSUER:
				return getEvidenceIssuer();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_DATE:
				return getEvidenceDate();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__VERIFIED_BY:
				if (resolve) return getVerifiedBy();
				return basicGetVerifiedBy();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__VERIFIED_ON:
				return getVerifiedOn();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__REVIEW_DATE:
				return getReviewDate();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EXPIRY_DATE:
				return getExpiryDate();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__PREFERENCE_RULE:
				return getPreferenceRule();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__PREFERENCE_VALUE:
				return getPreferenceValue();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__HELP_GIVEN:
				return getHelpGiven();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__ACTIVE:
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
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__RETAILER:
				setRetailer((Retailer)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__CATEGORY:
				setCategory((AssistanceCategory)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE:
				setEvidenceType((String)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER:
				setEvidenceNumber((String)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_ISSUER:
				setEvidenceIssuer((String)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_DATE:
				setEvidenceDate((LocalDate)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__VERIFIED_BY:
				setVerifiedBy((Staff)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__VERIFIED_ON:
				setVerifiedOn((LocalDate)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__REVIEW_DATE:
				setReviewDate((LocalDate)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EXPIRY_DATE:
				setExpiryDate((LocalDate)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__PREFERENCE_RULE:
				setPreferenceRule((PreferenceRule)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__PREFERENCE_VALUE:
				setPreferenceValue((Double)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__HELP_GIVEN:
				setHelpGiven((String)newValue);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__ACTIVE:
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
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__RETAILER:
				setRetailer((Retailer)null);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE:
				setEvidenceType(EVIDENCE_TYPE_EDEFAULT);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER:
				setEvidenceNumber(EVIDENCE_NUMBER_EDEFAULT);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_ISSUER:
				setEvidenceIssuer(EVIDENCE_ISSUER_EDEFAULT);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_DATE:
				setEvidenceDate(EVIDENCE_DATE_EDEFAULT);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__VERIFIED_BY:
				setVerifiedBy((Staff)null);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__VERIFIED_ON:
				setVerifiedOn(VERIFIED_ON_EDEFAULT);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__REVIEW_DATE:
				setReviewDate(REVIEW_DATE_EDEFAULT);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EXPIRY_DATE:
				setExpiryDate(EXPIRY_DATE_EDEFAULT);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__PREFERENCE_RULE:
				setPreferenceRule(PREFERENCE_RULE_EDEFAULT);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__PREFERENCE_VALUE:
				unsetPreferenceValue();
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__HELP_GIVEN:
				setHelpGiven(HELP_GIVEN_EDEFAULT);
				return;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__ACTIVE:
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
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__RETAILER:
				return retailer != null;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE:
				return EVIDENCE_TYPE_EDEFAULT == null ? evidenceType != null : !EVIDENCE_TYPE_EDEFAULT.equals(evidenceType);
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER:
				return EVIDENCE_NUMBER_EDEFAULT == null ? evidenceNumber != null : !EVIDENCE_NUMBER_EDEFAULT.equals(evidenceNumber);
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_ISSUER:
				return EVIDENCE_ISSUER_EDEFAULT == null ? evidenceIssuer != null : !EVIDENCE_ISSUER_EDEFAULT.equals(evidenceIssuer);
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EVIDENCE_DATE:
				return EVIDENCE_DATE_EDEFAULT == null ? evidenceDate != null : !EVIDENCE_DATE_EDEFAULT.equals(evidenceDate);
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__VERIFIED_BY:
				return verifiedBy != null;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__VERIFIED_ON:
				return VERIFIED_ON_EDEFAULT == null ? verifiedOn != null : !VERIFIED_ON_EDEFAULT.equals(verifiedOn);
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__REVIEW_DATE:
				return REVIEW_DATE_EDEFAULT == null ? reviewDate != null : !REVIEW_DATE_EDEFAULT.equals(reviewDate);
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__EXPIRY_DATE:
				return EXPIRY_DATE_EDEFAULT == null ? expiryDate != null : !EXPIRY_DATE_EDEFAULT.equals(expiryDate);
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__PREFERENCE_RULE:
				return preferenceRule != PREFERENCE_RULE_EDEFAULT;
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__PREFERENCE_VALUE:
				return isSetPreferenceValue();
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__HELP_GIVEN:
				return HELP_GIVEN_EDEFAULT == null ? helpGiven != null : !HELP_GIVEN_EDEFAULT.equals(helpGiven);
			case RetailerdeskPackage.PRIORITY_HOUSEHOLD__ACTIVE:
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
		result.append(" (category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", evidenceType: "); //$NON-NLS-1$
		result.append(evidenceType);
		result.append(", evidenceNumber: "); //$NON-NLS-1$
		result.append(evidenceNumber);
		result.append(", evidenceIssuer: "); //$NON-NLS-1$
		result.append(evidenceIssuer);
		result.append(", evidenceDate: "); //$NON-NLS-1$
		result.append(evidenceDate);
		result.append(", verifiedOn: "); //$NON-NLS-1$
		result.append(verifiedOn);
		result.append(", reviewDate: "); //$NON-NLS-1$
		result.append(reviewDate);
		result.append(", expiryDate: "); //$NON-NLS-1$
		result.append(expiryDate);
		result.append(", preferenceRule: "); //$NON-NLS-1$
		result.append(preferenceRule);
		result.append(", preferenceValue: "); //$NON-NLS-1$
		if (preferenceValueESet) result.append(preferenceValue); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", helpGiven: "); //$NON-NLS-1$
		result.append(helpGiven);
		result.append(", active: "); //$NON-NLS-1$
		result.append(active);
		result.append(')');
		return result.toString();
	}

} //PriorityHouseholdImpl
