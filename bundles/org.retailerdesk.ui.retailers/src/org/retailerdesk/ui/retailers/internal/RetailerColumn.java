package org.retailerdesk.ui.retailers.internal;

import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.RetailerSort;

/**
 * The columns of the retailer list, in their order. Headers are the model's own labels, so the
 * list and the retailer file name a field alike; only columns the store can sort by have a sort key.
 */
public enum RetailerColumn {
    CUSTOMER_CODE(Literals.RETAILER__CUSTOMER_CODE, 110, RetailerSort.CUSTOMER_CODE, Retailer::getCustomerCode),
    LICENCE_NUMBER(Literals.RETAILER__LICENCE_NUMBER, 130, null, Retailer::getLicenceNumber),
    SHOP_NAME(Literals.RETAILER__SHOP_NAME, 190, RetailerSort.SHOP_NAME, Retailer::getShopName),
    OWNER(Literals.RETAILER__OWNER, 80, null, Retailer::getOwner),
    DISTRICT(Literals.RETAILER__DISTRICT, 120, RetailerSort.DISTRICT, r -> name(r.getDistrict())),
    MARKET_DEPARTMENT(Literals.RETAILER__MARKET_DEPARTMENT, 150, null, r -> name(r.getMarketDepartment())),
    CUSTOMER_MANAGER(Literals.RETAILER__CUSTOMER_MANAGER, 130, null, r -> name(r.getCustomerManager())),
    GRADE(Literals.RETAILER__GRADE, 60, RetailerSort.GRADE, Retailer::getGrade),
    BUSINESS_FORMAT(Literals.RETAILER__BUSINESS_FORMAT, 90, null, r -> value(r.getBusinessFormat())),
    MARKET_TYPE(Literals.RETAILER__MARKET_TYPE, 80, null, r -> value(r.getMarketType())),
    CLASSIFICATION_CODE(Literals.RETAILER__CLASSIFICATION_CODE, 80, null, Retailer::getClassificationCode),
    CREDIT_LEVEL(Literals.RETAILER__CREDIT_LEVEL, 70, null, r -> value(r.getCreditLevel())),
    /** Whether it is in business; shown since the status filter can list those that are not. */
    STATUS(Literals.RETAILER__STATUS, 80, null, r -> value(r.getStatus())),
    PHONE(Literals.RETAILER__CONTACT_PHONE, 110, null, Retailer::getContactPhone),
    /** Not a field of the retailer: it has a priority-household record active today ({@code ActiveHouseholds}). */
    PRIORITY_HOUSEHOLD(null, 80, null, null);

    private final EStructuralFeature feature;
    private final int width;
    private final RetailerSort sort;
    private final Function<Retailer, Object> value;

    RetailerColumn(EStructuralFeature feature, int width, RetailerSort sort, Function<Retailer, Object> value) {
        this.feature = feature;
        this.width = width;
        this.sort = sort;
        this.value = value;
    }

    public String label() {
        return feature != null ? ModelLabels.label(feature) : Messages.Retailers_householdColumn;
    }

    /** Width in pixels at 100 % zoom. */
    int width() {
        return width;
    }

    /** @return the store's sort key for this column, or null when the list cannot be sorted by it */
    public RetailerSort sort() {
        return sort;
    }

    /** What the cell shows; households are the ids of retailers with an active priority-household record. */
    Object value(Retailer retailer, Set<Long> households) {
        if (this == PRIORITY_HOUSEHOLD) {
            return households.contains(retailer.getId()) ? Messages.Retailers_householdMarker : null;
        }
        return value.apply(retailer);
    }

    private static String name(Object reference) {
        return reference instanceof Entity e ? EntityLabels.label(e) : null;
    }

    private static String value(Enumerator literal) {
        return literal == null ? null : ModelLabels.valueLabel(literal);
    }
}
