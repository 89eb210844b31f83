/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Staff Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getStaffRole()
 * @model
 * @generated
 */
public enum StaffRole implements Enumerator {
	/**
	 * The '<em><b>CUSTOMER MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_MANAGER(0, "CUSTOMER_MANAGER", "CUSTOMER_MANAGER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LICENCE OFFICER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LICENCE_OFFICER_VALUE
	 * @generated
	 * @ordered
	 */
	LICENCE_OFFICER(1, "LICENCE_OFFICER", "LICENCE_OFFICER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DELIVERY STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	DELIVERY_STAFF(2, "DELIVERY_STAFF", "DELIVERY_STAFF"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PHONE ORDER CLERK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHONE_ORDER_CLERK_VALUE
	 * @generated
	 * @ordered
	 */
	PHONE_ORDER_CLERK(3, "PHONE_ORDER_CLERK", "PHONE_ORDER_CLERK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISOR(4, "SUPERVISOR", "SUPERVISOR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SERVICE STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_STAFF(5, "SERVICE_STAFF", "SERVICE_STAFF"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CUSTOMER MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_MANAGER
	 * @model annotation="http://retailerdesk.org/label zh='\u5ba2\u6237\u7ecf\u7406'"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_MANAGER_VALUE = 0;

	/**
	 * The '<em><b>LICENCE OFFICER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LICENCE_OFFICER
	 * @model annotation="http://retailerdesk.org/label zh='\u4e13\u7ba1\u5458'"
	 * @generated
	 * @ordered
	 */
	public static final int LICENCE_OFFICER_VALUE = 1;

	/**
	 * The '<em><b>DELIVERY STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY_STAFF
	 * @model annotation="http://retailerdesk.org/label zh='\u9001\u8d27\u5458'"
	 * @generated
	 * @ordered
	 */
	public static final int DELIVERY_STAFF_VALUE = 2;

	/**
	 * The '<em><b>PHONE ORDER CLERK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHONE_ORDER_CLERK
	 * @model annotation="http://retailerdesk.org/label zh='\u7535\u8bdd\u8ba2\u8d27\u5458'"
	 * @generated
	 * @ordered
	 */
	public static final int PHONE_ORDER_CLERK_VALUE = 3;

	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR
	 * @model annotation="http://retailerdesk.org/label zh='\u4e3b\u7ba1'"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISOR_VALUE = 4;

	/**
	 * The '<em><b>SERVICE STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_STAFF
	 * @model annotation="http://retailerdesk.org/label zh='\u670d\u52a1\u4e2d\u5fc3\u5de5\u4f5c\u4eba\u5458'"
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_STAFF_VALUE = 5;

	/**
	 * An array of all the '<em><b>Staff Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StaffRole[] VALUES_ARRAY =
		new StaffRole[] {
			CUSTOMER_MANAGER,
			LICENCE_OFFICER,
			DELIVERY_STAFF,
			PHONE_ORDER_CLERK,
			SUPERVISOR,
			SERVICE_STAFF,
		};

	/**
	 * A public read-only list of all the '<em><b>Staff Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StaffRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Staff Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StaffRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StaffRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Staff Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StaffRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StaffRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Staff Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StaffRole get(int value) {
		switch (value) {
			case CUSTOMER_MANAGER_VALUE: return CUSTOMER_MANAGER;
			case LICENCE_OFFICER_VALUE: return LICENCE_OFFICER;
			case DELIVERY_STAFF_VALUE: return DELIVERY_STAFF;
			case PHONE_ORDER_CLERK_VALUE: return PHONE_ORDER_CLERK;
			case SUPERVISOR_VALUE: return SUPERVISOR;
			case SERVICE_STAFF_VALUE: return SERVICE_STAFF;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private StaffRole(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //StaffRole
