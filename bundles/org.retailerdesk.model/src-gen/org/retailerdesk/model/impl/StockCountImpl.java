/**
 */
package org.retailerdesk.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.StockCount;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stock Count</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.StockCountImpl#getCartons <em>Cartons</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.StockCountImpl#getBrandsInStock <em>Brands In Stock</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StockCountImpl extends OperatingRecordImpl implements StockCount {
	/**
	 * The default value of the '{@link #getCartons() <em>Cartons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCartons()
	 * @generated
	 * @ordered
	 */
	protected static final int CARTONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCartons() <em>Cartons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCartons()
	 * @generated
	 * @ordered
	 */
	protected int cartons = CARTONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBrandsInStock() <em>Brands In Stock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandsInStock()
	 * @generated
	 * @ordered
	 */
	protected static final int BRANDS_IN_STOCK_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBrandsInStock() <em>Brands In Stock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandsInStock()
	 * @generated
	 * @ordered
	 */
	protected int brandsInStock = BRANDS_IN_STOCK_EDEFAULT;

	/**
	 * This is true if the Brands In Stock attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean brandsInStockESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StockCountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.STOCK_COUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCartons() {
		return cartons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCartons(int newCartons) {
		int oldCartons = cartons;
		cartons = newCartons;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.STOCK_COUNT__CARTONS, oldCartons, cartons));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBrandsInStock() {
		return brandsInStock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrandsInStock(int newBrandsInStock) {
		int oldBrandsInStock = brandsInStock;
		brandsInStock = newBrandsInStock;
		boolean oldBrandsInStockESet = brandsInStockESet;
		brandsInStockESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.STOCK_COUNT__BRANDS_IN_STOCK, oldBrandsInStock, brandsInStock, !oldBrandsInStockESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBrandsInStock() {
		int oldBrandsInStock = brandsInStock;
		boolean oldBrandsInStockESet = brandsInStockESet;
		brandsInStock = BRANDS_IN_STOCK_EDEFAULT;
		brandsInStockESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RetailerdeskPackage.STOCK_COUNT__BRANDS_IN_STOCK, oldBrandsInStock, BRANDS_IN_STOCK_EDEFAULT, oldBrandsInStockESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBrandsInStock() {
		return brandsInStockESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.STOCK_COUNT__CARTONS:
				return getCartons();
			case RetailerdeskPackage.STOCK_COUNT__BRANDS_IN_STOCK:
				return getBrandsInStock();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RetailerdeskPackage.STOCK_COUNT__CARTONS:
				setCartons((Integer)newValue);
				return;
			case RetailerdeskPackage.STOCK_COUNT__BRANDS_IN_STOCK:
				setBrandsInStock((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RetailerdeskPackage.STOCK_COUNT__CARTONS:
				setCartons(CARTONS_EDEFAULT);
				return;
			case RetailerdeskPackage.STOCK_COUNT__BRANDS_IN_STOCK:
				unsetBrandsInStock();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RetailerdeskPackage.STOCK_COUNT__CARTONS:
				return cartons != CARTONS_EDEFAULT;
			case RetailerdeskPackage.STOCK_COUNT__BRANDS_IN_STOCK:
				return isSetBrandsInStock();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (cartons: "); //$NON-NLS-1$
		result.append(cartons);
		result.append(", brandsInStock: "); //$NON-NLS-1$
		if (brandsInStockESet) result.append(brandsInStock); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //StockCountImpl
