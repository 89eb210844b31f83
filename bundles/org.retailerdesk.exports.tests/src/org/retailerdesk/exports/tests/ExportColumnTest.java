package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.ModelLabels;

class ExportColumnTest extends ExportTestBase {

    @Test
    void everyFieldOfTheRetailerFileIsAColumnInItsGroup() {
        List<EStructuralFeature> fields = Literals.RETAILER.getEStructuralFeatures();
        assertEquals(fields, ExportColumn.all().stream().map(ExportColumn::feature).toList());
        for (ExportColumn.Group g : ExportColumn.Group.values()) {
            assertTrue(!ExportColumn.of(g).isEmpty(), g.name());
            assertTrue(!g.label(Locale.CHINESE).equals(g.label(Locale.ENGLISH)), g.name());
        }
        assertEquals(ExportColumn.Group.NETWORK, column("district").group()); //$NON-NLS-1$
        assertEquals("基本信息", ExportColumn.Group.BASIC.label(Locale.CHINESE)); //$NON-NLS-1$
    }

    @Test
    void referencesAreWrittenAsNamesAndEnumsAsLabels() {
        Retailer r = store.get(Retailer.class, zeroRetailer);
        assertEquals(r.getDistrict().getName(), column("district").text(r, Locale.CHINESE)); //$NON-NLS-1$
        assertEquals(r.getCustomerManager().getName(), column("customerManager").text(r, Locale.ENGLISH)); //$NON-NLS-1$
        assertEquals(ModelLabels.valueLabel(r.getBusinessFormat(), Locale.CHINESE), column("businessFormat").text(r, Locale.CHINESE)); //$NON-NLS-1$
        assertEquals(r.isMonitored() ? "是" : "否", column("monitored").text(r, Locale.CHINESE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(ExportColumn.Kind.DATE, column("licenceExpiry").kind()); //$NON-NLS-1$
        assertEquals(ExportColumn.Kind.NUMBER, column("monthlyAmount").kind()); //$NON-NLS-1$
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

    private static ExportColumn column(String name) {
        return ExportColumn.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
