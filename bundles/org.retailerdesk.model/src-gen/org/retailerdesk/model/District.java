/**
 */
package org.retailerdesk.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>District</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.District#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.District#getName <em>Name</em>}</li>
 *   <li>{@link org.retailerdesk.model.District#getCentre <em>Centre</em>}</li>
 *   <li>{@link org.retailerdesk.model.District#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getDistrict()
 * @model annotation="http://retailerdesk.org/label zh='\u884c\u653f\u533a\u57df'"
 * @generated
 */
public interface District extends Entity {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getDistrict_Code()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u533a\u57df\u7f16\u7801'"
	 *        annotation="http://retailerdesk.org/persistence length='20'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.District#getCode <em>Code</em>}' attribute.
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
	 * @see org.retailerdesk.model.RetailerdeskPackage#getDistrict_Name()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u533a\u57df\u540d\u79f0'"
	 *        annotation="http://retailerdesk.org/persistence length='100'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.District#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Centre</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Centre</em>' reference.
	 * @see #setCentre(ServiceCentre)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getDistrict_Centre()
	 * @model annotation="http://retailerdesk.org/label zh='\u6240\u5c5e\u670d\u52a1\u4e2d\u5fc3'"
	 * @generated
	 */
	ServiceCentre getCentre();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.District#getCentre <em>Centre</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Centre</em>' reference.
	 * @see #getCentre()
	 * @generated
	 */
	void setCentre(ServiceCentre value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getDistrict_Active()
	 * @model default="true"
	 *        annotation="http://retailerdesk.org/label zh='\u542f\u7528'"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.District#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

} // District
