/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Business Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getBusinessFormat()
 * @model
 * @generated
 */
public enum BusinessFormat implements Enumerator {
	/**
	 * The '<em><b>GROCERY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROCERY_VALUE
	 * @generated
	 * @ordered
	 */
	GROCERY(0, "GROCERY", "GROCERY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONVENIENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVENIENCE_VALUE
	 * @generated
	 * @ordered
	 */
	CONVENIENCE(1, "CONVENIENCE", "CONVENIENCE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUPERMARKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERMARKET_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERMARKET(2, "SUPERMARKET", "SUPERMARKET"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MALL_VALUE
	 * @generated
	 * @ordered
	 */
	MALL(3, "MALL", "MALL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TOBACCO LIQUOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOBACCO_LIQUOR_VALUE
	 * @generated
	 * @ordered
	 */
	TOBACCO_LIQUOR(4, "TOBACCO_LIQUOR", "TOBACCO_LIQUOR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ENTERTAINMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERTAINMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ENTERTAINMENT(5, "ENTERTAINMENT", "ENTERTAINMENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GROCERY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROCERY
	 * @model annotation="http://retailerdesk.org/label zh='\u98df\u6742\u5e97'"
	 * @generated
	 * @ordered
	 */
	public static final int GROCERY_VALUE = 0;

	/**
	 * The '<em><b>CONVENIENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVENIENCE
	 * @model annotation="http://retailerdesk.org/label zh='\u4fbf\u5229\u5e97'"
	 * @generated
	 * @ordered
	 */
	public static final int CONVENIENCE_VALUE = 1;

	/**
	 * The '<em><b>SUPERMARKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERMARKET
	 * @model annotation="http://retailerdesk.org/label zh='\u8d85\u5e02'"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERMARKET_VALUE = 2;

	/**
	 * The '<em><b>MALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MALL
	 * @model annotation="http://retailerdesk.org/label zh='\u5546\u573a'"
	 * @generated
	 * @ordered
	 */
	public static final int MALL_VALUE = 3;

	/**
	 * The '<em><b>TOBACCO LIQUOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOBACCO_LIQUOR
	 * @model annotation="http://retailerdesk.org/label zh='\u70df\u9152\u5546\u5e97'"
	 * @generated
	 * @ordered
	 */
	public static final int TOBACCO_LIQUOR_VALUE = 4;

	/**
	 * The '<em><b>ENTERTAINMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERTAINMENT
	 * @model annotation="http://retailerdesk.org/label zh='\u5a31\u4e50\u670d\u52a1\u7c7b'"
	 * @generated
	 * @ordered
	 */
	public static final int ENTERTAINMENT_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model annotation="http://retailerdesk.org/label zh='\u5176\u4ed6'"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Business Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BusinessFormat[] VALUES_ARRAY =
		new BusinessFormat[] {
			GROCERY,
			CONVENIENCE,
			SUPERMARKET,
			MALL,
			TOBACCO_LIQUOR,
			ENTERTAINMENT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Business Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BusinessFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Business Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BusinessFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BusinessFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Business Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BusinessFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BusinessFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Business Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BusinessFormat get(int value) {
		switch (value) {
			case GROCERY_VALUE: return GROCERY;
			case CONVENIENCE_VALUE: return CONVENIENCE;
			case SUPERMARKET_VALUE: return SUPERMARKET;
			case MALL_VALUE: return MALL;
			case TOBACCO_LIQUOR_VALUE: return TOBACCO_LIQUOR;
			case ENTERTAINMENT_VALUE: return ENTERTAINMENT;
			case OTHER_VALUE: return OTHER;
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
	private BusinessFormat(int value, String name, String literal) {
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
	
} //BusinessFormat
