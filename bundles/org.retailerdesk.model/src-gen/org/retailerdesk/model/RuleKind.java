/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Rule Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getRuleKind()
 * @model
 * @generated
 */
public enum RuleKind implements Enumerator {
	/**
	 * The '<em><b>GRADE CUTOFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_CUTOFF_VALUE
	 * @generated
	 * @ordered
	 */
	GRADE_CUTOFF(0, "GRADE_CUTOFF", "GRADE_CUTOFF"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PER RETAILER CAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_RETAILER_CAP_VALUE
	 * @generated
	 * @ordered
	 */
	PER_RETAILER_CAP(1, "PER_RETAILER_CAP", "PER_RETAILER_CAP"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DIMENSION WEIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIMENSION_WEIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	DIMENSION_WEIGHT(2, "DIMENSION_WEIGHT", "DIMENSION_WEIGHT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRIORITY UPLIFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIORITY_UPLIFT_VALUE
	 * @generated
	 * @ordered
	 */
	PRIORITY_UPLIFT(3, "PRIORITY_UPLIFT", "PRIORITY_UPLIFT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRIORITY MINIMUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIORITY_MINIMUM_VALUE
	 * @generated
	 * @ordered
	 */
	PRIORITY_MINIMUM(4, "PRIORITY_MINIMUM", "PRIORITY_MINIMUM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FORTNIGHTLY DOUBLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORTNIGHTLY_DOUBLE_VALUE
	 * @generated
	 * @ordered
	 */
	FORTNIGHTLY_DOUBLE(5, "FORTNIGHTLY_DOUBLE", "FORTNIGHTLY_DOUBLE"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GRADE CUTOFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADE_CUTOFF
	 * @model annotation="http://retailerdesk.org/label zh='\u6863\u4f4d\u4e0b\u9650'"
	 * @generated
	 * @ordered
	 */
	public static final int GRADE_CUTOFF_VALUE = 0;

	/**
	 * The '<em><b>PER RETAILER CAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_RETAILER_CAP
	 * @model annotation="http://retailerdesk.org/label zh='\u5355\u6237\u4e0a\u9650'"
	 * @generated
	 * @ordered
	 */
	public static final int PER_RETAILER_CAP_VALUE = 1;

	/**
	 * The '<em><b>DIMENSION WEIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIMENSION_WEIGHT
	 * @model annotation="http://retailerdesk.org/label zh='\u7ef4\u5ea6\u6743\u91cd'"
	 * @generated
	 * @ordered
	 */
	public static final int DIMENSION_WEIGHT_VALUE = 2;

	/**
	 * The '<em><b>PRIORITY UPLIFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIORITY_UPLIFT
	 * @model annotation="http://retailerdesk.org/label zh='\u5e2e\u6276\u4e0a\u6d6e'"
	 * @generated
	 * @ordered
	 */
	public static final int PRIORITY_UPLIFT_VALUE = 3;

	/**
	 * The '<em><b>PRIORITY MINIMUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIORITY_MINIMUM
	 * @model annotation="http://retailerdesk.org/label zh='\u5e2e\u6276\u4fdd\u5e95'"
	 * @generated
	 * @ordered
	 */
	public static final int PRIORITY_MINIMUM_VALUE = 4;

	/**
	 * The '<em><b>FORTNIGHTLY DOUBLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORTNIGHTLY_DOUBLE
	 * @model annotation="http://retailerdesk.org/label zh='\u53cc\u5468\u62dc\u8bbf\u52a0\u500d'"
	 * @generated
	 * @ordered
	 */
	public static final int FORTNIGHTLY_DOUBLE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Rule Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RuleKind[] VALUES_ARRAY =
		new RuleKind[] {
			GRADE_CUTOFF,
			PER_RETAILER_CAP,
			DIMENSION_WEIGHT,
			PRIORITY_UPLIFT,
			PRIORITY_MINIMUM,
			FORTNIGHTLY_DOUBLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Rule Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RuleKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Rule Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuleKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RuleKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rule Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuleKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RuleKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rule Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RuleKind get(int value) {
		switch (value) {
			case GRADE_CUTOFF_VALUE: return GRADE_CUTOFF;
			case PER_RETAILER_CAP_VALUE: return PER_RETAILER_CAP;
			case DIMENSION_WEIGHT_VALUE: return DIMENSION_WEIGHT;
			case PRIORITY_UPLIFT_VALUE: return PRIORITY_UPLIFT;
			case PRIORITY_MINIMUM_VALUE: return PRIORITY_MINIMUM;
			case FORTNIGHTLY_DOUBLE_VALUE: return FORTNIGHTLY_DOUBLE;
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
	private RuleKind(int value, String name, String literal) {
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
	
} //RuleKind
