/**
 */
package org.retailerdesk.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.Policy#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.Policy#getTitle <em>Title</em>}</li>
 *   <li>{@link org.retailerdesk.model.Policy#getCategory <em>Category</em>}</li>
 *   <li>{@link org.retailerdesk.model.Policy#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link org.retailerdesk.model.Policy#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.retailerdesk.model.Policy#getEffectiveTo <em>Effective To</em>}</li>
 *   <li>{@link org.retailerdesk.model.Policy#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.retailerdesk.model.Policy#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.retailerdesk.model.Policy#getFullText <em>Full Text</em>}</li>
 *   <li>{@link org.retailerdesk.model.Policy#getAttachment <em>Attachment</em>}</li>
 *   <li>{@link org.retailerdesk.model.Policy#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy()
 * @model annotation="http://retailerdesk.org/label zh='\u653f\u7b56\u6761\u76ee'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='DatesInOrder'"
 * @generated
 */
public interface Policy extends Entity {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy_Code()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u653f\u7b56\u7f16\u53f7'"
	 *        annotation="http://retailerdesk.org/persistence length='30'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Policy#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy_Title()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6807\u9898'"
	 *        annotation="http://retailerdesk.org/persistence length='200'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Policy#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.PolicyCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.retailerdesk.model.PolicyCategory
	 * @see #setCategory(PolicyCategory)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy_Category()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u653f\u7b56\u7c7b\u522b'"
	 * @generated
	 */
	PolicyCategory getCategory();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Policy#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.retailerdesk.model.PolicyCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(PolicyCategory value);

	/**
	 * Returns the value of the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issued On</em>' attribute.
	 * @see #setIssuedOn(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy_IssuedOn()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u53d1\u5e03\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getIssuedOn();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Policy#getIssuedOn <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued On</em>' attribute.
	 * @see #getIssuedOn()
	 * @generated
	 */
	void setIssuedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective From</em>' attribute.
	 * @see #setEffectiveFrom(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy_EffectiveFrom()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u751f\u6548\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getEffectiveFrom();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Policy#getEffectiveFrom <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective From</em>' attribute.
	 * @see #getEffectiveFrom()
	 * @generated
	 */
	void setEffectiveFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Effective To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective To</em>' attribute.
	 * @see #setEffectiveTo(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy_EffectiveTo()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u5931\u6548\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getEffectiveTo();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Policy#getEffectiveTo <em>Effective To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective To</em>' attribute.
	 * @see #getEffectiveTo()
	 * @generated
	 */
	void setEffectiveTo(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy_Summary()
	 * @model annotation="http://retailerdesk.org/label zh='\u6458\u8981'"
	 *        annotation="http://retailerdesk.org/persistence length='2000'"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Policy#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuer</em>' attribute.
	 * @see #setIssuer(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy_Issuer()
	 * @model annotation="http://retailerdesk.org/label zh='\u53d1\u5e03\u673a\u5173' en='Issuing body'"
	 *        annotation="http://retailerdesk.org/persistence length='100'"
	 * @generated
	 */
	String getIssuer();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Policy#getIssuer <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' attribute.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(String value);

	/**
	 * Returns the value of the '<em><b>Full Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Full Text</em>' attribute.
	 * @see #setFullText(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy_FullText()
	 * @model annotation="http://retailerdesk.org/label zh='\u5168\u6587' en='Full text'"
	 *        annotation="http://retailerdesk.org/persistence length='20000'"
	 * @generated
	 */
	String getFullText();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Policy#getFullText <em>Full Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Full Text</em>' attribute.
	 * @see #getFullText()
	 * @generated
	 */
	void setFullText(String value);

	/**
	 * Returns the value of the '<em><b>Attachment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachment</em>' attribute.
	 * @see #setAttachment(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy_Attachment()
	 * @model annotation="http://retailerdesk.org/label zh='\u9644\u4ef6' en='Attachment'"
	 *        annotation="http://retailerdesk.org/persistence length='500'"
	 * @generated
	 */
	String getAttachment();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Policy#getAttachment <em>Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachment</em>' attribute.
	 * @see #getAttachment()
	 * @generated
	 */
	void setAttachment(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicy_Scope()
	 * @model annotation="http://retailerdesk.org/label zh='\u9002\u7528\u8303\u56f4' en='Retailers concerned'"
	 *        annotation="http://retailerdesk.org/persistence length='500'"
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Policy#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

} // Policy
