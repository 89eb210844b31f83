/**
 */
package org.retailerdesk.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Brand</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.Brand#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.Brand#getName <em>Name</em>}</li>
 *   <li>{@link org.retailerdesk.model.Brand#getPriceBand <em>Price Band</em>}</li>
 *   <li>{@link org.retailerdesk.model.Brand#getPricePerCarton <em>Price Per Carton</em>}</li>
 *   <li>{@link org.retailerdesk.model.Brand#isScarce <em>Scarce</em>}</li>
 *   <li>{@link org.retailerdesk.model.Brand#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.retailerdesk.model.Brand#getRetailPricePerCarton <em>Retail Price Per Carton</em>}</li>
 *   <li>{@link org.retailerdesk.model.Brand#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getBrand()
 * @model annotation="http://retailerdesk.org/label zh='\u5377\u70df\u54c1\u724c\u89c4\u683c'"
 * @generated
 */
public interface Brand extends Entity {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getBrand_Code()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5377\u70df\u7f16\u7801'"
	 *        annotation="http://retailerdesk.org/persistence length='20'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Brand#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getBrand_Name()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u54c1\u89c4\u540d\u79f0'"
	 *        annotation="http://retailerdesk.org/persistence length='100'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Brand#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Price Band</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.PriceBand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Price Band</em>' attribute.
	 * @see org.retailerdesk.model.PriceBand
	 * @see #setPriceBand(PriceBand)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getBrand_PriceBand()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u4ef7\u7c7b'"
	 * @generated
	 */
	PriceBand getPriceBand();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Brand#getPriceBand <em>Price Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price Band</em>' attribute.
	 * @see org.retailerdesk.model.PriceBand
	 * @see #getPriceBand()
	 * @generated
	 */
	void setPriceBand(PriceBand value);

	/**
	 * Returns the value of the '<em><b>Price Per Carton</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Price Per Carton</em>' attribute.
	 * @see #setPricePerCarton(BigDecimal)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getBrand_PricePerCarton()
	 * @model annotation="http://retailerdesk.org/label zh='\u6761\u6279\u53d1\u4ef7' en='Wholesale price per carton'"
	 * @generated
	 */
	BigDecimal getPricePerCarton();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Brand#getPricePerCarton <em>Price Per Carton</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price Per Carton</em>' attribute.
	 * @see #getPricePerCarton()
	 * @generated
	 */
	void setPricePerCarton(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Scarce</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scarce</em>' attribute.
	 * @see #setScarce(boolean)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getBrand_Scarce()
	 * @model annotation="http://retailerdesk.org/label zh='\u7d27\u4fcf'"
	 * @generated
	 */
	boolean isScarce();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Brand#isScarce <em>Scarce</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scarce</em>' attribute.
	 * @see #isScarce()
	 * @generated
	 */
	void setScarce(boolean value);

	/**
	 * Returns the value of the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manufacturer</em>' attribute.
	 * @see #setManufacturer(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getBrand_Manufacturer()
	 * @model annotation="http://retailerdesk.org/label zh='\u751f\u4ea7\u5382\u5bb6'"
	 *        annotation="http://retailerdesk.org/persistence length='100'"
	 * @generated
	 */
	String getManufacturer();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Brand#getManufacturer <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manufacturer</em>' attribute.
	 * @see #getManufacturer()
	 * @generated
	 */
	void setManufacturer(String value);

	/**
	 * Returns the value of the '<em><b>Retail Price Per Carton</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retail Price Per Carton</em>' attribute.
	 * @see #setRetailPricePerCarton(BigDecimal)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getBrand_RetailPricePerCarton()
	 * @model annotation="http://retailerdesk.org/label zh='\u6761\u96f6\u552e\u4ef7' en='Retail price per carton'"
	 * @generated
	 */
	BigDecimal getRetailPricePerCarton();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Brand#getRetailPricePerCarton <em>Retail Price Per Carton</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retail Price Per Carton</em>' attribute.
	 * @see #getRetailPricePerCarton()
	 * @generated
	 */
	void setRetailPricePerCarton(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getBrand_Active()
	 * @model default="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5728\u552e'"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Brand#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

} // Brand
