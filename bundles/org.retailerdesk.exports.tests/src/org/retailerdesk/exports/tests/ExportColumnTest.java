package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportColumn.Group;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;

/** Columns, groups and cell texts against fixed values: the CSV header and cells users and their spreadsheets rely on. */
class ExportColumnTest {

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;

    @Test
    void everyFieldOfTheRetailerFileIsAColumnInItsGroup() {
        assertEquals(List.of("customerCode", "licenceNumber", "shopName", "owner", "address", "businessScope", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "businessFormat", "orderingMethod", "status"), names(Group.BASIC)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("district", "marketDepartment", "floorArea", "customerManager", "phoneOrderClerk", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "deliveryStaff", "deliveryRoute", "orderDay", "visitBatch", "ordersPerMonth"), names(Group.NETWORK)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(List.of("licenceType", "licenceIssued", "licenceExpiry", "annualReviewDate", "licenceOfficer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "classificationCode", "creditLevel", "complianceNote", "monitored", "modelShop", "mutualAidGroup"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                names(Group.LICENCE));
        assertEquals(List.of("grade", "marketType", "scale", "monthlyQuantity", "monthlyAmount", "averagePrice", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "brandCount", "stock"), names(Group.SALES)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("contactPerson", "contactPhone", "contactAddress"), names(Group.CONTACT)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(41, ExportColumn.all().size(), "each field once"); //$NON-NLS-1$
        assertEquals("customerCode", ExportColumn.all().get(0).name(), "the file starts with the customer code"); //$NON-NLS-1$ //$NON-NLS-2$

        assertEquals("基本信息", Group.BASIC.label(Locale.CHINESE)); //$NON-NLS-1$
        assertEquals("Basic information", Group.BASIC.label(Locale.ENGLISH)); //$NON-NLS-1$
        assertEquals("网络信息", Group.NETWORK.label(Locale.CHINESE)); //$NON-NLS-1$
        assertEquals("Service network", Group.NETWORK.label(Locale.ENGLISH)); //$NON-NLS-1$
        assertEquals("个人信息", Group.CONTACT.label(Locale.CHINESE)); //$NON-NLS-1$
        assertEquals("店铺名称", column("shopName").label(Locale.CHINESE)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void referencesAreWrittenAsNamesAndEnumsAsLabels() {
        Retailer r = F.createRetailer();
        District district = F.createDistrict();
        district.setCode("D01"); //$NON-NLS-1$
        district.setName("历下区"); //$NON-NLS-1$
        r.setDistrict(district);
        Staff manager = F.createStaff();
        manager.setCode("S001"); //$NON-NLS-1$
        manager.setName("王伟"); //$NON-NLS-1$
        r.setCustomerManager(manager);
        r.setBusinessFormat(BusinessFormat.CONVENIENCE);
        r.setMonitored(true);
        r.setFloorArea(35.50);
        r.setMonthlyAmount(new BigDecimal("12000.50")); //$NON-NLS-1$
        r.setLicenceExpiry(LocalDate.of(2027, 3, 31));
        r.setGrade(12);

        assertEquals("历下区", text("district", r, Locale.CHINESE), "a reference is its name, not its code"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("王伟", text("customerManager", r, Locale.ENGLISH)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("", text("deliveryRoute", r, Locale.CHINESE), "no route: an empty cell"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("便利店", text("businessFormat", r, Locale.CHINESE)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Convenience", text("businessFormat", r, Locale.ENGLISH)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("是", text("monitored", r, Locale.CHINESE)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("否", text("modelShop", r, Locale.CHINESE)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("yes", text("monitored", r, Locale.ENGLISH)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("35.5", text("floorArea", r, Locale.CHINESE)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("12000.50", text("monthlyAmount", r, Locale.CHINESE)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("2027-03-31", text("licenceExpiry", r, Locale.CHINESE)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("12", text("grade", r, Locale.CHINESE)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("", text("ordersPerMonth", r, Locale.CHINESE), "an unset number is an empty cell, not 0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        assertEquals(ExportColumn.Kind.DATE, column("licenceExpiry").kind()); //$NON-NLS-1$
        assertEquals(ExportColumn.Kind.NUMBER, column("monthlyAmount").kind()); //$NON-NLS-1$
        assertEquals(ExportColumn.Kind.NUMBER, column("floorArea").kind()); //$NON-NLS-1$
        assertEquals(ExportColumn.Kind.BOOLEAN, column("monitored").kind()); //$NON-NLS-1$
        assertEquals(ExportColumn.Kind.TEXT, column("district").kind()); //$NON-NLS-1$
        assertEquals(ExportColumn.Kind.TEXT, column("businessFormat").kind()); //$NON-NLS-1$
        assertEquals(ExportColumn.Kind.TEXT, column("customerCode").kind()); //$NON-NLS-1$
    }

    @Test
    void listsOfNamesLabelsAndGroups() {
        List<ExportColumn> chosen = ExportColumn.parse("customerCode, 店铺名称,Grade,contact"); //$NON-NLS-1$
        assertEquals(List.of("customerCode", "shopName", "grade", "contactPerson", "contactPhone", "contactAddress"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                chosen.stream().map(ExportColumn::name).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportColumn.parse("customerCode,colour")); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("colour"), e.getMessage()); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> ExportColumn.parse(" , ")); //$NON-NLS-1$
    }

    private static List<String> names(Group group) {
        return ExportColumn.of(group).stream().map(ExportColumn::name).toList();
    }

    private static String text(String column, Retailer r, Locale locale) {
        return column(column).text(r, locale);
    }

    private static ExportColumn column(String name) {
        return ExportColumn.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
