package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.exports.RetailerExport;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.FilePreview;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.derby.internal.DerbyStore;

/**
 * Export, then import into an empty database with the same service network: the retailers come
 * back with the same values, field by field (references compared by code), in each exchange format.
 */
public class RoundTripTest extends RoundTripBase {

    private static final int RETAILERS = 300;
    private static final long SEED = 7;

    public RoundTripTest() {
        super(RETAILERS, SEED);
    }

    @ParameterizedTest
    @ValueSource(strings = { "csv", "xlsx" })
    void exportedRetailersImportIntoAnEmptyDatabaseUnchanged(String format) {
        roundTrip(format);
    }

    /**
     * Text the export escapes ({@code +1 经十路} goes out as {@code '+1 经十路}) comes back without the
     * apostrophe; an apostrophe of the text's own comes back with it.
     */
    @ParameterizedTest
    @ValueSource(strings = { "csv", "xlsx" })
    void textThatLooksLikeAFormulaComesBackAsItWas(String format) {
        List<Retailer> some = all(source).subList(0, 3);
        String[][] texts = { { "+1 经十路", "=HYPERLINK(\"x\")", "@SUM(A1)", "-2+3" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                { "'=1+1", "'quoted", "''+1", "'-" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                { "-", "'", "=", "'@x" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (int i = 0; i < some.size(); i++) {
            Retailer r = source.get(Retailer.class, some.get(i).getId());
            r.setAddress(texts[i][0]);
            r.setShopName(texts[i][1]);
            r.setOwner(texts[i][2]);
            r.setBusinessScope(texts[i][3]);
            source.update(r);
        }
        roundTrip(format);
    }

    private void roundTrip(String format) {
        Path file = dir.resolve("retailers." + format); //$NON-NLS-1$
        ExportRequest request = ExportRequest.of(new ExportScope.Filter(RetailerQuery.all()))
                .withColumns(ExportColumn.all()).withLocale(Locale.SIMPLIFIED_CHINESE);
        RetailerExport.run(source, ExportFormats.get(format), request, file, new NullProgressMonitor());

        FilePreview preview = RetailerImport.preview(file, ImportOptions.defaults());
        RetailerImport importer = new RetailerImport(target);
        DryRun dryRun = importer.dryRun(file, ImportOptions.defaults(), preview.mapping(), new NullProgressMonitor());
        assertEquals(List.of(), dryRun.rejections().stream().map(dryRun::describe).toList());
        assertEquals(RETAILERS, dryRun.count(RowStatus.NEW));
        importer.commit(dryRun, false, new NullProgressMonitor());

        List<Retailer> before = all(source);
        List<Retailer> after = all(target);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertSameFile(before.get(i), after.get(i));
        }
    }

    private static List<Retailer> all(DerbyStore store) {
        List<Retailer> all = new ArrayList<>();
        RetailerQuery query = RetailerQuery.all().sortedBy(RetailerSort.CUSTOMER_CODE, true);
        for (int offset = 0;; offset += 100) {
            List<Retailer> page = store.retailers().findRetailerRows(query.page(offset, 100));
            all.addAll(page);
            if (page.size() < 100) {
                return all;
            }
        }
    }

    /** Every attribute equal (ids and versions aside); references to the entity with the same code. */
    private static void assertSameFile(Retailer expected, Retailer actual) {
        String who = expected.getCustomerCode();
        for (EStructuralFeature f : RetailerdeskPackage.Literals.RETAILER.getEAllStructuralFeatures()) {
            if (f == RetailerdeskPackage.Literals.ENTITY__ID || f == RetailerdeskPackage.Literals.ENTITY__VERSION
                    || f.isTransient() || f.isMany()) {
                continue;
            }
            Object want = expected.eGet(f);
            Object got = actual.eGet(f);
            if (f instanceof EReference) {
                assertEquals(code(want), code(got), who + " " + f.getName()); //$NON-NLS-1$
            } else if (f instanceof EAttribute) {
                assertEquals(want, got, who + " " + f.getName()); //$NON-NLS-1$
            }
        }
        assertNotNull(actual.getDistrict(), who);
        assertTrue(actual.getId() > 0);
    }

    private static String code(Object reference) {
        if (reference == null) {
            return null;
        }
        EObject o = (EObject) reference;
        EStructuralFeature code = o.eClass().getEStructuralFeature("code"); //$NON-NLS-1$
        return code == null ? String.valueOf(((Entity) o).getId()) : (String) o.eGet(code);
    }
}
