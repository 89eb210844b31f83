/**
 */
package org.retailerdesk.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Centre</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.ServiceCentre#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.ServiceCentre#getName <em>Name</em>}</li>
 *   <li>{@link org.retailerdesk.model.ServiceCentre#getAddress <em>Address</em>}</li>
 *   <li>{@link org.retailerdesk.model.ServiceCentre#getPhone <em>Phone</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getServiceCentre()
 * @model annotation="http://retailerdesk.org/label zh='\u5ba2\u6237\u670d\u52a1\u4e2d\u5fc3'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='PhoneFormat'"
 * @generated
 */
public interface ServiceCentre extends Entity {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getServiceCentre_Code()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u4e2d\u5fc3\u7f16\u7801'"
	 *        annotation="http://retailerdesk.org/persistence length='20'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.ServiceCentre#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getServiceCentre_Name()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u4e2d\u5fc3\u540d\u79f0'"
	 *        annotation="http://retailerdesk.org/persistence length='100'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.ServiceCentre#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getServiceCentre_Address()
	 * @model annotation="http://retailerdesk.org/label zh='\u5730\u5740'"
	 *        annotation="http://retailerdesk.org/persistence length='200'"
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.ServiceCentre#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getServiceCentre_Phone()
	 * @model annotation="http://retailerdesk.org/label zh='\u7535\u8bdd'"
	 *        annotation="http://retailerdesk.org/persistence length='40'"
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.ServiceCentre#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

} // ServiceCentre
