/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Allocation Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getAllocationMethod()
 * @model
 * @generated
 */
public enum AllocationMethod implements Enumerator {
	/**
	 * The '<em><b>BY GRADE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BY_GRADE_VALUE
	 * @generated
	 * @ordered
	 */
	BY_GRADE(0, "BY_GRADE", "BY_GRADE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BY GRADE AND DIMENSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BY_GRADE_AND_DIMENSION_VALUE
	 * @generated
	 * @ordered
	 */
	BY_GRADE_AND_DIMENSION(1, "BY_GRADE_AND_DIMENSION", "BY_GRADE_AND_DIMENSION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BY PRICE BAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BY_PRICE_BAND_VALUE
	 * @generated
	 * @ordered
	 */
	BY_PRICE_BAND(2, "BY_PRICE_BAND", "BY_PRICE_BAND"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MANUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANUAL_VALUE
	 * @generated
	 * @ordered
	 */
	MANUAL(3, "MANUAL", "MANUAL"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BY GRADE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BY_GRADE
	 * @model annotation="http://retailerdesk.org/label zh='\u6309\u6863\u4f4d\u6295\u653e'"
	 * @generated
	 * @ordered
	 */
	public static final int BY_GRADE_VALUE = 0;

	/**
	 * The '<em><b>BY GRADE AND DIMENSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BY_GRADE_AND_DIMENSION
	 * @model annotation="http://retailerdesk.org/label zh='\u6309\u6863\u4f4d\u52a0\u7ef4\u5ea6\u6295\u653e'"
	 * @generated
	 * @ordered
	 */
	public static final int BY_GRADE_AND_DIMENSION_VALUE = 1;

	/**
	 * The '<em><b>BY PRICE BAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BY_PRICE_BAND
	 * @model annotation="http://retailerdesk.org/label zh='\u6309\u4ef7\u4f4d\u6bb5\u6295\u653e'"
	 * @generated
	 * @ordered
	 */
	public static final int BY_PRICE_BAND_VALUE = 2;

	/**
	 * The '<em><b>MANUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANUAL
	 * @model annotation="http://retailerdesk.org/label zh='\u4eba\u5de5\u5206\u914d'"
	 * @generated
	 * @ordered
	 */
	public static final int MANUAL_VALUE = 3;

	/**
	 * An array of all the '<em><b>Allocation Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AllocationMethod[] VALUES_ARRAY =
		new AllocationMethod[] {
			BY_GRADE,
			BY_GRADE_AND_DIMENSION,
			BY_PRICE_BAND,
			MANUAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Allocation Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AllocationMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Allocation Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AllocationMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AllocationMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Allocation Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AllocationMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AllocationMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Allocation Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AllocationMethod get(int value) {
		switch (value) {
			case BY_GRADE_VALUE: return BY_GRADE;
			case BY_GRADE_AND_DIMENSION_VALUE: return BY_GRADE_AND_DIMENSION;
			case BY_PRICE_BAND_VALUE: return BY_PRICE_BAND;
			case MANUAL_VALUE: return MANUAL;
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
	private AllocationMethod(int value, String name, String literal) {
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
	
} //AllocationMethod
