/**
 */
package org.retailerdesk.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.Brand;
import org.retailerdesk.model.PriceBand;
import org.retailerdesk.model.RetailerdeskPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Brand</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.BrandImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.BrandImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.BrandImpl#getPriceBand <em>Price Band</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.BrandImpl#getPricePerCarton <em>Price Per Carton</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.BrandImpl#isScarce <em>Scarce</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.BrandImpl#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.BrandImpl#getRetailPricePerCarton <em>Retail Price Per Carton</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.BrandImpl#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BrandImpl extends EntityImpl implements Brand {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriceBand() <em>Price Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriceBand()
	 * @generated
	 * @ordered
	 */
	protected static final PriceBand PRICE_BAND_EDEFAULT = PriceBand.CLASS_1;

	/**
	 * The cached value of the '{@link #getPriceBand() <em>Price Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriceBand()
	 * @generated
	 * @ordered
	 */
	protected PriceBand priceBand = PRICE_BAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPricePerCarton() <em>Price Per Carton</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPricePerCarton()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PRICE_PER_CARTON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPricePerCarton() <em>Price Per Carton</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPricePerCarton()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal pricePerCarton = PRICE_PER_CARTON_EDEFAULT;

	/**
	 * The default value of the '{@link #isScarce() <em>Scarce</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isScarce()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SCARCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isScarce() <em>Scarce</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isScarce()
	 * @generated
	 * @ordered
	 */
	protected boolean scarce = SCARCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected static final String MANUFACTURER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected String manufacturer = MANUFACTURER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetailPricePerCarton() <em>Retail Price Per Carton</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetailPricePerCarton()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal RETAIL_PRICE_PER_CARTON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetailPricePerCarton() <em>Retail Price Per Carton</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetailPricePerCarton()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal retailPricePerCarton = RETAIL_PRICE_PER_CARTON_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BrandImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.BRAND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.BRAND__CODE, oldCode, code));
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.BRAND__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriceBand getPriceBand() {
		return priceBand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriceBand(PriceBand newPriceBand) {
		PriceBand oldPriceBand = priceBand;
		priceBand = newPriceBand == null ? PRICE_BAND_EDEFAULT : newPriceBand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.BRAND__PRICE_BAND, oldPriceBand, priceBand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPricePerCarton() {
		return pricePerCarton;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPricePerCarton(BigDecimal newPricePerCarton) {
		BigDecimal oldPricePerCarton = pricePerCarton;
		pricePerCarton = newPricePerCarton;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.BRAND__PRICE_PER_CARTON, oldPricePerCarton, pricePerCarton));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isScarce() {
		return scarce;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScarce(boolean newScarce) {
		boolean oldScarce = scarce;
		scarce = newScarce;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.BRAND__SCARCE, oldScarce, scarce));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManufacturer() {
		return manufacturer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManufacturer(String newManufacturer) {
		String oldManufacturer = manufacturer;
		manufacturer = newManufacturer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.BRAND__MANUFACTURER, oldManufacturer, manufacturer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRetailPricePerCarton() {
		return retailPricePerCarton;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetailPricePerCarton(BigDecimal newRetailPricePerCarton) {
		BigDecimal oldRetailPricePerCarton = retailPricePerCarton;
		retailPricePerCarton = newRetailPricePerCarton;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.BRAND__RETAIL_PRICE_PER_CARTON, oldRetailPricePerCarton, retailPricePerCarton));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.BRAND__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.BRAND__CODE:
				return getCode();
			case RetailerdeskPackage.BRAND__NAME:
				return getName();
			case RetailerdeskPackage.BRAND__PRICE_BAND:
				return getPriceBand();
			case RetailerdeskPackage.BRAND__PRICE_PER_CARTON:
				return getPricePerCarton();
			case RetailerdeskPackage.BRAND__SCARCE:
				return isScarce();
			case RetailerdeskPackage.BRAND__MANUFACTURER:
				return getManufacturer();
			case RetailerdeskPackage.BRAND__RETAIL_PRICE_PER_CARTON:
				return getRetailPricePerCarton();
			case RetailerdeskPackage.BRAND__ACTIVE:
				return isActive();
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
			case RetailerdeskPackage.BRAND__CODE:
				setCode((String)newValue);
				return;
			case RetailerdeskPackage.BRAND__NAME:
				setName((String)newValue);
				return;
			case RetailerdeskPackage.BRAND__PRICE_BAND:
				setPriceBand((PriceBand)newValue);
				return;
			case RetailerdeskPackage.BRAND__PRICE_PER_CARTON:
				setPricePerCarton((BigDecimal)newValue);
				return;
			case RetailerdeskPackage.BRAND__SCARCE:
				setScarce((Boolean)newValue);
				return;
			case RetailerdeskPackage.BRAND__MANUFACTURER:
				setManufacturer((String)newValue);
				return;
			case RetailerdeskPackage.BRAND__RETAIL_PRICE_PER_CARTON:
				setRetailPricePerCarton((BigDecimal)newValue);
				return;
			case RetailerdeskPackage.BRAND__ACTIVE:
				setActive((Boolean)newValue);
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
			case RetailerdeskPackage.BRAND__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RetailerdeskPackage.BRAND__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RetailerdeskPackage.BRAND__PRICE_BAND:
				setPriceBand(PRICE_BAND_EDEFAULT);
				return;
			case RetailerdeskPackage.BRAND__PRICE_PER_CARTON:
				setPricePerCarton(PRICE_PER_CARTON_EDEFAULT);
				return;
			case RetailerdeskPackage.BRAND__SCARCE:
				setScarce(SCARCE_EDEFAULT);
				return;
			case RetailerdeskPackage.BRAND__MANUFACTURER:
				setManufacturer(MANUFACTURER_EDEFAULT);
				return;
			case RetailerdeskPackage.BRAND__RETAIL_PRICE_PER_CARTON:
				setRetailPricePerCarton(RETAIL_PRICE_PER_CARTON_EDEFAULT);
				return;
			case RetailerdeskPackage.BRAND__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
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
			case RetailerdeskPackage.BRAND__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RetailerdeskPackage.BRAND__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RetailerdeskPackage.BRAND__PRICE_BAND:
				return priceBand != PRICE_BAND_EDEFAULT;
			case RetailerdeskPackage.BRAND__PRICE_PER_CARTON:
				return PRICE_PER_CARTON_EDEFAULT == null ? pricePerCarton != null : !PRICE_PER_CARTON_EDEFAULT.equals(pricePerCarton);
			case RetailerdeskPackage.BRAND__SCARCE:
				return scarce != SCARCE_EDEFAULT;
			case RetailerdeskPackage.BRAND__MANUFACTURER:
				return MANUFACTURER_EDEFAULT == null ? manufacturer != null : !MANUFACTURER_EDEFAULT.equals(manufacturer);
			case RetailerdeskPackage.BRAND__RETAIL_PRICE_PER_CARTON:
				return RETAIL_PRICE_PER_CARTON_EDEFAULT == null ? retailPricePerCarton != null : !RETAIL_PRICE_PER_CARTON_EDEFAULT.equals(retailPricePerCarton);
			case RetailerdeskPackage.BRAND__ACTIVE:
				return active != ACTIVE_EDEFAULT;
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
		result.append(" (code: "); //$NON-NLS-1$
		result.append(code);
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", priceBand: "); //$NON-NLS-1$
		result.append(priceBand);
		result.append(", pricePerCarton: "); //$NON-NLS-1$
		result.append(pricePerCarton);
		result.append(", scarce: "); //$NON-NLS-1$
		result.append(scarce);
		result.append(", manufacturer: "); //$NON-NLS-1$
		result.append(manufacturer);
		result.append(", retailPricePerCarton: "); //$NON-NLS-1$
		result.append(retailPricePerCarton);
		result.append(", active: "); //$NON-NLS-1$
		result.append(active);
		result.append(')');
		return result.toString();
	}

} //BrandImpl
