/**
 */
package org.retailerdesk.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Policy Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.retailerdesk.model.RetailerdeskPackage#getPolicyCategory()
 * @model
 * @generated
 */
public enum PolicyCategory implements Enumerator {
	/**
	 * The '<em><b>LAW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAW_VALUE
	 * @generated
	 * @ordered
	 */
	LAW(0, "LAW", "LAW"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INDUSTRY POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRY_POLICY(1, "INDUSTRY_POLICY", "INDUSTRY_POLICY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPANY STRATEGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY_STRATEGY_VALUE
	 * @generated
	 * @ordered
	 */
	COMPANY_STRATEGY(2, "COMPANY_STRATEGY", "COMPANY_STRATEGY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MARKET INFORMATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKET_INFORMATION_VALUE
	 * @generated
	 * @ordered
	 */
	MARKET_INFORMATION(3, "MARKET_INFORMATION", "MARKET_INFORMATION"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LAW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAW
	 * @model annotation="http://retailerdesk.org/label zh='\u6cd5\u5f8b\u6cd5\u89c4'"
	 * @generated
	 * @ordered
	 */
	public static final int LAW_VALUE = 0;

	/**
	 * The '<em><b>INDUSTRY POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_POLICY
	 * @model annotation="http://retailerdesk.org/label zh='\u884c\u4e1a\u653f\u7b56'"
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRY_POLICY_VALUE = 1;

	/**
	 * The '<em><b>COMPANY STRATEGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY_STRATEGY
	 * @model annotation="http://retailerdesk.org/label zh='\u516c\u53f8\u6218\u7565'"
	 * @generated
	 * @ordered
	 */
	public static final int COMPANY_STRATEGY_VALUE = 2;

	/**
	 * The '<em><b>MARKET INFORMATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKET_INFORMATION
	 * @model annotation="http://retailerdesk.org/label zh='\u5e02\u573a\u4fe1\u606f'"
	 * @generated
	 * @ordered
	 */
	public static final int MARKET_INFORMATION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Policy Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PolicyCategory[] VALUES_ARRAY =
		new PolicyCategory[] {
			LAW,
			INDUSTRY_POLICY,
			COMPANY_STRATEGY,
			MARKET_INFORMATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Policy Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PolicyCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Policy Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PolicyCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Policy Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PolicyCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Policy Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyCategory get(int value) {
		switch (value) {
			case LAW_VALUE: return LAW;
			case INDUSTRY_POLICY_VALUE: return INDUSTRY_POLICY;
			case COMPANY_STRATEGY_VALUE: return COMPANY_STRATEGY;
			case MARKET_INFORMATION_VALUE: return MARKET_INFORMATION;
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
	private PolicyCategory(int value, String name, String literal) {
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
	
} //PolicyCategory
