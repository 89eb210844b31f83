/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Visit Purpose</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getVisitPurpose()
 * @model
 * @generated
 */
public enum VisitPurpose implements Enumerator {
	/**
	 * The '<em><b>ROUTINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTINE_VALUE
	 * @generated
	 * @ordered
	 */
	ROUTINE(0, "ROUTINE", "ROUTINE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE(1, "SERVICE", "SERVICE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INSPECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSPECTION_VALUE
	 * @generated
	 * @ordered
	 */
	INSPECTION(2, "INSPECTION", "INSPECTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPLAINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLAINT_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLAINT(3, "COMPLAINT", "COMPLAINT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NEW PRODUCT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_PRODUCT_VALUE
	 * @generated
	 * @ordered
	 */
	NEW_PRODUCT(4, "NEW_PRODUCT", "NEW_PRODUCT"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ROUTINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTINE
	 * @model annotation="http://retailerdesk.org/label zh='\u4f8b\u884c\u62dc\u8bbf'"
	 * @generated
	 * @ordered
	 */
	public static final int ROUTINE_VALUE = 0;

	/**
	 * The '<em><b>SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE
	 * @model annotation="http://retailerdesk.org/label zh='\u670d\u52a1'"
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_VALUE = 1;

	/**
	 * The '<em><b>INSPECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSPECTION
	 * @model annotation="http://retailerdesk.org/label zh='\u68c0\u67e5'"
	 * @generated
	 * @ordered
	 */
	public static final int INSPECTION_VALUE = 2;

	/**
	 * The '<em><b>COMPLAINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLAINT
	 * @model annotation="http://retailerdesk.org/label zh='\u6295\u8bc9\u5904\u7406'"
	 * @generated
	 * @ordered
	 */
	public static final int COMPLAINT_VALUE = 3;

	/**
	 * The '<em><b>NEW PRODUCT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_PRODUCT
	 * @model annotation="http://retailerdesk.org/label zh='\u65b0\u54c1\u63a8\u4ecb'"
	 * @generated
	 * @ordered
	 */
	public static final int NEW_PRODUCT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Visit Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VisitPurpose[] VALUES_ARRAY =
		new VisitPurpose[] {
			ROUTINE,
			SERVICE,
			INSPECTION,
			COMPLAINT,
			NEW_PRODUCT,
		};

	/**
	 * A public read-only list of all the '<em><b>Visit Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VisitPurpose> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Visit Purpose</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VisitPurpose get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VisitPurpose result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Visit Purpose</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VisitPurpose getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VisitPurpose result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Visit Purpose</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VisitPurpose get(int value) {
		switch (value) {
			case ROUTINE_VALUE: return ROUTINE;
			case SERVICE_VALUE: return SERVICE;
			case INSPECTION_VALUE: return INSPECTION;
			case COMPLAINT_VALUE: return COMPLAINT;
			case NEW_PRODUCT_VALUE: return NEW_PRODUCT;
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
	private VisitPurpose(int value, String name, String literal) {
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
	
} //VisitPurpose
