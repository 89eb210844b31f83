/**
 */
package org.retailerdesk.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Licence Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.LicenceEvent#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.LicenceEvent#getDate <em>Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.LicenceEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.retailerdesk.model.LicenceEvent#getOldValue <em>Old Value</em>}</li>
 *   <li>{@link org.retailerdesk.model.LicenceEvent#getNewValue <em>New Value</em>}</li>
 *   <li>{@link org.retailerdesk.model.LicenceEvent#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getLicenceEvent()
 * @model annotation="http://retailerdesk.org/label zh='\u8bb8\u53ef\u8bc1\u53d8\u66f4\u8bb0\u5f55' en='Licence event'"
 * @generated
 */
public interface LicenceEvent extends Entity {
	/**
	 * Returns the value of the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retailer</em>' reference.
	 * @see #setRetailer(Retailer)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getLicenceEvent_Retailer()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u96f6\u552e\u6237'"
	 * @generated
	 */
	Retailer getRetailer();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.LicenceEvent#getRetailer <em>Retailer</em>}' reference.
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
	 * @see org.retailerdesk.model.RetailerdeskPackage#getLicenceEvent_Date()
	 * @model dataType="org.retailerdesk.model.LocalDate" required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.LicenceEvent#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.LicenceEventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.retailerdesk.model.LicenceEventKind
	 * @see #setKind(LicenceEventKind)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getLicenceEvent_Kind()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u53d8\u66f4\u7c7b\u578b'"
	 * @generated
	 */
	LicenceEventKind getKind();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.LicenceEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.retailerdesk.model.LicenceEventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LicenceEventKind value);

	/**
	 * Returns the value of the '<em><b>Old Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Value</em>' attribute.
	 * @see #setOldValue(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getLicenceEvent_OldValue()
	 * @model annotation="http://retailerdesk.org/label zh='\u539f\u503c'"
	 *        annotation="http://retailerdesk.org/persistence length='100'"
	 * @generated
	 */
	String getOldValue();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.LicenceEvent#getOldValue <em>Old Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Value</em>' attribute.
	 * @see #getOldValue()
	 * @generated
	 */
	void setOldValue(String value);

	/**
	 * Returns the value of the '<em><b>New Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Value</em>' attribute.
	 * @see #setNewValue(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getLicenceEvent_NewValue()
	 * @model annotation="http://retailerdesk.org/label zh='\u65b0\u503c'"
	 *        annotation="http://retailerdesk.org/persistence length='100'"
	 * @generated
	 */
	String getNewValue();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.LicenceEvent#getNewValue <em>New Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Value</em>' attribute.
	 * @see #getNewValue()
	 * @generated
	 */
	void setNewValue(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getLicenceEvent_Note()
	 * @model annotation="http://retailerdesk.org/label zh='\u8bf4\u660e'"
	 *        annotation="http://retailerdesk.org/persistence length='500'"
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.LicenceEvent#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // LicenceEvent
