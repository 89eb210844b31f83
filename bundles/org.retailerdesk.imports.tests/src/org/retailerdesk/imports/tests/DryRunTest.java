package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.FieldChange;
import org.retailerdesk.imports.ImportField;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.ImportResult;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowResult;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.imports.internal.Encodings;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Weekday;
import org.retailerdesk.store.RetailerQuery;

/** Reading good files: encodings, XLSX cells, leading zeros, references, NEW / CHANGED / UNCHANGED. */
public class DryRunTest extends ImportTestBase {

    private static final String TEXT = HEADER + "\n" + row(1, "D9") + "\n" + row(2, "九档") + "\n"; //$NON-NLS-1$ //$NON-NLS-2$

    @Test
    public void utf8WithAndWithoutBomAndGbkAreDetected() throws Exception {
        Path plain = csv("plain.csv", TEXT); //$NON-NLS-1$
        Path bom = csv("bom.csv", "\uFEFF" + TEXT); //$NON-NLS-1$ //$NON-NLS-2$
        Path gbk = csv("gbk.csv", TEXT, Encodings.GBK); //$NON-NLS-1$
        for (Path file : List.of(plain, bom, gbk)) {
            DryRun run = dryRun(file);
            assertEquals(2, run.count(RowStatus.NEW), file + ": " + run.rejections()); //$NON-NLS-1$
            Retailer r = run.rows().get(0).retailer();
            assertEquals("便利店1号", r.getShopName(), file.toString()); //$NON-NLS-1$
            assertEquals("000000000001", r.getCustomerCode()); //$NON-NLS-1$
            assertEquals(BusinessFormat.CONVENIENCE, r.getBusinessFormat());
            assertEquals(district.getId(), r.getDistrict().getId());
            assertEquals(manager.getId(), r.getCustomerManager().getId());
            assertEquals(Weekday.THURSDAY, r.getOrderDay());
            assertEquals(MarketType.URBAN, r.getMarketType());
            assertEquals(9, r.getGrade());
            assertEquals(9, run.rows().get(1).retailer().getGrade());
        }
        assertEquals("UTF-8", RetailerImport.preview(plain, ImportOptions.defaults()).source()); //$NON-NLS-1$
        assertEquals("UTF-8 BOM", RetailerImport.preview(bom, ImportOptions.defaults()).source()); //$NON-NLS-1$
        assertEquals("GBK", RetailerImport.preview(gbk, ImportOptions.defaults()).source()); //$NON-NLS-1$
        // the user's choice wins over detection
        DryRun forced = dryRun(plain, ImportOptions.defaults().withCharset(StandardCharsets.UTF_8));
        assertEquals(2, forced.count(RowStatus.NEW));
    }

    @Test
    public void englishHeadersTabsAndReferencesByCodeOrName() throws Exception {
        String text = "Customer code\tLicence number\tShop name\tOwner\tAddress\tBusiness format\tDistrict\t" //$NON-NLS-1$
                + "Market department\tGrade\tMarket type\tOrder day\tCustomer manager\tDelivery route\n" //$NON-NLS-1$
                + "000000000007\t000000000070\tShop 7\tZhang\tRoad 7\tGROCERY\tD02\tM01\t12档\tRURAL\tMon\t王伟\tR01\n"; //$NON-NLS-1$
        DryRun run = dryRun(csv("en.tsv", text)); //$NON-NLS-1$
        RowResult row = run.rows().get(0);
        assertEquals(RowStatus.NEW, row.status(), row.rejections().toString());
        assertEquals("河口区", row.retailer().getDistrict().getName(), "district by code"); //$NON-NLS-1$
        assertEquals(manager.getId(), row.retailer().getCustomerManager().getId(),
                "王伟 is a manager and a licence officer: the field's role decides");
        assertEquals("城关一线", row.retailer().getDeliveryRoute().getName()); //$NON-NLS-1$
        assertEquals(Weekday.MONDAY, row.retailer().getOrderDay());
    }

