/**
 */
package org.retailerdesk.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operating Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.OperatingRecord#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.OperatingRecord#getDate <em>Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.OperatingRecord#getRecordedBy <em>Recorded By</em>}</li>
 *   <li>{@link org.retailerdesk.model.OperatingRecord#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getOperatingRecord()
 * @model abstract="true"
 *        annotation="http://retailerdesk.org/label zh='\u7ecf\u8425\u8bb0\u5f55'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='DateNotInFuture'"
 * @generated
 */
public interface OperatingRecord extends Entity {
	/**
	 * Returns the value of the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retailer</em>' reference.
	 * @see #setRetailer(Retailer)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getOperatingRecord_Retailer()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u96f6\u552e\u6237'"
	 * @generated
	 */
	Retailer getRetailer();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.OperatingRecord#getRetailer <em>Retailer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retailer</em>' reference.
	 * @see #getRetailer()
	 * @generated
	 */
	void setRetailer(Retailer value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getOperatingRecord_Date()
	 * @model dataType="org.retailerdesk.model.LocalDate" required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.OperatingRecord#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorded By</em>' reference.
	 * @see #setRecordedBy(Staff)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getOperatingRecord_RecordedBy()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u8bb0\u5f55\u4eba'"
	 * @generated
	 */
	Staff getRecordedBy();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.OperatingRecord#getRecordedBy <em>Recorded By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' reference.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(Staff value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getOperatingRecord_Note()
	 * @model annotation="http://retailerdesk.org/label zh='\u5907\u6ce8'"
	 *        annotation="http://retailerdesk.org/persistence length='1000'"
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.OperatingRecord#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // OperatingRecord
