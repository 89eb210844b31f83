/**
 */
package org.retailerdesk.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Allocation Round</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.AllocationRound#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRound#getTitle <em>Title</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRound#getBrand <em>Brand</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRound#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRound#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRound#getTotalQuantity <em>Total Quantity</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRound#getMethod <em>Method</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRound#getStatus <em>Status</em>}</li>
 *   <li>{@link org.retailerdesk.model.AllocationRound#getPublishedOn <em>Published On</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRound()
 * @model annotation="http://retailerdesk.org/label zh='\u7d27\u4fcf\u8d27\u6e90\u6295\u653e\u6279\u6b21'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='DatesInOrder TotalQuantityPositive'"
 * @generated
 */
public interface AllocationRound extends Entity {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRound_Code()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6279\u6b21\u7f16\u53f7'"
	 *        annotation="http://retailerdesk.org/persistence length='30'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRound#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRound_Title()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6807\u9898'"
	 *        annotation="http://retailerdesk.org/persistence length='200'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRound#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Brand</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brand</em>' reference.
	 * @see #setBrand(Brand)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRound_Brand()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5377\u70df\u54c1\u89c4'"
	 * @generated
	 */
	Brand getBrand();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRound#getBrand <em>Brand</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand</em>' reference.
	 * @see #getBrand()
	 * @generated
	 */
	void setBrand(Brand value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRound_PeriodStart()
	 * @model dataType="org.retailerdesk.model.LocalDate" required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6295\u653e\u5f00\u59cb\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRound#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRound_PeriodEnd()
	 * @model dataType="org.retailerdesk.model.LocalDate" required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6295\u653e\u7ed3\u675f\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRound#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Total Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Quantity</em>' attribute.
	 * @see #setTotalQuantity(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRound_TotalQuantity()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6295\u653e\u603b\u91cf\uff08\u6761\uff09'"
	 * @generated
	 */
	int getTotalQuantity();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRound#getTotalQuantity <em>Total Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Quantity</em>' attribute.
	 * @see #getTotalQuantity()
	 * @generated
	 */
	void setTotalQuantity(int value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.AllocationMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.retailerdesk.model.AllocationMethod
	 * @see #setMethod(AllocationMethod)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRound_Method()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6295\u653e\u65b9\u5f0f'"
	 * @generated
	 */
	AllocationMethod getMethod();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRound#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.retailerdesk.model.AllocationMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(AllocationMethod value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.RoundStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.retailerdesk.model.RoundStatus
	 * @see #setStatus(RoundStatus)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRound_Status()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u72b6\u6001'"
	 * @generated
	 */
	RoundStatus getStatus();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRound#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.retailerdesk.model.RoundStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RoundStatus value);

	/**
	 * Returns the value of the '<em><b>Published On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published On</em>' attribute.
	 * @see #setPublishedOn(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationRound_PublishedOn()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u516c\u793a\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getPublishedOn();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.AllocationRound#getPublishedOn <em>Published On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published On</em>' attribute.
	 * @see #getPublishedOn()
	 * @generated
	 */
	void setPublishedOn(LocalDate value);

} // AllocationRound
