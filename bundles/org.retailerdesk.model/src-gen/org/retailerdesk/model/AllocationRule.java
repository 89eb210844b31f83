/**
 */
package org.retailerdesk.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Allocation Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.AllocationRule#getRound <em>Round</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRule#getKind <em>Kind</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRule#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRule#getKey <em>Key</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRule#getValue <em>Value</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRule#getPosition <em>Position</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRule()
 * @model annotation="http://retailerdesk.org/label zh='\u6295\u653e\u89c4\u5219'"
 * @generated
 */
public interface AllocationRule extends Entity {
	/**
	 * Returns the value of the '<em><b>Round</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Round</em>' reference.
	 * @see #setRound(AllocationRound)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRule_Round()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6295\u653e\u6279\u6b21'"
	 * @generated
	 */
	AllocationRound getRound();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRule#getRound <em>Round</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round</em>' reference.
	 * @see #getRound()
	 * @generated
	 */
	void setRound(AllocationRound value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.RuleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.retailerdesk.model.RuleKind
	 * @see #setKind(RuleKind)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRule_Kind()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u89c4\u5219\u7c7b\u578b'"
	 * @generated
	 */
	RuleKind getKind();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRule#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.retailerdesk.model.RuleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RuleKind value);

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension</em>' attribute.
	 * @see #setDimension(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRule_Dimension()
	 * @model annotation="http://retailerdesk.org/label zh='\u7ef4\u5ea6'"
	 *        annotation="http://retailerdesk.org/persistence length='50'"
	 * @generated
	 */
	String getDimension();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRule#getDimension <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' attribute.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(String value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRule_Key()
	 * @model annotation="http://retailerdesk.org/label zh='\u7ef4\u5ea6\u53d6\u503c'"
	 *        annotation="http://retailerdesk.org/persistence length='50'"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRule#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #setValue(double)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRule_Value()
	 * @model unsettable="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6570\u503c'"
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRule#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Unsets the value of the '{@link org.retailerdesk.model.AllocationRule#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValue()
	 * @see #getValue()
	 * @see #setValue(double)
	 * @generated
	 */
	void unsetValue();

	/**
	 * Returns whether the value of the '{@link org.retailerdesk.model.AllocationRule#getValue <em>Value</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Value</em>' attribute is set.
	 * @see #unsetValue()
	 * @see #getValue()
	 * @see #setValue(double)
	 * @generated
	 */
	boolean isSetValue();

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #isSetPosition()
	 * @see #unsetPosition()
	 * @see #setPosition(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRule_Position()
	 * @model unsettable="true"
	 *        annotation="http://retailerdesk.org/label zh='\u987a\u5e8f'"
	 * @generated
	 */
	int getPosition();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRule#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #isSetPosition()
	 * @see #unsetPosition()
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(int value);

	/**
	 * Unsets the value of the '{@link org.retailerdesk.model.AllocationRule#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPosition()
	 * @see #getPosition()
	 * @see #setPosition(int)
	 * @generated
	 */
	void unsetPosition();

	/**
	 * Returns whether the value of the '{@link org.retailerdesk.model.AllocationRule#getPosition <em>Position</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Position</em>' attribute is set.
	 * @see #unsetPosition()
	 * @see #getPosition()
	 * @see #setPosition(int)
	 * @generated
	 */
	boolean isSetPosition();

} // AllocationRule