    @Test
    public void leadingZerosSurviveCsvAndXlsx() throws Exception {
        DryRun fromCsv = dryRun(csv("zeros.csv", TEXT)); //$NON-NLS-1$
        assertEquals("000000000002", fromCsv.rows().get(1).customerCode()); //$NON-NLS-1$
        assertEquals("500000000002", fromCsv.rows().get(1).retailer().getLicenceNumber()); //$NON-NLS-1$

        List<Object> header = List.of((Object[]) HEADER.split(",")); //$NON-NLS-1$
        // text cell; number cell (Excel dropped the zeros); number cell again for the licence
        Path file = xlsx("zeros.xlsx", List.of(header, //$NON-NLS-1$
                List.of("000000000031", "000000000310", "店31", "张", "路", "便利店", "城关区", "城关市场部", 9, "城网", "周一", "S001"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
                List.of(32, 320L, "店32", "张", "路", "便利店", "城关区", "城关市场部", 9.0, "城网", "周一", "S001"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        DryRun fromXlsx = dryRun(file);
        assertEquals("零售户", fromXlsx.source()); //$NON-NLS-1$
        assertEquals(2, fromXlsx.count(RowStatus.NEW), fromXlsx.rejections().toString());
        assertEquals("000000000031", fromXlsx.rows().get(0).customerCode()); //$NON-NLS-1$
        assertEquals("000000000310", fromXlsx.rows().get(0).retailer().getLicenceNumber()); //$NON-NLS-1$
        assertEquals("000000000032", fromXlsx.rows().get(1).customerCode(), "number cell padded to 12 digits"); //$NON-NLS-1$
        assertEquals("000000000320", fromXlsx.rows().get(1).retailer().getLicenceNumber()); //$NON-NLS-1$
        assertEquals(3, fromXlsx.rows().get(1).row(), "XLSX rows numbered as Excel shows them");
    }

    @Test
    public void rowsAreNewChangedOrUnchanged() throws Exception {
        String first = HEADER + "\n" + row(1, "9") + "\n" + row(2, "9") + "\n" + row(3, "9") + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        ImportResult done = importer.commit(dryRun(csv("first.csv", first)), false, new NullProgressMonitor()); //$NON-NLS-1$
        assertEquals(new ImportResult(3, 0, 0, 0), done);
        assertEquals(3, retailers());

        String second = HEADER + "\n" + row(1, "9") + "\n" + row(2, "12档").replace("人民路2号", "解放路8号") + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                + row(4, "九") + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
        DryRun run = dryRun(csv("second.csv", second)); //$NON-NLS-1$
        assertEquals(List.of(RowStatus.UNCHANGED, RowStatus.CHANGED, RowStatus.NEW),
                run.rows().stream().map(RowResult::status).toList());
        List<FieldChange> changes = run.rows().get(1).changes();
        assertEquals(List.of(ImportField.ADDRESS, ImportField.GRADE), changes.stream().map(FieldChange::field).toList());
        assertEquals("人民路2号", changes.get(0).oldValue()); //$NON-NLS-1$
        assertEquals("解放路8号", changes.get(0).newValue()); //$NON-NLS-1$
        assertEquals("9", changes.get(1).oldValue()); //$NON-NLS-1$
        assertEquals("12", changes.get(1).newValue()); //$NON-NLS-1$

        ImportResult result = importer.commit(run, false, new NullProgressMonitor());
        assertEquals(new ImportResult(1, 1, 1, 0), result);
        assertEquals(4, retailers());
        Retailer changed = store.retailers().findRetailers(RetailerQuery.all().withText("000000000002")).rows().get(0); //$NON-NLS-1$
        assertEquals(12, changed.getGrade());
        assertEquals("解放路8号", changed.getAddress()); //$NON-NLS-1$
        assertEquals(2, changed.getVersion());
        assertEquals(List.of("address", "grade"), store.audit().auditTrail(changed.getId(), 0, 10).rows().stream() //$NON-NLS-1$ //$NON-NLS-2$
                .map(a -> a.field()).sorted().collect(Collectors.toList()), "one audit row per changed field");
        assertTrue(run.isCommitted());
    }
}
