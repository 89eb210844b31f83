/**
 */
package org.retailerdesk.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Visit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.Visit#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#getVisitor <em>Visitor</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#getDate <em>Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#isShopOpen <em>Shop Open</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#getSalesNote <em>Sales Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#getStockNote <em>Stock Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#getComplianceNote <em>Compliance Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#getNewProductNote <em>New Product Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#getComplaint <em>Complaint</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#getNote <em>Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#getFollowUp <em>Follow Up</em>}</li>
 *   <li>{@link org.retailerdesk.model.Visit#getFollowUpDue <em>Follow Up Due</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit()
 * @model annotation="http://retailerdesk.org/label zh='\u8d70\u8bbf\u8bb0\u5f55'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='DateNotInFuture'"
 * @generated
 */
public interface Visit extends Entity {
	/**
	 * Returns the value of the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retailer</em>' reference.
	 * @see #setRetailer(Retailer)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_Retailer()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u96f6\u552e\u6237'"
	 * @generated
	 */
	Retailer getRetailer();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getRetailer <em>Retailer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retailer</em>' reference.
	 * @see #getRetailer()
	 * @generated
	 */
	void setRetailer(Retailer value);

	/**
	 * Returns the value of the '<em><b>Visitor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visitor</em>' reference.
	 * @see #setVisitor(Staff)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_Visitor()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u8d70\u8bbf\u4eba'"
	 * @generated
	 */
	Staff getVisitor();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getVisitor <em>Visitor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visitor</em>' reference.
	 * @see #getVisitor()
	 * @generated
	 */
	void setVisitor(Staff value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_Date()
	 * @model dataType="org.retailerdesk.model.LocalDate" required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u8d70\u8bbf\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.VisitPurpose}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see org.retailerdesk.model.VisitPurpose
	 * @see #setPurpose(VisitPurpose)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_Purpose()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u8d70\u8bbf\u76ee\u7684'"
	 * @generated
	 */
	VisitPurpose getPurpose();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see org.retailerdesk.model.VisitPurpose
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(VisitPurpose value);

	/**
	 * Returns the value of the '<em><b>Shop Open</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shop Open</em>' attribute.
	 * @see #setShopOpen(boolean)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_ShopOpen()
	 * @model annotation="http://retailerdesk.org/label zh='\u6b63\u5e38\u8425\u4e1a'"
	 * @generated
	 */
	boolean isShopOpen();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#isShopOpen <em>Shop Open</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shop Open</em>' attribute.
	 * @see #isShopOpen()
	 * @generated
	 */
	void setShopOpen(boolean value);

	/**
	 * Returns the value of the '<em><b>Sales Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sales Note</em>' attribute.
	 * @see #setSalesNote(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_SalesNote()
	 * @model annotation="http://retailerdesk.org/label zh='\u9500\u552e\u60c5\u51b5'"
	 *        annotation="http://retailerdesk.org/persistence length='1000'"
	 * @generated
	 */
	String getSalesNote();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getSalesNote <em>Sales Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sales Note</em>' attribute.
	 * @see #getSalesNote()
	 * @generated
	 */
	void setSalesNote(String value);

	/**
	 * Returns the value of the '<em><b>Stock Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stock Note</em>' attribute.
	 * @see #setStockNote(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_StockNote()
	 * @model annotation="http://retailerdesk.org/label zh='\u5e93\u5b58\u60c5\u51b5' en='Stock'"
	 *        annotation="http://retailerdesk.org/persistence length='1000'"
	 * @generated
	 */
	String getStockNote();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getStockNote <em>Stock Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stock Note</em>' attribute.
	 * @see #getStockNote()
	 * @generated
	 */
	void setStockNote(String value);

	/**
	 * Returns the value of the '<em><b>Compliance Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compliance Note</em>' attribute.
	 * @see #setComplianceNote(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_ComplianceNote()
	 * @model annotation="http://retailerdesk.org/label zh='\u5b88\u6cd5\u60c5\u51b5'"
	 *        annotation="http://retailerdesk.org/persistence length='1000'"
	 * @generated
	 */
	String getComplianceNote();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getComplianceNote <em>Compliance Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compliance Note</em>' attribute.
	 * @see #getComplianceNote()
	 * @generated
	 */
	void setComplianceNote(String value);

	/**
	 * Returns the value of the '<em><b>New Product Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Product Note</em>' attribute.
	 * @see #setNewProductNote(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_NewProductNote()
	 * @model annotation="http://retailerdesk.org/label zh='\u65b0\u54c1\u60c5\u51b5'"
	 *        annotation="http://retailerdesk.org/persistence length='1000'"
	 * @generated
	 */
	String getNewProductNote();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getNewProductNote <em>New Product Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Product Note</em>' attribute.
	 * @see #getNewProductNote()
	 * @generated
	 */
	void setNewProductNote(String value);

	/**
	 * Returns the value of the '<em><b>Complaint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Complaint</em>' attribute.
	 * @see #setComplaint(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_Complaint()
	 * @model annotation="http://retailerdesk.org/label zh='\u6295\u8bc9\u610f\u89c1'"
	 *        annotation="http://retailerdesk.org/persistence length='1000'"
	 * @generated
	 */
	String getComplaint();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getComplaint <em>Complaint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complaint</em>' attribute.
	 * @see #getComplaint()
	 * @generated
	 */
	void setComplaint(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_Note()
	 * @model annotation="http://retailerdesk.org/label zh='\u5907\u6ce8'"
	 *        annotation="http://retailerdesk.org/persistence length='1000'"
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Up</em>' attribute.
	 * @see #setFollowUp(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_FollowUp()
	 * @model annotation="http://retailerdesk.org/label zh='\u8ddf\u8fdb\u4e8b\u9879' en='Follow-up'"
	 *        annotation="http://retailerdesk.org/persistence length='1000'"
	 * @generated
	 */
	String getFollowUp();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getFollowUp <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up</em>' attribute.
	 * @see #getFollowUp()
	 * @generated
	 */
	void setFollowUp(String value);

	/**
	 * Returns the value of the '<em><b>Follow Up Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Up Due</em>' attribute.
	 * @see #setFollowUpDue(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getVisit_FollowUpDue()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u8ddf\u8fdb\u671f\u9650' en='Follow-up due'"
	 * @generated
	 */
	LocalDate getFollowUpDue();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Visit#getFollowUpDue <em>Follow Up Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up Due</em>' attribute.
	 * @see #getFollowUpDue()
	 * @generated
	 */
	void setFollowUpDue(LocalDate value);

} // Visit
