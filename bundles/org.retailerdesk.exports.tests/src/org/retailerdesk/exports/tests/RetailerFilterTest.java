package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.retailerdesk.exports.RetailerFilter;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;

class RetailerFilterTest extends ExportTestBase {

    @Test
    void emptyFilterIsEveryRetailerByGradeHighestFirst() {
        for (String f : new String[] { null, "", "  ", ";" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            RetailerQuery q = RetailerFilter.parse(f, store);
            assertEquals(RetailerQuery.all().page(0, q.size()), q);
        }
    }

    @Test
    void everyKeyMapsToTheQuery() {
        District district = store.findAll(District.class).get(1);
        RetailerQuery q = RetailerFilter.parse("district=" + district.getName() //$NON-NLS-1$
                + "; grade=10-30; text=便利 ;format=便利店;market=rural;household=yes;sort=code:desc", store); //$NON-NLS-1$
        assertEquals(district.getId(), q.districtId());
        assertEquals(10, q.minGrade());
        assertEquals(30, q.maxGrade());
        assertEquals("便利", q.text()); //$NON-NLS-1$
        assertEquals(BusinessFormat.CONVENIENCE, q.businessFormat());
        assertEquals(MarketType.RURAL, q.marketType());
        assertEquals(Boolean.TRUE, q.priorityHousehold());
        assertEquals(RetailerSort.CUSTOMER_CODE, q.sort());
        assertFalse(q.ascending());
    }

    @Test
    void chineseKeysCodesAndOpenGradeRanges() {
        District district = store.findAll(District.class).get(0);
        Staff manager = store.findAll(Staff.class).stream().filter(s -> s.getRole() == StaffRole.CUSTOMER_MANAGER)
                .findFirst().orElseThrow();
        RetailerQuery q = RetailerFilter.parse("区域=" + district.getCode() + "；档位=25-；客户经理=" + manager.getCode() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "；重点帮扶=否；业态=GROCERY；排序=name", store); //$NON-NLS-1$
        assertEquals(district.getId(), q.districtId());
        assertEquals(25, q.minGrade());
        assertNull(q.maxGrade());
        assertEquals(manager.getId(), q.customerManagerId());
        assertEquals(Boolean.FALSE, q.priorityHousehold());
        assertEquals(BusinessFormat.GROCERY, q.businessFormat());
        assertEquals(RetailerSort.SHOP_NAME, q.sort());
        assertTrue(q.ascending());
        assertEquals(5, RetailerFilter.parse("grade=-5", store).maxGrade()); //$NON-NLS-1$
        assertNull(RetailerFilter.parse("grade=-5", store).minGrade()); //$NON-NLS-1$
        RetailerQuery one = RetailerFilter.parse("grade=12", store); //$NON-NLS-1$
        assertEquals(12, one.minGrade());
        assertEquals(12, one.maxGrade());
    }

    @Test
    void theFilterFindsWhatTheStoreFinds() {
        District district = store.findAll(District.class).get(0);
        RetailerQuery q = RetailerFilter.parse("district=" + district.getName() + ";grade=5-20", store); //$NON-NLS-1$ //$NON-NLS-2$
        long count = store.retailers().count(q);
        assertTrue(count > 0);
        assertEquals(store.retailers().count(RetailerQuery.all().withDistrict(district.getId()).withGrades(5, 20)), count);
    }

    @Test
    void badFiltersNameTheirMistake() {
        bad("colour=red", "colour"); //$NON-NLS-1$ //$NON-NLS-2$
        bad("district", "district"); //$NON-NLS-1$ //$NON-NLS-2$
        bad("grade=", "grade="); //$NON-NLS-1$ //$NON-NLS-2$
        bad("grade=0-40", "0-40"); //$NON-NLS-1$ //$NON-NLS-2$
        bad("grade=30-10", "30-10"); //$NON-NLS-1$ //$NON-NLS-2$
        bad("grade=high", "high"); //$NON-NLS-1$ //$NON-NLS-2$
        bad("grade=1030", "1030"); //$NON-NLS-1$ //$NON-NLS-2$
        bad("district=火星区", "火星区"); //$NON-NLS-1$ //$NON-NLS-2$
        bad("format=kiosk", "kiosk"); //$NON-NLS-1$ //$NON-NLS-2$
        bad("household=maybe", "maybe"); //$NON-NLS-1$ //$NON-NLS-2$
        bad("sort=price", "price"); //$NON-NLS-1$ //$NON-NLS-2$
        bad("sort=grade:up", "grade:up"); //$NON-NLS-1$ //$NON-NLS-2$
        bad("grade=1;grade=2", "grade"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void bad(String filter, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RetailerFilter.parse(filter, store),
                filter);
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }
}
