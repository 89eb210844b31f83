/**
 */
package org.retailerdesk.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Publicity Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.PublicityRecord#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.PublicityRecord#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.retailerdesk.model.PublicityRecord#getDate <em>Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.PublicityRecord#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.retailerdesk.model.PublicityRecord#getDeliveredBy <em>Delivered By</em>}</li>
 *   <li>{@link org.retailerdesk.model.PublicityRecord#getAcknowledgement <em>Acknowledgement</em>}</li>
 *   <li>{@link org.retailerdesk.model.PublicityRecord#getNote <em>Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.PublicityRecord#getVisit <em>Visit</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getPublicityRecord()
 * @model annotation="http://retailerdesk.org/label zh='\u653f\u7b56\u5ba3\u4f20\u8bb0\u5f55'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='DateNotInFuture'"
 * @generated
 */
public interface PublicityRecord extends Entity {
	/**
	 * Returns the value of the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retailer</em>' reference.
	 * @see #setRetailer(Retailer)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPublicityRecord_Retailer()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u96f6\u552e\u6237'"
	 * @generated
	 */
	Retailer getRetailer();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PublicityRecord#getRetailer <em>Retailer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retailer</em>' reference.
	 * @see #getRetailer()
	 * @generated
	 */
	void setRetailer(Retailer value);

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy</em>' reference.
	 * @see #setPolicy(Policy)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPublicityRecord_Policy()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u653f\u7b56'"
	 * @generated
	 */
	Policy getPolicy();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PublicityRecord#getPolicy <em>Policy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' reference.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(Policy value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPublicityRecord_Date()
	 * @model dataType="org.retailerdesk.model.LocalDate" required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5ba3\u4f20\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PublicityRecord#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.PublicityChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.retailerdesk.model.PublicityChannel
	 * @see #setChannel(PublicityChannel)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPublicityRecord_Channel()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5ba3\u4f20\u65b9\u5f0f'"
	 * @generated
	 */
	PublicityChannel getChannel();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PublicityRecord#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.retailerdesk.model.PublicityChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(PublicityChannel value);

	/**
	 * Returns the value of the '<em><b>Delivered By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delivered By</em>' reference.
	 * @see #setDeliveredBy(Staff)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPublicityRecord_DeliveredBy()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5ba3\u4f20\u4eba'"
	 * @generated
	 */
	Staff getDeliveredBy();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PublicityRecord#getDeliveredBy <em>Delivered By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivered By</em>' reference.
	 * @see #getDeliveredBy()
	 * @generated
	 */
	void setDeliveredBy(Staff value);

	/**
	 * Returns the value of the '<em><b>Acknowledgement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.Acknowledgement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acknowledgement</em>' attribute.
	 * @see org.retailerdesk.model.Acknowledgement
	 * @see #setAcknowledgement(Acknowledgement)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPublicityRecord_Acknowledgement()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u96f6\u552e\u6237\u786e\u8ba4' en='Acknowledgement'"
	 * @generated
	 */
	Acknowledgement getAcknowledgement();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PublicityRecord#getAcknowledgement <em>Acknowledgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledgement</em>' attribute.
	 * @see org.retailerdesk.model.Acknowledgement
	 * @see #getAcknowledgement()
	 * @generated
	 */
	void setAcknowledgement(Acknowledgement value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPublicityRecord_Note()
	 * @model annotation="http://retailerdesk.org/label zh='\u5907\u6ce8'"
	 *        annotation="http://retailerdesk.org/persistence length='1000'"
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PublicityRecord#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visit</em>' reference.
	 * @see #setVisit(Visit)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getPublicityRecord_Visit()
	 * @model annotation="http://retailerdesk.org/label zh='\u6240\u5c5e\u8d70\u8bbf' en='During visit'"
	 * @generated
	 */
	Visit getVisit();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.PublicityRecord#getVisit <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit</em>' reference.
	 * @see #getVisit()
	 * @generated
	 */
	void setVisit(Visit value);

} // PublicityRecord
