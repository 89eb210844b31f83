/**
 */
package org.retailerdesk.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Priority Household</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getCategory <em>Category</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getEvidenceType <em>Evidence Type</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getEvidenceNumber <em>Evidence Number</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getEvidenceIssuer <em>Evidence Issuer</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getEvidenceDate <em>Evidence Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getVerifiedBy <em>Verified By</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getVerifiedOn <em>Verified On</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getReviewDate <em>Review Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getExpiryDate <em>Expiry Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getPreferenceRule <em>Preference Rule</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getPreferenceValue <em>Preference Value</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#getHelpGiven <em>Help Given</em>}</li>
 *   <li>{@link org.retailerdesk.model.PriorityHousehold#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold()
 * @model annotation="http://retailerdesk.org/label zh='\u91cd\u70b9\u5e2e\u6276\u5bf9\u8c61'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='DatesInOrder PreferenceValuePositive'"
 * @generated
 */
public interface PriorityHousehold extends Entity {
	/**
	 * Returns the value of the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retailer</em>' reference.
	 * @see #setRetailer(Retailer)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_Retailer()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u96f6\u552e\u6237'"
	 * @generated
	 */
	Retailer getRetailer();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getRetailer <em>Retailer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retailer</em>' reference.
	 * @see #getRetailer()
	 * @generated
	 */
	void setRetailer(Retailer value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.AssistanceCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.retailerdesk.model.AssistanceCategory
	 * @see #setCategory(AssistanceCategory)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_Category()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5e2e\u6276\u7c7b\u522b'"
	 * @generated
	 */
	AssistanceCategory getCategory();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.retailerdesk.model.AssistanceCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(AssistanceCategory value);

	/**
	 * Returns the value of the '<em><b>Evidence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Type</em>' attribute.
	 * @see #setEvidenceType(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_EvidenceType()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u8bc1\u660e\u6750\u6599\u7c7b\u578b'"
	 *        annotation="http://retailerdesk.org/persistence length='50'"
	 * @generated
	 */
	String getEvidenceType();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getEvidenceType <em>Evidence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Type</em>' attribute.
	 * @see #getEvidenceType()
	 * @generated
	 */
	void setEvidenceType(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Number</em>' attribute.
	 * @see #setEvidenceNumber(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_EvidenceNumber()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u8bc1\u660e\u6750\u6599\u7f16\u53f7'"
	 *        annotation="http://retailerdesk.org/persistence length='50'"
	 * @generated
	 */
	String getEvidenceNumber();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getEvidenceNumber <em>Evidence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Number</em>' attribute.
	 * @see #getEvidenceNumber()
	 * @generated
	 */
	void setEvidenceNumber(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Issuer</em>' attribute.
	 * @see #setEvidenceIssuer(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_EvidenceIssuer()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u53d1\u8bc1\u673a\u5173'"
	 *        annotation="http://retailerdesk.org/persistence length='100'"
	 * @generated
	 */
	String getEvidenceIssuer();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getEvidenceIssuer <em>Evidence Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Issuer</em>' attribute.
	 * @see #getEvidenceIssuer()
	 * @generated
	 */
	void setEvidenceIssuer(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Date</em>' attribute.
	 * @see #setEvidenceDate(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_EvidenceDate()
	 * @model dataType="org.retailerdesk.model.LocalDate" required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u8bc1\u660e\u6750\u6599\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getEvidenceDate();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getEvidenceDate <em>Evidence Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Date</em>' attribute.
	 * @see #getEvidenceDate()
	 * @generated
	 */
	void setEvidenceDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Verified By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verified By</em>' reference.
	 * @see #setVerifiedBy(Staff)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_VerifiedBy()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6838\u5b9e\u4eba'"
	 * @generated
	 */
	Staff getVerifiedBy();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getVerifiedBy <em>Verified By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verified By</em>' reference.
	 * @see #getVerifiedBy()
	 * @generated
	 */
	void setVerifiedBy(Staff value);

	/**
	 * Returns the value of the '<em><b>Verified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verified On</em>' attribute.
	 * @see #setVerifiedOn(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_VerifiedOn()
	 * @model dataType="org.retailerdesk.model.LocalDate" required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6838\u5b9e\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getVerifiedOn();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getVerifiedOn <em>Verified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verified On</em>' attribute.
	 * @see #getVerifiedOn()
	 * @generated
	 */
	void setVerifiedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Date</em>' attribute.
	 * @see #setReviewDate(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_ReviewDate()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u590d\u6838\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getReviewDate();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getReviewDate <em>Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Date</em>' attribute.
	 * @see #getReviewDate()
	 * @generated
	 */
	void setReviewDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Expiry Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expiry Date</em>' attribute.
	 * @see #setExpiryDate(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_ExpiryDate()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u5931\u6548\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getExpiryDate();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getExpiryDate <em>Expiry Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiry Date</em>' attribute.
	 * @see #getExpiryDate()
	 * @generated
	 */
	void setExpiryDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Preference Rule</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.PreferenceRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preference Rule</em>' attribute.
	 * @see org.retailerdesk.model.PreferenceRule
	 * @see #setPreferenceRule(PreferenceRule)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_PreferenceRule()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u503e\u659c\u65b9\u5f0f'"
	 * @generated
	 */
	PreferenceRule getPreferenceRule();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getPreferenceRule <em>Preference Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preference Rule</em>' attribute.
	 * @see org.retailerdesk.model.PreferenceRule
	 * @see #getPreferenceRule()
	 * @generated
	 */
	void setPreferenceRule(PreferenceRule value);

	/**
	 * Returns the value of the '<em><b>Preference Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preference Value</em>' attribute.
	 * @see #isSetPreferenceValue()
	 * @see #unsetPreferenceValue()
	 * @see #setPreferenceValue(double)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_PreferenceValue()
	 * @model unsettable="true"
	 *        annotation="http://retailerdesk.org/label zh='\u503e\u659c\u5e45\u5ea6'"
	 * @generated
	 */
	double getPreferenceValue();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getPreferenceValue <em>Preference Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preference Value</em>' attribute.
	 * @see #isSetPreferenceValue()
	 * @see #unsetPreferenceValue()
	 * @see #getPreferenceValue()
	 * @generated
	 */
	void setPreferenceValue(double value);

	/**
	 * Unsets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getPreferenceValue <em>Preference Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPreferenceValue()
	 * @see #getPreferenceValue()
	 * @see #setPreferenceValue(double)
	 * @generated
	 */
	void unsetPreferenceValue();

	/**
	 * Returns whether the value of the '{@link org.retailerdesk.model.PriorityHousehold#getPreferenceValue <em>Preference Value</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Preference Value</em>' attribute is set.
	 * @see #unsetPreferenceValue()
	 * @see #getPreferenceValue()
	 * @see #setPreferenceValue(double)
	 * @generated
	 */
	boolean isSetPreferenceValue();

	/**
	 * Returns the value of the '<em><b>Help Given</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Help Given</em>' attribute.
	 * @see #setHelpGiven(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_HelpGiven()
	 * @model annotation="http://retailerdesk.org/label zh='\u5e2e\u6276\u63aa\u65bd'"
	 *        annotation="http://retailerdesk.org/persistence length='1000'"
	 * @generated
	 */
	String getHelpGiven();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#getHelpGiven <em>Help Given</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Help Given</em>' attribute.
	 * @see #getHelpGiven()
	 * @generated
	 */
	void setHelpGiven(String value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPriorityHousehold_Active()
	 * @model annotation="http://retailerdesk.org/label zh='\u6709\u6548'"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PriorityHousehold#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

} // PriorityHousehold
