/**
 */
package org.retailerdesk.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mutual Aid Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.MutualAidGroup#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.MutualAidGroup#getName <em>Name</em>}</li>
 *   <li>{@link org.retailerdesk.model.MutualAidGroup#getMarketDepartment <em>Market Department</em>}</li>
 *   <li>{@link org.retailerdesk.model.MutualAidGroup#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getMutualAidGroup()
 * @model annotation="http://retailerdesk.org/label zh='\u8bda\u4fe1\u4e92\u52a9\u5c0f\u7ec4' en='Mutual-aid group'"
 * @generated
 */
public interface MutualAidGroup extends Entity {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getMutualAidGroup_Code()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5c0f\u7ec4\u7f16\u7801'"
	 *        annotation="http://retailerdesk.org/persistence length='20'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.MutualAidGroup#getCode <em>Code</em>}' attribute.
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
	 * @see org.retailerdesk.model.RetailerdeskPackage#getMutualAidGroup_Name()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5c0f\u7ec4\u540d\u79f0'"
	 *        annotation="http://retailerdesk.org/persistence length='100'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.MutualAidGroup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Market Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Market Department</em>' reference.
	 * @see #setMarketDepartment(MarketDepartment)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getMutualAidGroup_MarketDepartment()
	 * @model annotation="http://retailerdesk.org/label zh='\u5e02\u573a\u90e8'"
	 * @generated
	 */
	MarketDepartment getMarketDepartment();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.MutualAidGroup#getMarketDepartment <em>Market Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Market Department</em>' reference.
	 * @see #getMarketDepartment()
	 * @generated
	 */
	void setMarketDepartment(MarketDepartment value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getMutualAidGroup_Active()
	 * @model default="true"
	 *        annotation="http://retailerdesk.org/label zh='\u542f\u7528'"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.MutualAidGroup#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

} // MutualAidGroup
