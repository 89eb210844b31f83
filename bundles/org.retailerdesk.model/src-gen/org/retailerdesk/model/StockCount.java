/**
 */
package org.retailerdesk.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stock Count</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.StockCount#getCartons <em>Cartons</em>}</li>
 *   <li>{@link org.retailerdesk.model.StockCount#getBrandsInStock <em>Brands In Stock</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getStockCount()
 * @model annotation="http://retailerdesk.org/label zh='\u5e93\u5b58\u76d8\u70b9'"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='NotNegative'"
 * @generated
 */
public interface StockCount extends OperatingRecord {
	/**
	 * Returns the value of the '<em><b>Cartons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cartons</em>' attribute.
	 * @see #setCartons(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getStockCount_Cartons()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5e93\u5b58\u91cf\uff08\u6761\uff09'"
	 * @generated
	 */
	int getCartons();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.StockCount#getCartons <em>Cartons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cartons</em>' attribute.
	 * @see #getCartons()
	 * @generated
	 */
	void setCartons(int value);

	/**
	 * Returns the value of the '<em><b>Brands In Stock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brands In Stock</em>' attribute.
	 * @see #isSetBrandsInStock()
	 * @see #unsetBrandsInStock()
	 * @see #setBrandsInStock(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getStockCount_BrandsInStock()
	 * @model unsettable="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5728\u5e93\u54c1\u89c4\u6570'"
	 * @generated
	 */
	int getBrandsInStock();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.StockCount#getBrandsInStock <em>Brands In Stock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brands In Stock</em>' attribute.
	 * @see #isSetBrandsInStock()
	 * @see #unsetBrandsInStock()
	 * @see #getBrandsInStock()
	 * @generated
	 */
	void setBrandsInStock(int value);

	/**
	 * Unsets the value of the '{@link org.retailerdesk.model.StockCount#getBrandsInStock <em>Brands In Stock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBrandsInStock()
	 * @see #getBrandsInStock()
	 * @see #setBrandsInStock(int)
	 * @generated
	 */
	void unsetBrandsInStock();

	/**
	 * Returns whether the value of the '{@link org.retailerdesk.model.StockCount#getBrandsInStock <em>Brands In Stock</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Brands In Stock</em>' attribute is set.
	 * @see #unsetBrandsInStock()
	 * @see #getBrandsInStock()
	 * @see #setBrandsInStock(int)
	 * @generated
	 */
	boolean isSetBrandsInStock();

} // StockCount
