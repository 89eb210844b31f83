/**
 */
package org.retailerdesk.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PolicyCategory;
import org.retailerdesk.model.RetailerdeskPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.PolicyImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PolicyImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PolicyImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PolicyImpl#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PolicyImpl#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PolicyImpl#getEffectiveTo <em>Effective To</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PolicyImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PolicyImpl#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PolicyImpl#getFullText <em>Full Text</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PolicyImpl#getAttachment <em>Attachment</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.PolicyImpl#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyImpl extends EntityImpl implements Policy {
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
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final PolicyCategory CATEGORY_EDEFAULT = PolicyCategory.LAW;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected PolicyCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuedOn() <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ISSUED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuedOn() <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate issuedOn = ISSUED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveFrom() <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EFFECTIVE_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveFrom() <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate effectiveFrom = EFFECTIVE_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveTo() <em>Effective To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EFFECTIVE_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveTo() <em>Effective To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate effectiveTo = EFFECTIVE_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected String issuer = ISSUER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFullText() <em>Full Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullText()
	 * @generated
	 * @ordered
	 */
	protected static final String FULL_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFullText() <em>Full Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullText()
	 * @generated
	 * @ordered
	 */
	protected String fullText = FULL_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttachment() <em>Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachment()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTACHMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttachment() <em>Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachment()
	 * @generated
	 * @ordered
	 */
	protected String attachment = ATTACHMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.POLICY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.POLICY__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.POLICY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(PolicyCategory newCategory) {
		PolicyCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.POLICY__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedOn(LocalDate newIssuedOn) {
		LocalDate oldIssuedOn = issuedOn;
		issuedOn = newIssuedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.POLICY__ISSUED_ON, oldIssuedOn, issuedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveFrom(LocalDate newEffectiveFrom) {
		LocalDate oldEffectiveFrom = effectiveFrom;
		effectiveFrom = newEffectiveFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.POLICY__EFFECTIVE_FROM, oldEffectiveFrom, effectiveFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEffectiveTo() {
		return effectiveTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveTo(LocalDate newEffectiveTo) {
		LocalDate oldEffectiveTo = effectiveTo;
		effectiveTo = newEffectiveTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.POLICY__EFFECTIVE_TO, oldEffectiveTo, effectiveTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.POLICY__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuer() {
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuer(String newIssuer) {
		String oldIssuer = issuer;
		issuer = newIssuer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.POLICY__ISSUER, oldIssuer, issuer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFullText() {
		return fullText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFullText(String newFullText) {
		String oldFullText = fullText;
		fullText = newFullText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.POLICY__FULL_TEXT, oldFullText, fullText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttachment() {
		return attachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachment(String newAttachment) {
		String oldAttachment = attachment;
		attachment = newAttachment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.POLICY__ATTACHMENT, oldAttachment, attachment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.POLICY__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.POLICY__CODE:
				return getCode();
			case RetailerdeskPackage.POLICY__TITLE:
				return getTitle();
			case RetailerdeskPackage.POLICY__CATEGORY:
				return getCategory();
			case RetailerdeskPackage.POLICY__ISSUED_ON:
				return getIssuedOn();
			case RetailerdeskPackage.POLICY__EFFECTIVE_FROM:
				return getEffectiveFrom();
			case RetailerdeskPackage.POLICY__EFFECTIVE_TO:
				return getEffectiveTo();
			case RetailerdeskPackage.POLICY__SUMMARY:
				return getSummary();
			case RetailerdeskPackage.POLICY__ISSUER:
				return getIssuer();
			case RetailerdeskPackage.POLICY__FULL_TEXT:
				return getFullText();
			case RetailerdeskPackage.POLICY__ATTACHMENT:
				return getAttachment();
			case RetailerdeskPackage.POLICY__SCOPE:
				return getScope();
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
			case RetailerdeskPackage.POLICY__CODE:
				setCode((String)newValue);
				return;
			case RetailerdeskPackage.POLICY__TITLE:
				setTitle((String)newValue);
				return;
			case RetailerdeskPackage.POLICY__CATEGORY:
				setCategory((PolicyCategory)newValue);
				return;
			case RetailerdeskPackage.POLICY__ISSUED_ON:
				setIssuedOn((LocalDate)newValue);
				return;
			case RetailerdeskPackage.POLICY__EFFECTIVE_FROM:
				setEffectiveFrom((LocalDate)newValue);
				return;
			case RetailerdeskPackage.POLICY__EFFECTIVE_TO:
				setEffectiveTo((LocalDate)newValue);
				return;
			case RetailerdeskPackage.POLICY__SUMMARY:
				setSummary((String)newValue);
				return;
			case RetailerdeskPackage.POLICY__ISSUER:
				setIssuer((String)newValue);
				return;
			case RetailerdeskPackage.POLICY__FULL_TEXT:
				setFullText((String)newValue);
				return;
			case RetailerdeskPackage.POLICY__ATTACHMENT:
				setAttachment((String)newValue);
				return;
			case RetailerdeskPackage.POLICY__SCOPE:
				setScope((String)newValue);
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
			case RetailerdeskPackage.POLICY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RetailerdeskPackage.POLICY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RetailerdeskPackage.POLICY__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case RetailerdeskPackage.POLICY__ISSUED_ON:
				setIssuedOn(ISSUED_ON_EDEFAULT);
				return;
			case RetailerdeskPackage.POLICY__EFFECTIVE_FROM:
				setEffectiveFrom(EFFECTIVE_FROM_EDEFAULT);
				return;
			case RetailerdeskPackage.POLICY__EFFECTIVE_TO:
				setEffectiveTo(EFFECTIVE_TO_EDEFAULT);
				return;
			case RetailerdeskPackage.POLICY__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case RetailerdeskPackage.POLICY__ISSUER:
				setIssuer(ISSUER_EDEFAULT);
				return;
			case RetailerdeskPackage.POLICY__FULL_TEXT:
				setFullText(FULL_TEXT_EDEFAULT);
				return;
			case RetailerdeskPackage.POLICY__ATTACHMENT:
				setAttachment(ATTACHMENT_EDEFAULT);
				return;
			case RetailerdeskPackage.POLICY__SCOPE:
				setScope(SCOPE_EDEFAULT);
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
			case RetailerdeskPackage.POLICY__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RetailerdeskPackage.POLICY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RetailerdeskPackage.POLICY__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case RetailerdeskPackage.POLICY__ISSUED_ON:
				return ISSUED_ON_EDEFAULT == null ? issuedOn != null : !ISSUED_ON_EDEFAULT.equals(issuedOn);
			case RetailerdeskPackage.POLICY__EFFECTIVE_FROM:
				return EFFECTIVE_FROM_EDEFAULT == null ? effectiveFrom != null : !EFFECTIVE_FROM_EDEFAULT.equals(effectiveFrom);
			case RetailerdeskPackage.POLICY__EFFECTIVE_TO:
				return EFFECTIVE_TO_EDEFAULT == null ? effectiveTo != null : !EFFECTIVE_TO_EDEFAULT.equals(effectiveTo);
			case RetailerdeskPackage.POLICY__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case RetailerdeskPackage.POLICY__ISSUER:
				return ISSUER_EDEFAULT == null ? issuer != null : !ISSUER_EDEFAULT.equals(issuer);
			case RetailerdeskPackage.POLICY__FULL_TEXT:
				return FULL_TEXT_EDEFAULT == null ? fullText != null : !FULL_TEXT_EDEFAULT.equals(fullText);
			case RetailerdeskPackage.POLICY__ATTACHMENT:
				return ATTACHMENT_EDEFAULT == null ? attachment != null : !ATTACHMENT_EDEFAULT.equals(attachment);
			case RetailerdeskPackage.POLICY__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
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
		result.append(", category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", issuedOn: "); //$NON-NLS-1$
		result.append(issuedOn);
		result.append(", effectiveFrom: "); //$NON-NLS-1$
		result.append(effectiveFrom);
		result.append(", effectiveTo: "); //$NON-NLS-1$
		result.append(effectiveTo);
		result.append(", summary: "); //$NON-NLS-1$
		result.append(summary);
		result.append(", issuer: "); //$NON-NLS-1$
		result.append(issuer);
		result.append(", fullText: "); //$NON-NLS-1$
		result.append(fullText);
		result.append(", attachment: "); //$NON-NLS-1$
		result.append(attachment);
		result.append(", scope: "); //$NON-NLS-1$
		result.append(scope);
		result.append(')');
		return result.toString();
	}

} //PolicyImpl
