/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Assistance Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getAssistanceCategory()
 * @model
 * @generated
 */
public enum AssistanceCategory implements Enumerator {
	/**
	 * The '<em><b>LAID OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAID_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	LAID_OFF(0, "LAID_OFF", "LAID_OFF"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DISABLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABLED_VALUE
	 * @generated
	 * @ordered
	 */
	DISABLED(1, "DISABLED", "DISABLED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXTREME HARDSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTREME_HARDSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	EXTREME_HARDSHIP(2, "EXTREME_HARDSHIP", "EXTREME_HARDSHIP"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MARTYR FAMILY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARTYR_FAMILY_VALUE
	 * @generated
	 * @ordered
	 */
	MARTYR_FAMILY(3, "MARTYR_FAMILY", "MARTYR_FAMILY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LOW INCOME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOW_INCOME_VALUE
	 * @generated
	 * @ordered
	 */
	LOW_INCOME(4, "LOW_INCOME", "LOW_INCOME"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ELDERLY ALONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELDERLY_ALONE_VALUE
	 * @generated
	 * @ordered
	 */
	ELDERLY_ALONE(5, "ELDERLY_ALONE", "ELDERLY_ALONE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LAID OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAID_OFF
	 * @model annotation="http://retailerdesk.org/label zh='\u4e0b\u5c97\u804c\u5de5'"
	 * @generated
	 * @ordered
	 */
	public static final int LAID_OFF_VALUE = 0;

	/**
	 * The '<em><b>DISABLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABLED
	 * @model annotation="http://retailerdesk.org/label zh='\u6b8b\u75be\u4eba'"
	 * @generated
	 * @ordered
	 */
	public static final int DISABLED_VALUE = 1;

	/**
	 * The '<em><b>EXTREME HARDSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTREME_HARDSHIP
	 * @model annotation="http://retailerdesk.org/label zh='\u751f\u6d3b\u7279\u56f0\u6237'"
	 * @generated
	 * @ordered
	 */
	public static final int EXTREME_HARDSHIP_VALUE = 2;

	/**
	 * The '<em><b>MARTYR FAMILY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARTYR_FAMILY
	 * @model annotation="http://retailerdesk.org/label zh='\u70c8\u519b\u5c5e'"
	 * @generated
	 * @ordered
	 */
	public static final int MARTYR_FAMILY_VALUE = 3;

	/**
	 * The '<em><b>LOW INCOME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOW_INCOME
	 * @model annotation="http://retailerdesk.org/label zh='\u4f4e\u4fdd\u6237'"
	 * @generated
	 * @ordered
	 */
	public static final int LOW_INCOME_VALUE = 4;

	/**
	 * The '<em><b>ELDERLY ALONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELDERLY_ALONE
	 * @model annotation="http://retailerdesk.org/label zh='\u5b64\u5be1\u8001\u4eba'"
	 * @generated
	 * @ordered
	 */
	public static final int ELDERLY_ALONE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Assistance Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AssistanceCategory[] VALUES_ARRAY =
		new AssistanceCategory[] {
			LAID_OFF,
			DISABLED,
			EXTREME_HARDSHIP,
			MARTYR_FAMILY,
			LOW_INCOME,
			ELDERLY_ALONE,
		};

	/**
	 * A public read-only list of all the '<em><b>Assistance Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AssistanceCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Assistance Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssistanceCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssistanceCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Assistance Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssistanceCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AssistanceCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Assistance Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssistanceCategory get(int value) {
		switch (value) {
			case LAID_OFF_VALUE: return LAID_OFF;
			case DISABLED_VALUE: return DISABLED;
			case EXTREME_HARDSHIP_VALUE: return EXTREME_HARDSHIP;
			case MARTYR_FAMILY_VALUE: return MARTYR_FAMILY;
			case LOW_INCOME_VALUE: return LOW_INCOME;
			case ELDERLY_ALONE_VALUE: return ELDERLY_ALONE;
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
	private AssistanceCategory(int value, String name, String literal) {
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
	
} //AssistanceCategory
