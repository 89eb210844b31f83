/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Licence Event Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getLicenceEventKind()
 * @model
 * @generated
 */
public enum LicenceEventKind implements Enumerator {
	/**
	 * The '<em><b>SUSPENDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDED_VALUE
	 * @generated
	 * @ordered
	 */
	SUSPENDED(0, "SUSPENDED", "SUSPENDED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RESUMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESUMED_VALUE
	 * @generated
	 * @ordered
	 */
	RESUMED(1, "RESUMED", "RESUMED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CANCELLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANCELLED_VALUE
	 * @generated
	 * @ordered
	 */
	CANCELLED(2, "CANCELLED", "CANCELLED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LICENCE NUMBER CHANGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LICENCE_NUMBER_CHANGED_VALUE
	 * @generated
	 * @ordered
	 */
	LICENCE_NUMBER_CHANGED(3, "LICENCE_NUMBER_CHANGED", "LICENCE_NUMBER_CHANGED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HOLDER CHANGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOLDER_CHANGED_VALUE
	 * @generated
	 * @ordered
	 */
	HOLDER_CHANGED(4, "HOLDER_CHANGED", "HOLDER_CHANGED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUSPENDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDED
	 * @model annotation="http://retailerdesk.org/label zh='\u505c\u4e1a' en='Suspended'"
	 * @generated
	 * @ordered
	 */
	public static final int SUSPENDED_VALUE = 0;

	/**
	 * The '<em><b>RESUMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESUMED
	 * @model annotation="http://retailerdesk.org/label zh='\u6062\u590d\u8425\u4e1a' en='Resumed'"
	 * @generated
	 * @ordered
	 */
	public static final int RESUMED_VALUE = 1;

	/**
	 * The '<em><b>CANCELLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANCELLED
	 * @model annotation="http://retailerdesk.org/label zh='\u6ce8\u9500' en='Cancelled'"
	 * @generated
	 * @ordered
	 */
	public static final int CANCELLED_VALUE = 2;

	/**
	 * The '<em><b>LICENCE NUMBER CHANGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LICENCE_NUMBER_CHANGED
	 * @model annotation="http://retailerdesk.org/label zh='\u8bb8\u53ef\u8bc1\u53f7\u53d8\u66f4' en='Licence number changed'"
	 * @generated
	 * @ordered
	 */
	public static final int LICENCE_NUMBER_CHANGED_VALUE = 3;

	/**
	 * The '<em><b>HOLDER CHANGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOLDER_CHANGED
	 * @model annotation="http://retailerdesk.org/label zh='\u6301\u8bc1\u4eba\u53d8\u66f4' en='Holder changed'"
	 * @generated
	 * @ordered
	 */
	public static final int HOLDER_CHANGED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Licence Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LicenceEventKind[] VALUES_ARRAY =
		new LicenceEventKind[] {
			SUSPENDED,
			RESUMED,
			CANCELLED,
			LICENCE_NUMBER_CHANGED,
			HOLDER_CHANGED,
		};

	/**
	 * A public read-only list of all the '<em><b>Licence Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LicenceEventKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Licence Event Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LicenceEventKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LicenceEventKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Licence Event Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LicenceEventKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LicenceEventKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Licence Event Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LicenceEventKind get(int value) {
		switch (value) {
			case SUSPENDED_VALUE: return SUSPENDED;
			case RESUMED_VALUE: return RESUMED;
			case CANCELLED_VALUE: return CANCELLED;
			case LICENCE_NUMBER_CHANGED_VALUE: return LICENCE_NUMBER_CHANGED;
			case HOLDER_CHANGED_VALUE: return HOLDER_CHANGED;
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
	private LicenceEventKind(int value, String name, String literal) {
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
	
} //LicenceEventKind
