/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Acknowledgement</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getAcknowledgement()
 * @model annotation="http://retailerdesk.org/label zh='\u786e\u8ba4\u65b9\u5f0f'"
 * @generated
 */
public enum Acknowledgement implements Enumerator {
	/**
	 * The '<em><b>SIGNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNED_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNED(0, "SIGNED", "SIGNED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VERBAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBAL_VALUE
	 * @generated
	 * @ordered
	 */
	VERBAL(1, "VERBAL", "VERBAL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REFUSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUSED_VALUE
	 * @generated
	 * @ordered
	 */
	REFUSED(2, "REFUSED", "REFUSED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SIGNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNED
	 * @model annotation="http://retailerdesk.org/label zh='\u7b7e\u5b57\u786e\u8ba4' en='Signed'"
	 * @generated
	 * @ordered
	 */
	public static final int SIGNED_VALUE = 0;

	/**
	 * The '<em><b>VERBAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBAL
	 * @model annotation="http://retailerdesk.org/label zh='\u53e3\u5934\u786e\u8ba4' en='Verbal'"
	 * @generated
	 * @ordered
	 */
	public static final int VERBAL_VALUE = 1;

	/**
	 * The '<em><b>REFUSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUSED
	 * @model annotation="http://retailerdesk.org/label zh='\u62d2\u7edd\u786e\u8ba4' en='Refused'"
	 * @generated
	 * @ordered
	 */
	public static final int REFUSED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Acknowledgement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Acknowledgement[] VALUES_ARRAY =
		new Acknowledgement[] {
			SIGNED,
			VERBAL,
			REFUSED,
		};

	/**
	 * A public read-only list of all the '<em><b>Acknowledgement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Acknowledgement> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Acknowledgement</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Acknowledgement get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Acknowledgement result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Acknowledgement</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Acknowledgement getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Acknowledgement result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Acknowledgement</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Acknowledgement get(int value) {
		switch (value) {
			case SIGNED_VALUE: return SIGNED;
			case VERBAL_VALUE: return VERBAL;
			case REFUSED_VALUE: return REFUSED;
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
	private Acknowledgement(int value, String name, String literal) {
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
	
} //Acknowledgement
