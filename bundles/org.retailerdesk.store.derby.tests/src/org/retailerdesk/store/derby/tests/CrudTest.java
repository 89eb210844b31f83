package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.OperatingRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerImage;
import org.retailerdesk.model.StockCount;
import org.retailerdesk.store.StoreException;

/** Create, read, update and delete for every entity class of the model. */
public class CrudTest extends StoreTestBase {

    static Stream<EClass> entityClasses() {
        return Fixtures.concreteClasses().stream();
    }

    @ParameterizedTest
    @MethodSource("entityClasses")
    public void createReadUpdateDelete(EClass type) throws Exception {
        @SuppressWarnings("unchecked")
        Class<Entity> api = (Class<Entity>) type.getInstanceClass();
        Entity e = fixtures.create(type);
        store.insert(e);
        assertTrue(e.getId() > 0);
        assertEquals(1, e.getVersion());

        Entity read = store.get(api, e.getId());
        assertNotSame(e, read);
        Fixtures.assertSameValues(e, read);

        fixtures.fill(read);
        store.update(read);
        assertEquals(2, read.getVersion());
        Entity reread = store.get(api, e.getId());
        Fixtures.assertSameValues(read, reread);
        assertTrue(store.findAll(api).stream().anyMatch(x -> x.getId() == e.getId()));

        store.delete(reread);
        assertNull(store.get(api, e.getId()));
    }

    @Test
    public void unsetOptionalNumbersStayUnset() {
        Retailer r = (Retailer) fixtures.create(Fixtures.P.getRetailer());
        r.unsetFloorArea();
        r.unsetStock();
        r.setBusinessScope(null);
        store.insert(r);
        Retailer read = store.get(Retailer.class, r.getId());
        assertFalse(read.isSetFloorArea());
        assertFalse(read.isSetStock());
        assertNull(read.getBusinessScope());
        assertEquals(r.getGrade(), read.getGrade());
    }

    @Test
    public void referencesToSmallClassesAreCachedAndToRetailersAreProxies() {
        RetailerImage image = (RetailerImage) fixtures.create(Fixtures.P.getRetailerImage());
        store.insert(image);
        RetailerImage read = store.get(RetailerImage.class, image.getId());
        Retailer proxy = read.getRetailer();
        assertTrue(proxy.eIsProxy());
        assertEquals(image.getRetailer().getId(), proxy.getId());
        Retailer full = store.resolve(proxy);
        assertFalse(full.eIsProxy());
        assertEquals(image.getRetailer().getShopName(), full.getShopName());

        Retailer a = store.get(Retailer.class, full.getId());
        Retailer b = store.get(Retailer.class, full.getId());
        assertSame(a.getDistrict(), b.getDistrict(), "one cached district instance");
        District copy = store.get(District.class, a.getDistrict().getId());
        assertNotSame(a.getDistrict(), copy, "get hands out a copy to edit");
        copy.setName("改名"); //$NON-NLS-1$
        store.update(copy);
        assertEquals("改名", store.get(Retailer.class, full.getId()).getDistrict().getName(), //$NON-NLS-1$
                "the cache sees committed changes");
    }

    @Test
    public void findByRetailerAcrossSubclasses() {
        Retailer r = (Retailer) fixtures.saved(Fixtures.P.getRetailer());
        Inspection i = (Inspection) fixtures.create(Fixtures.P.getInspection());
        StockCount s = (StockCount) fixtures.create(Fixtures.P.getStockCount());
        store.insert(i);
        store.insert(s);
        List<OperatingRecord> records = store.findBy(OperatingRecord.class, r.getId());
        assertEquals(List.of(i.getId(), s.getId()), records.stream().map(Entity::getId).toList());
        assertEquals(List.of(i.getId()), store.findBy(Inspection.class, r.getId()).stream().map(Entity::getId).toList());
        assertTrue(store.findBy(Inspection.class, r.getId() + 1_000_000).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> store.findBy(District.class, r.getId()));
    }

    @Test
    public void insertTwiceOrUpdateUnsavedIsRefused() {
        District d = (District) fixtures.create(Fixtures.P.getDistrict());
        store.insert(d);
        assertThrows(StoreException.class, () -> store.insert(d));
        District unsaved = (District) fixtures.create(Fixtures.P.getDistrict());
        assertThrows(StoreException.class, () -> store.update(unsaved));
    }

    @Test
    public void referencedEntityCannotBeDeleted() {
        Retailer r = (Retailer) fixtures.saved(Fixtures.P.getRetailer());
        District d = store.get(District.class, r.getDistrict().getId());
        StoreException e = assertThrows(StoreException.class, () -> store.delete(d));
        assertTrue(e.getMessage().contains("FK_"), e.getMessage()); //$NON-NLS-1$
        assertEquals(d.getName(), store.get(District.class, d.getId()).getName());
    }
}
