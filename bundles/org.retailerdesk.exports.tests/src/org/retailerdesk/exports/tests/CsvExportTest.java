package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportException;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportResult;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.store.RetailerQuery;

class CsvExportTest extends ExportTestBase {

    private static final Charset GBK = Charset.forName("GBK"); //$NON-NLS-1$

    @Test
    void utf8WithBomHasOneZhHeaderPerFieldAndTheStoredValues() throws IOException {
        RetailerQuery query = oneDistrict();
        Path file = dir.resolve("retailers.csv"); //$NON-NLS-1$
        ExportResult result = export("csv", ExportRequest.of(new ExportScope.Filter(query)), file); //$NON-NLS-1$

        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        List<CSVRecord> records = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        List<String> header = records.get(0).toList();
        assertEquals(ExportColumn.all().stream().map(c -> c.label(Locale.CHINESE)).toList(), header);
        assertEquals("客户编码", header.get(0)); //$NON-NLS-1$
        assertEquals(header.size(), header.stream().distinct().count(), "one header per field"); //$NON-NLS-1$

        List<Retailer> retailers = expected(query);
        assertTrue(retailers.size() > 10, "the district has retailers"); //$NON-NLS-1$
        assertEquals(retailers.size(), result.rows());
        assertEquals(retailers.size() + 1, records.size());
        for (int i = 0; i < retailers.size(); i++) {
            Retailer r = retailers.get(i);
            if (r.getId() == zeroRetailer) {
                continue; // its formula-like texts are checked below
            }
            assertEquals(texts(r, Locale.CHINESE), records.get(i + 1).toList(), r.getCustomerCode());
        }
    }

    @Test
    void gbkDecodesBackToTheSameValuesWithoutBom() throws IOException {
        List<Retailer> retailers = expected(oneDistrict()).stream()
                .filter(r -> r.getId() != notGbkRetailer && r.getId() != zeroRetailer).toList();
        ExportScope.Selection scope = new ExportScope.Selection(retailers.stream().map(Retailer::getId).toList());
        Path file = dir.resolve("gbk.csv"); //$NON-NLS-1$
        export("csv", ExportRequest.of(scope).withEncoding(GBK).withLocale(Locale.ENGLISH), file); //$NON-NLS-1$

        byte[] bytes = Files.readAllBytes(file);
        assertFalse(bytes[0] == (byte) 0xEF, "no BOM in GBK"); //$NON-NLS-1$
        String text = new String(bytes, GBK);
        assertTrue(text.contains(retailers.get(0).getShopName()), "Chinese shop names survive GBK"); //$NON-NLS-1$
        List<CSVRecord> records = parse(text);
        assertEquals(ExportColumn.all().stream().map(c -> c.label(Locale.ENGLISH)).toList(), records.get(0).toList());
        for (int i = 0; i < retailers.size(); i++) {
            assertEquals(texts(retailers.get(i), Locale.ENGLISH), records.get(i + 1).toList());
        }
    }

    @Test
    void aCharacterGbkLacksNamesRetailerAndColumnAndWritesNothing() throws IOException {
        Path file = dir.resolve("bad.csv"); //$NON-NLS-1$
        ExportException e = assertThrows(ExportException.class,
                () -> export("csv", ExportRequest.of(selection(notGbkRetailer)).withEncoding(GBK), file)); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("370102999999"), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getMessage().contains(ExportColumn.all().stream()
                .filter(c -> c.feature() == Literals.RETAILER__SHOP_NAME).findFirst().get().label(Locale.getDefault())),
                e.getMessage());
        assertTrue(e.getMessage().contains("\uD83D\uDE00"), e.getMessage()); //$NON-NLS-1$
        assertEquals(List.of(), files(dir), "no file, no temporary file"); //$NON-NLS-1$
    }

    @Test
    void codesKeepTheirLeadingZerosAndFormulaTextIsNeutralised() throws IOException {
        Path file = dir.resolve("special.csv"); //$NON-NLS-1$
        List<ExportColumn> columns = ExportColumn.parse("customerCode,licenceNumber,shopName,owner,address,businessScope,contactPerson,grade"); //$NON-NLS-1$
        export("csv", ExportRequest.of(selection(zeroRetailer)).withColumns(columns), file); //$NON-NLS-1$

        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        CSVRecord row = parse(text).get(1);
        assertEquals(ZERO_CODE, row.get(0));
        assertEquals(ZERO_LICENCE, row.get(1));
        assertEquals("'" + FORMULA_SHOP, row.get(2)); //$NON-NLS-1$
        assertEquals("'" + FORMULA_OWNER, row.get(3)); //$NON-NLS-1$
        assertEquals("'" + FORMULA_ADDRESS, row.get(4)); //$NON-NLS-1$
        assertEquals("'" + FORMULA_SCOPE, row.get(5)); //$NON-NLS-1$
        assertEquals("'" + FORMULA_CONTACT, row.get(6)); //$NON-NLS-1$
        // numbers are not text: a negative number stays a number
        assertEquals(String.valueOf(store.get(Retailer.class, zeroRetailer).getGrade()), row.get(7));
    }

    static List<String> texts(Retailer r, Locale locale) {
        return ExportColumn.all().stream().map(c -> c.text(r, locale)).toList();
    }

    static List<CSVRecord> parse(String text) throws IOException {
        try (Reader reader = new StringReader(text); CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
            return parser.getRecords();
        }
    }
}
