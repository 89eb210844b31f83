/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Preference Rule</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getPreferenceRule()
 * @model
 * @generated
 */
public enum PreferenceRule implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UPLIFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPLIFT_VALUE
	 * @generated
	 * @ordered
	 */
	UPLIFT(1, "UPLIFT", "UPLIFT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GUARANTEED MINIMUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUARANTEED_MINIMUM_VALUE
	 * @generated
	 * @ordered
	 */
	GUARANTEED_MINIMUM(2, "GUARANTEED_MINIMUM", "GUARANTEED_MINIMUM"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model annotation="http://retailerdesk.org/label zh='\u65e0'"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>UPLIFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPLIFT
	 * @model annotation="http://retailerdesk.org/label zh='\u6309\u6bd4\u4f8b\u4e0a\u6d6e'"
	 * @generated
	 * @ordered
	 */
	public static final int UPLIFT_VALUE = 1;

	/**
	 * The '<em><b>GUARANTEED MINIMUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUARANTEED_MINIMUM
	 * @model annotation="http://retailerdesk.org/label zh='\u4fdd\u5e95\u6570\u91cf'"
	 * @generated
	 * @ordered
	 */
	public static final int GUARANTEED_MINIMUM_VALUE = 2;

	/**
	 * An array of all the '<em><b>Preference Rule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PreferenceRule[] VALUES_ARRAY =
		new PreferenceRule[] {
			NONE,
			UPLIFT,
			GUARANTEED_MINIMUM,
		};

	/**
	 * A public read-only list of all the '<em><b>Preference Rule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PreferenceRule> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Preference Rule</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PreferenceRule get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PreferenceRule result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Preference Rule</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PreferenceRule getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PreferenceRule result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Preference Rule</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PreferenceRule get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case UPLIFT_VALUE: return UPLIFT;
			case GUARANTEED_MINIMUM_VALUE: return GUARANTEED_MINIMUM;
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
	private PreferenceRule(int value, String name, String literal) {
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
	
} //PreferenceRule
