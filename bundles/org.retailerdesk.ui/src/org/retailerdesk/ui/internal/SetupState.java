package org.retailerdesk.ui.internal;

import java.util.List;

import org.retailerdesk.model.Brand;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Staff;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;

/**
 * How far a centre is set up: what the setup guide's four steps count. A step is done once the
 * store holds at least one of each thing it sets up.
 */
public record SetupState(long districts, long departments, long routes, long staff, long brands, long retailers) {

    /** Everything a step's tick depends on: a write of one of these may tick or untick it. */
    public static final List<Class<? extends Entity>> TYPES = List.of(District.class, MarketDepartment.class,
            DeliveryRoute.class, Staff.class, Brand.class, Retailer.class);

    /** Reads the counts; not for the UI thread. */
    public static SetupState read(Store store) {
        return new SetupState(store.findAll(District.class).size(), store.findAll(MarketDepartment.class).size(),
                store.findAll(DeliveryRoute.class).size(), store.findAll(Staff.class).size(),
                store.findAll(Brand.class).size(), store.retailers().count(RetailerQuery.all()));
    }

    /** Step 1: districts, market departments and delivery routes. */
    public boolean networkDone() {
        return districts > 0 && departments > 0 && routes > 0;
    }

    /** Step 2. */
    public boolean staffDone() {
        return staff > 0;
    }

    /** Step 3. */
    public boolean brandsDone() {
        return brands > 0;
    }

    /** Step 4. */
    public boolean retailersDone() {
        return retailers > 0;
    }

    public boolean allDone() {
        return networkDone() && staffDone() && brandsDone() && retailersDone();
    }
}
