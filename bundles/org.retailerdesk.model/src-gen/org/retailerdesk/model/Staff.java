/**
 */
package org.retailerdesk.model;

import java.time.LocalDate;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Staff</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.Staff#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.Staff#getName <em>Name</em>}</li>
 *   <li>{@link org.retailerdesk.model.Staff#getRole <em>Role</em>}</li>
 *   <li>{@link org.retailerdesk.model.Staff#getManagerGrade <em>Manager Grade</em>}</li>
 *   <li>{@link org.retailerdesk.model.Staff#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.retailerdesk.model.Staff#getMarketDepartment <em>Market Department</em>}</li>
 *   <li>{@link org.retailerdesk.model.Staff#isActive <em>Active</em>}</li>
 *   <li>{@link org.retailerdesk.model.Staff#getHireDate <em>Hire Date</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getStaff()
 * @model annotation="http://retailerdesk.org/label zh='\u5458\u5de5'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='PhoneFormat ManagerGradeRole ManagerGradeRange'"
 * @generated
 */
public interface Staff extends Entity {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getStaff_Code()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5de5\u53f7'"
	 *        annotation="http://retailerdesk.org/persistence length='20'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Staff#getCode <em>Code</em>}' attribute.
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
	 * @see org.retailerdesk.model.RetailerdeskPackage#getStaff_Name()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u59d3\u540d'"
	 *        annotation="http://retailerdesk.org/persistence length='50'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Staff#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.StaffRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.retailerdesk.model.StaffRole
	 * @see #setRole(StaffRole)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getStaff_Role()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5c97\u4f4d'"
	 * @generated
	 */
	StaffRole getRole();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Staff#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.retailerdesk.model.StaffRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(StaffRole value);

	/**
	 * Returns the value of the '<em><b>Manager Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manager Grade</em>' attribute.
	 * @see #isSetManagerGrade()
	 * @see #unsetManagerGrade()
	 * @see #setManagerGrade(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getStaff_ManagerGrade()
	 * @model unsettable="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5ba2\u6237\u7ecf\u7406\u7b49\u7ea7'"
	 * @generated
	 */
	int getManagerGrade();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Staff#getManagerGrade <em>Manager Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manager Grade</em>' attribute.
	 * @see #isSetManagerGrade()
	 * @see #unsetManagerGrade()
	 * @see #getManagerGrade()
	 * @generated
	 */
	void setManagerGrade(int value);

	/**
	 * Unsets the value of the '{@link org.retailerdesk.model.Staff#getManagerGrade <em>Manager Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetManagerGrade()
	 * @see #getManagerGrade()
	 * @see #setManagerGrade(int)
	 * @generated
	 */
	void unsetManagerGrade();

	/**
	 * Returns whether the value of the '{@link org.retailerdesk.model.Staff#getManagerGrade <em>Manager Grade</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Manager Grade</em>' attribute is set.
	 * @see #unsetManagerGrade()
	 * @see #getManagerGrade()
	 * @see #setManagerGrade(int)
	 * @generated
	 */
	boolean isSetManagerGrade();

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getStaff_Phone()
	 * @model annotation="http://retailerdesk.org/label zh='\u7535\u8bdd'"
	 *        annotation="http://retailerdesk.org/persistence length='40'"
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Staff#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Market Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Market Department</em>' reference.
	 * @see #setMarketDepartment(MarketDepartment)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getStaff_MarketDepartment()
	 * @model annotation="http://retailerdesk.org/label zh='\u5e02\u573a\u90e8'"
	 * @generated
	 */
	MarketDepartment getMarketDepartment();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Staff#getMarketDepartment <em>Market Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Market Department</em>' reference.
	 * @see #getMarketDepartment()
	 * @generated
	 */
	void setMarketDepartment(MarketDepartment value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getStaff_Active()
	 * @model annotation="http://retailerdesk.org/label zh='\u5728\u5c97'"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Staff#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Hire Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hire Date</em>' attribute.
	 * @see #setHireDate(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getStaff_HireDate()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u5165\u804c\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getHireDate();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Staff#getHireDate <em>Hire Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hire Date</em>' attribute.
	 * @see #getHireDate()
	 * @generated
	 */
	void setHireDate(LocalDate value);

} // Staff
