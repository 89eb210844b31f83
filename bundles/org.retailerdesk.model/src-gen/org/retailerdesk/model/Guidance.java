/**
 */
package org.retailerdesk.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Guidance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.Guidance#getTopic <em>Topic</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getGuidance()
 * @model annotation="http://retailerdesk.org/label zh='\u8ba2\u8d27\u3001\u6536\u8d27\u7b49\u6307\u5bfc\u8bb0\u5f55'"
 * @generated
 */
public interface Guidance extends OperatingRecord {
	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.GuidanceTopic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see org.retailerdesk.model.GuidanceTopic
	 * @see #setTopic(GuidanceTopic)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getGuidance_Topic()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6307\u5bfc\u5185\u5bb9'"
	 * @generated
	 */
	GuidanceTopic getTopic();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Guidance#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see org.retailerdesk.model.GuidanceTopic
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(GuidanceTopic value);

} // Guidance
