/**
 */
package org.retailerdesk.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Allocation Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.AllocationLine#getRound <em>Round</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationLine#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationLine#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationLine#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationLine#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationLine#isOverridden <em>Overridden</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationLine#getOverrideReason <em>Override Reason</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationLine#getOverriddenBy <em>Overridden By</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationLine()
 * @model annotation="http://retailerdesk.org/label zh='\u6295\u653e\u660e\u7ec6'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='GradeRange NotNegative OverrideTraceable'"
 * @generated
 */
public interface AllocationLine extends Entity {
	/**
	 * Returns the value of the '<em><b>Round</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Round</em>' reference.
	 * @see #setRound(AllocationRound)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationLine_Round()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6295\u653e\u6279\u6b21'"
	 * @generated
	 */
	AllocationRound getRound();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationLine#getRound <em>Round</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round</em>' reference.
	 * @see #getRound()
	 * @generated
	 */
	void setRound(AllocationRound value);

	/**
	 * Returns the value of the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retailer</em>' reference.
	 * @see #setRetailer(Retailer)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationLine_Retailer()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u96f6\u552e\u6237'"
	 * @generated
	 */
	Retailer getRetailer();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationLine#getRetailer <em>Retailer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retailer</em>' reference.
	 * @see #getRetailer()
	 * @generated
	 */
	void setRetailer(Retailer value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see #setGrade(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationLine_Grade()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6863\u4f4d'"
	 * @generated
	 */
	int getGrade();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationLine#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(int value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationLine_Quantity()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6295\u653e\u91cf\uff08\u6761\uff09'"
	 * @generated
	 */
	int getQuantity();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationLine#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(int value);

	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationLine_Explanation()
	 * @model annotation="http://retailerdesk.org/label zh='\u5206\u914d\u8bf4\u660e'"
	 *        annotation="http://retailerdesk.org/persistence length='1000'"
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationLine#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Overridden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overridden</em>' attribute.
	 * @see #setOverridden(boolean)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationLine_Overridden()
	 * @model annotation="http://retailerdesk.org/label zh='\u4eba\u5de5\u8c03\u6574'"
	 * @generated
	 */
	boolean isOverridden();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationLine#isOverridden <em>Overridden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overridden</em>' attribute.
	 * @see #isOverridden()
	 * @generated
	 */
	void setOverridden(boolean value);

	/**
	 * Returns the value of the '<em><b>Override Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Override Reason</em>' attribute.
	 * @see #setOverrideReason(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationLine_OverrideReason()
	 * @model annotation="http://retailerdesk.org/label zh='\u8c03\u6574\u539f\u56e0'"
	 *        annotation="http://retailerdesk.org/persistence length='500'"
	 * @generated
	 */
	String getOverrideReason();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationLine#getOverrideReason <em>Override Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Override Reason</em>' attribute.
	 * @see #getOverrideReason()
	 * @generated
	 */
	void setOverrideReason(String value);

	/**
	 * Returns the value of the '<em><b>Overridden By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overridden By</em>' reference.
	 * @see #setOverriddenBy(Staff)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationLine_OverriddenBy()
	 * @model annotation="http://retailerdesk.org/label zh='\u8c03\u6574\u4eba'"
	 * @generated
	 */
	Staff getOverriddenBy();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationLine#getOverriddenBy <em>Overridden By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overridden By</em>' reference.
	 * @see #getOverriddenBy()
	 * @generated
	 */
	void setOverriddenBy(Staff value);

} // AllocationLine
