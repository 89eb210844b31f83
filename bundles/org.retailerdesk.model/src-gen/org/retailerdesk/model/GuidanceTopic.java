/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Guidance Topic</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getGuidanceTopic()
 * @model
 * @generated
 */
public enum GuidanceTopic implements Enumerator {
	/**
	 * The '<em><b>ORDERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDERING_VALUE
	 * @generated
	 * @ordered
	 */
	ORDERING(0, "ORDERING", "ORDERING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RECEIVING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECEIVING_VALUE
	 * @generated
	 * @ordered
	 */
	RECEIVING(1, "RECEIVING", "RECEIVING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DISPLAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISPLAY_VALUE
	 * @generated
	 * @ordered
	 */
	DISPLAY(2, "DISPLAY", "DISPLAY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRICE MARKING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRICE_MARKING_VALUE
	 * @generated
	 * @ordered
	 */
	PRICE_MARKING(3, "PRICE_MARKING", "PRICE_MARKING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ORDERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDERING
	 * @model annotation="http://retailerdesk.org/label zh='\u8ba2\u8d27\u6307\u5bfc'"
	 * @generated
	 * @ordered
	 */
	public static final int ORDERING_VALUE = 0;

	/**
	 * The '<em><b>RECEIVING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECEIVING
	 * @model annotation="http://retailerdesk.org/label zh='\u6536\u8d27\u6307\u5bfc'"
	 * @generated
	 * @ordered
	 */
	public static final int RECEIVING_VALUE = 1;

	/**
	 * The '<em><b>DISPLAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISPLAY
	 * @model annotation="http://retailerdesk.org/label zh='\u9648\u5217\u6307\u5bfc'"
	 * @generated
	 * @ordered
	 */
	public static final int DISPLAY_VALUE = 2;

	/**
	 * The '<em><b>PRICE MARKING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRICE_MARKING
	 * @model annotation="http://retailerdesk.org/label zh='\u660e\u7801\u6807\u4ef7'"
	 * @generated
	 * @ordered
	 */
	public static final int PRICE_MARKING_VALUE = 3;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model annotation="http://retailerdesk.org/label zh='\u5176\u4ed6'"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Guidance Topic</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GuidanceTopic[] VALUES_ARRAY =
		new GuidanceTopic[] {
			ORDERING,
			RECEIVING,
			DISPLAY,
			PRICE_MARKING,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Guidance Topic</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GuidanceTopic> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Guidance Topic</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuidanceTopic get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GuidanceTopic result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Guidance Topic</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuidanceTopic getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GuidanceTopic result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Guidance Topic</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuidanceTopic get(int value) {
		switch (value) {
			case ORDERING_VALUE: return ORDERING;
			case RECEIVING_VALUE: return RECEIVING;
			case DISPLAY_VALUE: return DISPLAY;
			case PRICE_MARKING_VALUE: return PRICE_MARKING;
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
	private GuidanceTopic(int value, String name, String literal) {
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
	
} //GuidanceTopic
