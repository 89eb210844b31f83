package org.retailerdesk.samples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportFormatDescriptor;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportResult;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.exports.RetailerExport;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.TempStore;
import org.retailerdesk.testsupport.FixedClock;

/** The sample JSON format, contributed to org.retailerdesk.exports.formats, on a demo centre. */
public class JsonExportSampleTest {

    /** A shop name with everything JSON must escape: quotes, a backslash, a line break, a tab, a control character. */
    private static final String AWKWARD = "老王\"烟酒\"\\店\n二号\t\u0001"; //$NON-NLS-1$
    private static final String AWKWARD_JSON = "\"老王\\\"烟酒\\\"\\\\店\\n二号\\t\\u0001\""; //$NON-NLS-1$

    private static Store store;
    private static Retailer awkward;

    @TempDir
    Path dir;

    @BeforeAll
    static void demoCentre() throws InterruptedException {
        store = Services.get(Store.class);
        boolean created = store.open().created();
        TempStore.signInAdministrator(store);
        if (created) {
            DemoData.load(store, 200, DemoData.DEFAULT_SEED, FixedClock.TODAY, new NullProgressMonitor());
        }
        store.bulk().awaitSearchIndex(1, TimeUnit.MINUTES);
        Retailer r = EcoreUtil.copy(store.retailers().findRetailers(RetailerQuery.all()).rows().get(0));
        r.setId(0);
        r.setVersion(0);
        r.setCustomerCode("370199000001"); //$NON-NLS-1$
        r.setLicenceNumber("370199000002"); //$NON-NLS-1$
        r.setShopName(AWKWARD);
        awkward = store.insert(r);
    }

    private String export(List<Long> ids, String columns) throws Exception {
        ExportFormatDescriptor json = ExportFormats.get("json"); //$NON-NLS-1$
        Path file = dir.resolve("retailers.json"); //$NON-NLS-1$
        ExportResult result = RetailerExport.run(store, json,
                ExportRequest.of(new ExportScope.Selection(ids)).withColumns(ExportColumn.parse(columns)), file,
                new NullProgressMonitor());
        assertEquals(ids.size(), result.rows());
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    public void theFormatIsContributedBySample() {
        ExportFormatDescriptor json = ExportFormats.get("json"); //$NON-NLS-1$
        assertEquals("org.retailerdesk.samples.json", json.contributor()); //$NON-NLS-1$
        assertEquals("json", json.extension()); //$NON-NLS-1$
    }

    @Test
    public void writesOneObjectPerRetailerWithTypedValues() throws Exception {
        List<Retailer> rows = store.retailers().findRetailers(RetailerQuery.all()).rows().subList(0, 3);
        String text = export(rows.stream().map(Retailer::getId).toList(), "customerCode,grade,shopName"); //$NON-NLS-1$
        assertTrue(text.startsWith("[\n  {") && text.endsWith("}\n]\n"), text); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(3, text.split("\n  \\{", -1).length - 1, text); //$NON-NLS-1$
        for (Retailer r : rows) {
            // the grade is a JSON number, the code a string: members are named by field, not by label
            String object = "{\"customerCode\": \"" + r.getCustomerCode() + "\", \"grade\": " + r.getGrade() //$NON-NLS-1$ //$NON-NLS-2$
                    + ", \"shopName\": "; //$NON-NLS-1$
            assertTrue(text.contains(object), object + " in " + text); //$NON-NLS-1$
        }
    }

    @Test
    public void escapesWhatJsonMustEscape() throws Exception {
        String text = export(List.of(awkward.getId()), "shopName"); //$NON-NLS-1$
        assertEquals("[\n  {\"shopName\": " + AWKWARD_JSON + "}\n]\n", text); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    public void anEmptySelectionIsAnEmptyArray() throws Exception {
        assertEquals("[]\n", export(List.of(), "customerCode")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
