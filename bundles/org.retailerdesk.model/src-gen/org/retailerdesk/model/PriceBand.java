/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Price Band</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getPriceBand()
 * @model
 * @generated
 */
public enum PriceBand implements Enumerator {
	/**
	 * The '<em><b>CLASS 1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_1_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS_1(0, "CLASS_1", "CLASS_1"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLASS 2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_2_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS_2(1, "CLASS_2", "CLASS_2"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLASS 3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_3_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS_3(2, "CLASS_3", "CLASS_3"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLASS 4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_4_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS_4(3, "CLASS_4", "CLASS_4"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLASS 5</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_5_VALUE
	 * @generated
	 * @ordered
	 */
	CLASS_5(4, "CLASS_5", "CLASS_5"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLASS 1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_1
	 * @model annotation="http://retailerdesk.org/label zh='\u4e00\u7c7b'"
	 * @generated
	 * @ordered
	 */
	public static final int CLASS_1_VALUE = 0;

	/**
	 * The '<em><b>CLASS 2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_2
	 * @model annotation="http://retailerdesk.org/label zh='\u4e8c\u7c7b'"
	 * @generated
	 * @ordered
	 */
	public static final int CLASS_2_VALUE = 1;

	/**
	 * The '<em><b>CLASS 3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_3
	 * @model annotation="http://retailerdesk.org/label zh='\u4e09\u7c7b'"
	 * @generated
	 * @ordered
	 */
	public static final int CLASS_3_VALUE = 2;

	/**
	 * The '<em><b>CLASS 4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_4
	 * @model annotation="http://retailerdesk.org/label zh='\u56db\u7c7b'"
	 * @generated
	 * @ordered
	 */
	public static final int CLASS_4_VALUE = 3;

	/**
	 * The '<em><b>CLASS 5</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASS_5
	 * @model annotation="http://retailerdesk.org/label zh='\u4e94\u7c7b'"
	 * @generated
	 * @ordered
	 */
	public static final int CLASS_5_VALUE = 4;

	/**
	 * An array of all the '<em><b>Price Band</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PriceBand[] VALUES_ARRAY =
		new PriceBand[] {
			CLASS_1,
			CLASS_2,
			CLASS_3,
			CLASS_4,
			CLASS_5,
		};

	/**
	 * A public read-only list of all the '<em><b>Price Band</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PriceBand> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Price Band</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PriceBand get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PriceBand result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Price Band</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PriceBand getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PriceBand result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Price Band</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PriceBand get(int value) {
		switch (value) {
			case CLASS_1_VALUE: return CLASS_1;
			case CLASS_2_VALUE: return CLASS_2;
			case CLASS_3_VALUE: return CLASS_3;
			case CLASS_4_VALUE: return CLASS_4;
			case CLASS_5_VALUE: return CLASS_5;
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
	private PriceBand(int value, String name, String literal) {
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
	
} //PriceBand
